/** The REST shapes the reader frontend reads; the plugin's additions come from its contract. */
import type { EditorialInfo, RenderedFigure, RenderedStatBlock, StudyPage } from '../../plugins/editorial/shared/contracts';
import type { RichTextNode } from '../teaser';
import type { STUDY_STAT_BLOCK } from '../../domain/blog';

export type { EditorialInfo, RenderedFigure, RenderedStatBlock, RichTextNode, StudyPage };

export interface Media {
  url: string;
  alternativeText?: string | null;
  width?: number | null;
  height?: number | null;
}

export interface Category {
  name: string;
  slug: string;
}

export interface RichTextBlock {
  __component: 'blocks.rich-text';
  id: number;
  body: RichTextNode[] | null;
}
export interface StatBlock {
  __component: typeof STUDY_STAT_BLOCK;
  id: number;
  heading?: string | null;
  display?: 'auto' | 'bars' | 'tiles' | 'pictogram' | 'compare' | null;
  rendered?: RenderedStatBlock;
}
export interface BookTip {
  title: string;
  authors?: string | null;
  publisher?: string | null;
  year?: number | null;
  recommendation?: string | null;
  link?: string | null;
  cover?: Media | null;
}
export interface BookTipBlock {
  __component: 'blocks.book-tip';
  id: number;
  heading?: string | null;
  bookTips?: BookTip[];
}
export interface QuoteBlock {
  __component: 'blocks.quote';
  id: number;
  text: string;
  source?: string | null;
}
export type ArticleBlock = RichTextBlock | StatBlock | BookTipBlock | QuoteBlock;

export interface ArticleSummary {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  locale: string;
  excerpt?: string | null;
  originallyPublishedAt?: string | null;
  publishedAt?: string | null;
  lastReviewedAt?: string | null;
  updatedAt?: string | null;
  category?: Category | null;
  cover?: Media | null;
  blocks?: ArticleBlock[];
  editorial?: EditorialInfo;
}

export interface Article extends ArticleSummary {
  metaTitle?: string | null;
  metaDescription?: string | null;
  author?: { name: string; slug?: string | null; bio?: string | null; avatar?: Media | null } | null;
  tags?: Category[];
  related?: ArticleSummary[];
  localizations?: Array<{ locale: string; slug: string; title?: string }>;
  blocks?: ArticleBlock[];
}

export interface ListResponse<T> {
  data: T[];
  meta: { pagination?: { page: number; pageSize: number; pageCount: number; total: number } };
}
