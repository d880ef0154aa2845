/**
 * Plugin configuration: plain defaults here, overridden in `config/plugins.ts`
 * (`editorial.config`), validated at startup so a bad value stops Strapi with a message
 * that names the key. Settings an admin saves in the admin panel override these.
 */
import { DEFAULT_BANNER_TEMPLATES } from '../../../shared/banner-message';
import type { EditorialConfig } from './types';
import { validateEditorialSettings } from './validate';
import { MAX_PREVIEW_TTL_SECONDS } from '../preview/preview-token';

export type { EditorialConfig } from './types';

export const DEFAULT_CONFIG: EditorialConfig = {
  outdatedAfterMonths: 24,
  studyOutdatedAfterMonths: 24,
  contentTypes: ['api::article.article'],
  statBlock: { component: 'blocks.study-stat', statistic: 'api::statistic.statistic', study: 'api::study.study' },
  bannerTemplates: DEFAULT_BANNER_TEMPLATES,
  timeZone: 'Europe/Berlin',
  maxAge: 300,
  settingsCacheMs: 5000,
  reuseEnrichment: true,
  previewSecret: '',
  previewTtlSeconds: MAX_PREVIEW_TTL_SECONDS,
  previewPath: '{localePrefix}/artikel/{slug}',
  shareImagePath: '{localePrefix}/artikel/{slug}/share.png',
  digest: { mailConfigured: false, offReason: 'no mail is configured', cron: '0 7 * * 1', includeEditorsWithoutArticles: false },
  jobs: { freshnessEventsCron: '7 * * * *', runOnce: null },
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
