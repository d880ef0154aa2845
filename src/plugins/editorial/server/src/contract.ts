/**
 * Response shapes the `editorial` plugin adds to API output.
 * Kept free of runtime code so clients and tests can import them without Strapi.
 */

export type EditorialLocale = 'de' | 'en';

export type FreshnessMode = 'auto' | 'evergreen' | 'archived';

export interface EditorialBanner {
  kind: 'outdated' | 'archived';
  outdatedSince: string | null;
  ageYears: number;
  message: string;
  html: string;
}

export interface EditorialInfo {
  outdatedAt: string | null;
  banner: EditorialBanner | null;
}

export type StatUnit = 'percent' | 'count' | 'share';

export type StatQualifier = 'exact' | 'approximately' | 'atMost' | 'atLeast';

export interface RenderedFigure {
  label: string;
  value: number;
  unit: StatUnit;
  base: number | null;
  qualifier: StatQualifier;
  display: string;
  note: string | null;
}

export interface RenderedStudy {
  title: string;
  slug: string | null;
  publisher: string | null;
  publishedOn: string | null;
  publishedOnDisplay: string | null;
  sampleSize: number | null;
  representative: boolean | null;
  outdated: boolean;
  supersededBy: { title: string; slug: string | null } | null;
}

export interface RenderedCitation {
  text: string;
  url: string | null;
}

export interface RenderedStatBlock {
  heading: string | null;
  figures: RenderedFigure[];
  /** The first cited study (the only one in the common case). */
  study: RenderedStudy | null;
  /** All distinct studies the block's statistics come from, in order of first appearance. */
  studies: RenderedStudy[];
  /** Citation of `study`. */
  citation: RenderedCitation | null;
  /** One citation per entry of `studies`, same order. */
  citations: RenderedCitation[];
  warning: string | null;
  html: string;
}
