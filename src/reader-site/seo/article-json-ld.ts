/**
 * schema.org `BlogPosting` and `BreadcrumbList` for an article page, typed against
 * `schema-dts` so a misspelt or misplaced property fails the type-check: the original publication date (not Strapi's
 * re-publish date), last change, last review, author, publisher, and the studies its
 * statistics come from as `citation`. Pure; the reader's server serialises it into the page.
 */
import type { BlogPosting, BreadcrumbList, CreativeWork, WithContext } from 'schema-dts';

export interface JsonLdStudy {
  title: string;
  publisher?: string | null;
  publishedOn?: string | null;
  url?: string | null;
}

export interface JsonLdInput {
  url: string;
  headline: string;
  description?: string | null;
  locale: string;
  datePublished?: string | null;
  dateModified?: string | null;
  lastReviewed?: string | null;
  authorName?: string | null;
  publisherName: string;
  publisherUrl: string;
  /** A raster logo search engines can show (at least 112 px). */
  publisherLogo?: { url: string } | null;
  imageUrl?: string | null;
  section?: string | null;
  studies: JsonLdStudy[];
}

/** Leaves out empty values; schema.org readers treat a missing property better than a null. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== '')) as T;
}

export function articleJsonLd(input: JsonLdInput): WithContext<BlogPosting> {
  const seen = new Set<string>();
  const citations = input.studies
    .filter((study) => study.title && !seen.has(study.title) && seen.add(study.title))
    .map((study) =>
      compact<CreativeWork>({
        '@type': 'CreativeWork',
        name: study.title,
        publisher: study.publisher ? { '@type': 'Organization', name: study.publisher } : undefined,
        datePublished: study.publishedOn ?? undefined,
        url: study.url ?? undefined,
      }),
    );
  return compact<WithContext<BlogPosting>>({
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    // schema.org has `lastReviewed` on the page, not on the posting (schema-dts refuses it there).
    mainEntityOfPage: compact({ '@type': 'WebPage', '@id': input.url, lastReviewed: input.lastReviewed ?? undefined }),
    url: input.url,
    headline: input.headline.slice(0, 110),
    description: input.description ?? undefined,
    inLanguage: input.locale,
    datePublished: input.datePublished ?? undefined,
    dateModified: input.dateModified ?? input.datePublished ?? undefined,
    author: input.authorName ? { '@type': 'Person', name: input.authorName } : undefined,
    publisher: compact({
      '@type': 'Organization' as const,
      name: input.publisherName,
      url: input.publisherUrl,
      logo: input.publisherLogo ? { '@type': 'ImageObject' as const, url: input.publisherLogo.url } : undefined,
    }),
    image: input.imageUrl ?? undefined,
    articleSection: input.section ?? undefined,
    citation: citations.length > 0 ? citations : undefined,
  });
}

/** The trail from the home page to the article, for search results. */
export function breadcrumbJsonLd(trail: Array<{ name: string; url: string }>): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.url })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
