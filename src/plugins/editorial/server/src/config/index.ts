/**
 * Plugin configuration: plain defaults here, overridden in `config/plugins.ts`
 * (`editorial.config`), validated at startup so a bad value stops Strapi with a message
 * that names the key. Settings an admin saves in the admin panel override these.
 */
import { DEFAULT_BANNER_TEMPLATES, type BannerTemplates } from '../domain/banner-message';
import { validateEditorialSettings } from './validate';
import { MAX_PREVIEW_TTL_SECONDS } from '../domain/preview-token';

export interface EditorialConfig {
  /** Months after its reference date an article counts as outdated (per category / article overridable). */
  outdatedAfterMonths: number;
  /** Months after its publication date a cited study counts as old. */
  studyOutdatedAfterMonths: number;
  /** Content types whose API responses carry `editorial` (banner info). */
  contentTypes: string[];
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
}

export const DEFAULT_CONFIG: EditorialConfig = {
  outdatedAfterMonths: 24,
  studyOutdatedAfterMonths: 24,
  contentTypes: ['api::article.article'],
  bannerTemplates: DEFAULT_BANNER_TEMPLATES,
  timeZone: 'Europe/Berlin',
  maxAge: 300,
  settingsCacheMs: 5000,
  reuseEnrichment: true,
  previewSecret: '',
  previewTtlSeconds: MAX_PREVIEW_TTL_SECONDS,
  previewPath: '{localePrefix}/artikel/{slug}',
  shareImagePath: '{localePrefix}/artikel/{slug}/share.png',
};

export default {
  default: DEFAULT_CONFIG,
  validator(config: unknown) {
    const problems = validateEditorialSettings(config as Partial<EditorialConfig>, { partial: false });
    if (problems.length > 0) {
      throw new Error(`Invalid editorial plugin config: ${problems.map((p) => `${p.key}: ${p.message}`).join('; ')}`);
    }
  },
};
