/** The plugin's configuration: defaults in `./index.ts`, checked by `./validate.ts`. */
import type { Core } from '@strapi/strapi';
import type { BannerTemplates } from '../../../shared/banner-message';

export interface EditorialConfig {
  /** Months after its reference date an article counts as outdated (per category / article overridable). */
  outdatedAfterMonths: number;
  /** Months after its publication date a cited study counts as old. */
  studyOutdatedAfterMonths: number;
  /** Content types whose API responses carry `editorial` (banner info). */
  contentTypes: string[];
  /** The app's study-stat block (the component whose entries get `rendered`) and the content types of what it cites. */
  statBlock: StatBlockTypes;
  /** Banner messages per locale; `de` is the fallback. Placeholders: {years}, {date}, {outdatedSince}. */
  bannerTemplates: BannerTemplates;
  /** Time zone of dates shown to readers. */
  timeZone: string;
  /** Upper bound of `Cache-Control: max-age` on public responses, in seconds. */
  maxAge: number;
  /** How long an instance may keep settings saved by an admin before re-reading them (ms). */
  settingsCacheMs: number;
  /**
   * Reuse banners and rendered stat blocks computed at the current content version (any
   * write invalidates them). Off: everything is computed on each read (the benchmark's
   * "cold" measure).
   */
  reuseEnrichment: boolean;
  /** Secret that signs preview links; empty: derived from the app keys. */
  previewSecret: string;
  /** Lifetime of a preview link in seconds (at most MAX_PREVIEW_TTL_SECONDS, one hour). */
  previewTtlSeconds: number;
  /** Reader page of a draft; `{slug}`, `{locale}` and `{localePrefix}` (empty for de, `/en` otherwise) are filled in. */
  previewPath: string;
  /** The reader site's generated share card of a published entry (its link-preview image when it has no cover); same placeholders. */
  shareImagePath: string;
  /** The e-mail digest to owners and editors (notifications/digest-service.ts). */
  digest: DigestConfig;
  /** The plugin's scheduled jobs (jobs.ts): when the freshness scan runs, and how they run once across instances. */
  jobs: JobsConfig;
}

/**
 * Runs `work` unless another instance holds the lease `name` (then `ran: false`). The app
 * hands its database lease in; without one, jobs run on every instance that has cron on.
 */
export type RunOnce = <T>(
  strapi: Core.Strapi,
  name: string,
  ttlMs: number,
  work: () => Promise<T>,
) => Promise<{ ran: boolean; result?: T }>;

export interface JobsConfig {
  /** Cron rule (in `timeZone`) of the scan for articles that became outdated or due soon (webhook events). */
  freshnessEventsCron: string;
  /** The app's lease; null: each instance runs the jobs itself. */
  runOnce: RunOnce | null;
}

export interface DigestConfig {
  /** Whether the app configured outgoing mail (Strapi's email plugin); false: no digest is sent. */
  mailConfigured: boolean;
  /** Why there is no mail, for the startup line (e.g. "SMTP_HOST is not set"). */
  offReason: string;
  /** When the digest goes out: a cron rule in `timeZone`; one digest per user between two runs of the rule. */
  cron: string;
  /** Also send editors who own no article the outdated and due-soon entries nobody owns (admins may change it). */
  includeEditorsWithoutArticles: boolean;
}

export interface StatBlockTypes {
  /** Component uid; it has a `statistics` relation and optional `heading` and `display`. */
  component: string;
  /** Content type of the statistics (`label`, `value`, `unit`, …, a `study` relation, optional `continues`). */
  statistic: string;
  /** Content type of the studies (`title`, `publisher`, `publishedOn`, …, optional `supersededBy`). */
  study: string;
}
