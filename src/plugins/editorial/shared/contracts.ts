/**
 * Response shapes the `editorial` plugin adds to API output.
 * Kept free of runtime code so clients and tests can import them without Strapi.
 */

export type EditorialLocale = 'de' | 'en';

export type FreshnessMode = 'auto' | 'evergreen' | 'archived';

/** The newer article an editor named for an outdated one, as readers may see it. */
export interface EditorialFollowUp {
  title: string;
  slug: string | null;
  locale: string | null;
}

export interface EditorialBanner {
  kind: 'outdated' | 'archived';
  outdatedSince: string | null;
  ageYears: number;
  message: string;
  /** The banner as HTML; only with `editorial[html]=true`. */
  html?: string;
  /**
   * The article's follow-up (relation `followUp`): its published version in the banner's
   * locale. Absent when none is named or it has no published version in that locale.
   */
  followUp?: EditorialFollowUp;
}

export interface EditorialInfo {
  outdatedAt: string | null;
  banner: EditorialBanner | null;
}

export type StatUnit = 'percent' | 'count' | 'share';

export type StatQualifier = 'exact' | 'approximately' | 'atMost' | 'atLeast';

/** A statistic's value as the API formats it: what a figure and another edition's figure share. */
export interface FormattedStatistic {
  label: string;
  value: number;
  unit: StatUnit;
  base: number | null;
  qualifier: StatQualifier;
  display: string;
}

export interface RenderedFigure extends FormattedStatistic {
  note: string | null;
  /** The same question in the earlier edition this statistic continues (relation `continues`). */
  earlier: RenderedEditionFigure | null;
  /** The newest published statistic that continues this one in a later edition. */
  newer: RenderedEditionFigure | null;
}

/** A statistic of another edition of a study, as a figure names it ("2026: 64 %"). */
export interface RenderedEditionFigure extends FormattedStatistic {
  /** The edition's name: the year its study was published, else the study's title. */
  edition: string;
  study: { title: string; slug: string | null };
}

/** The forms a stat block's chart takes (after `auto` has chosen). */
export type ChartKind = 'bars' | 'tiles' | 'pictogram' | 'compare';

/** Why the block's chosen display was not drawn (the admin says it in words). */
export type ChartFallbackReason =
  'unknownDisplay' | 'mixedUnits' | 'negativeValue' | 'pictogramNeedsOneSmallShare' | 'compareNeedsTwoEditions';

export interface RenderedChart {
  kind: ChartKind;
  /** One sentence saying what the chart shows (also the SVG's <desc>). */
  summary: string;
  /**
   * The chart as a standalone SVG with its source line and age warning drawn under it.
   * Only with `editorial[html]=true`.
   */
  svg?: string;
  /** Set when the block's `display` could not be honoured. */
  fallbackReason?: ChartFallbackReason;
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
  /** All distinct studies the block's statistics come from, in order of first appearance (usually one). */
  studies: RenderedStudy[];
  /** One citation per entry of `studies`, same order. */
  citations: RenderedCitation[];
  warning: string | null;
  /** null for a block without figures. */
  chart: RenderedChart | null;
  /**
   * The block as an HTML `<figure>` (chart, data table behind a toggle, source). Only with
   * `editorial[html]=true`.
   */
  html?: string;
}

/* ---- Study pages (GET /api/editorial/studies/:slug) ---- */

/** Another edition of a study: a newer one (`supersededBy`, statistics continuing this one's) or an earlier one. */
export interface StudyEdition {
  title: string;
  slug: string | null;
  publishedOn: string | null;
  /** Its year, else its title. */
  edition: string;
}

/** One statistic of the study, drawn on its own (a comparison where it continues an earlier edition). */
export interface StudyStatistic {
  figure: RenderedFigure;
  /** Drawn without a source line: the page names the study. */
  chart: Required<Pick<RenderedChart, 'kind' | 'summary' | 'svg'>> | null;
}

export interface StudyPage {
  study: RenderedStudy & {
    documentId: string;
    locale: string | null;
    publishedOnPrecision: 'day' | 'month' | 'year';
    fieldworkPeriod: string | null;
    population: string | null;
    methodology: string | null;
    sourceUrl: string | null;
    updatedAt: string | null;
  };
  /** Publisher · fielded when · n · representative or not. */
  method: string;
  citation: RenderedCitation;
  /** The age warning readers see under the study's figures, or null. */
  warning: string | null;
  statistics: StudyStatistic[];
  /** Published articles in this locale whose stat blocks cite the study, newest first. */
  articles: Array<{ title: string; slug: string; locale: string | null; date: string | null }>;
  editions: { earlier: StudyEdition[]; newer: StudyEdition[] };
  /** The study's published versions in other locales. */
  localizations: Array<{ locale: string; slug: string }>;
}

/* ---- Admin API (used by the plugin's admin panel) ---- */

export type FreshnessState = 'fresh' | 'outdated' | 'evergreen' | 'archived' | 'undated';

/** GET /editorial/document: the edit view's side panel. */
export interface DocumentFreshness {
  contentType: string;
  documentId: string;
  locale: string | null;
  /** Which version the fields describe: what readers see, or the draft before the first publish. */
  version: 'published' | 'draft';
  freshness: FreshnessMode;
  state: FreshnessState | 'unpublished';
  referenceDate: string | null;
  outdatedAt: string | null;
  lastReviewedAt: string | null;
  originallyPublishedAt: string | null;
  thresholdMonths: number;
  /** The banner exactly as the API gives it to readers (null: none). */
  banner: EditorialBanner | null;
  /**
   * The follow-up article readers are pointed to (in the banner, once there is one): its
   * published version in this locale. null when none is named or it is not published.
   */
  followUp: EditorialFollowUp | null;
  /**
   * What link previews show for the published version: its cover, else the reader site's
   * generated share card (`shareImagePath`). null before the first publish or without a slug.
   */
  shareImage: { kind: 'cover' | 'card'; url: string } | null;
  statBlocks: RenderedStatBlock[];
  /** Time zone dates are shown in. */
  timeZone: string;
  /** The admin user responsible for the entry ("Verantwortlich"); null: nobody, or the type has no owner. */
  owner: OwnerRef | null;
  /** The latest reviews of this document in this locale, newest first (at most REVIEWS_SHOWN). */
  reviews: ReviewRecord[];
}

/** An admin user as the panels name them. */
export interface OwnerRef {
  id: number;
  name: string;
}

/** One "marked as reviewed": who, when, and the optional note. */
export interface ReviewRecord {
  reviewedAt: string;
  reviewer: OwnerRef | null;
  note: string | null;
}

export type OverviewFilter = 'all' | 'outdated' | 'dueSoon' | 'evergreen' | 'archived' | 'fresh' | 'citesOldData';
export type OverviewSort = 'outdatedAt' | 'referenceDate' | 'title' | 'oldestStudyOn';

export interface OverviewRow {
  documentId: string;
  locale: string | null;
  title: string | null;
  slug: string | null;
  category: string | null;
  freshness: FreshnessMode;
  state: FreshnessState;
  referenceDate: string | null;
  outdatedAt: string | null;
  lastReviewedAt: string | null;
  dueSoon: boolean;
  /** Publication date of the oldest study the entry cites (`YYYY-MM-DD`). */
  oldestStudyOn: string | null;
  /** Whole years since `oldestStudyOn`. */
  oldestStudyAgeYears: number | null;
  /** The oldest cited study is past the study threshold. */
  citesOutdatedStudy: boolean;
  /** A cited study has a newer edition. */
  citesSuperseded: boolean;
  /** The admin user responsible for the entry; null: nobody. */
  owner: OwnerRef | null;
}

/** GET /editorial/freshness */
export interface OverviewResult {
  data: OverviewRow[];
  meta: {
    counts: Record<'total' | 'outdated' | 'dueSoon' | 'evergreen' | 'archived' | 'fresh' | 'citesOldData', number>;
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
  };
}

/** POST /editorial/mark-reviewed */
export interface MarkReviewedResult {
  data: { updated: number; lastReviewedAt: string };
}

export interface BannerTemplateForms {
  one: string;
  other: string;
  archived: string;
}

/** What the settings page edits. */
export interface EditableSettingsInput {
  outdatedAfterMonths?: number;
  studyOutdatedAfterMonths?: number;
  bannerTemplates?: Record<string, BannerTemplateForms>;
  maxAge?: number;
  /** Per-category thresholds; null clears a category's own value. */
  categoryThresholds?: CategoryThreshold[];
}

export interface CategoryThreshold {
  documentId: string;
  name?: string;
  outdatedAfterMonths: number | null;
}

export interface EffectiveSettings {
  outdatedAfterMonths: number;
  studyOutdatedAfterMonths: number;
  bannerTemplates: Record<string, BannerTemplateForms>;
  maxAge: number;
  timeZone: string;
  contentTypes: string[];
}

/** GET /editorial/settings */
export interface SettingsResponse {
  data: {
    settings: EffectiveSettings;
    saved: EditableSettingsInput | null;
    defaults: EffectiveSettings;
    categories: CategoryThreshold[];
  };
}

/**
 * The body of the `editorial.outdated` and `editorial.due-soon` webhooks (Strapi adds
 * `event` and `createdAt`), shaped like Strapi's own entry events: `model`, `uid`, `entry`.
 */
export interface FreshnessEventPayload {
  model: string;
  uid: string;
  entry: {
    documentId: string;
    locale: string | null;
    title: string | null;
    /** When the banner appeared (`editorial.outdated`) or will appear (`editorial.due-soon`). */
    outdatedAt: string;
    owner: { id: number; name: string; email: string | null } | null;
    /** The entry's edit view in the admin. */
    editUrl: string;
  };
}

/** GET /editorial/webhooks: a webhook and which of the plugin's events it gets. */
export interface WebhookSubscription {
  id: string;
  name: string;
  url: string;
  isEnabled: boolean;
  /** Of `editorial.outdated`, `editorial.due-soon`. */
  events: string[];
}

/** POST /editorial/freshness-events/scan */
export interface FreshnessScanResult {
  data: { baseline: boolean; emitted: number; rearmed: number };
}

/** GET/PUT /editorial/digest/me: the signed-in admin user's e-mail digest. */
export interface DigestStatus {
  /** false: this user opted out. */
  subscribed: boolean;
  /** false: no SMTP is configured, so nobody gets a digest. */
  mailConfigured: boolean;
  /** Editors who own no article also get the entries nobody owns. */
  includeEditorsWithoutArticles: boolean;
  /** When it goes out: a cron rule in `timeZone`. */
  schedule: string;
  timeZone: string;
}

/**
 * What the app's response cache and the plugin's response middleware tell each other
 * through Koa's `ctx.state`, declared once here: both sides import it.
 */
export interface ResponseHandOff {
  /** Content version read once per request (by the cache when it runs first); the other side reuses it. */
  editorialContentVersion?: number;
  /** Epoch ms until which the answer holds without writes (null: until the next write), set by the plugin for the cache. */
  answerValidUntil?: number | null;
}
