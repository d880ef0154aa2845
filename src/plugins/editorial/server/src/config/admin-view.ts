/**
 * The settings as the admin panel sees them: the fields of `EffectiveSettings` and nothing
 * else. Picked, not filtered: a value added to the config later (a secret, say) stays on
 * the server unless it is named here. `previewSecret` signs preview links; an Author who
 * read it from `GET /editorial/settings` could forge a link to any draft. Pure.
 */
import type { EffectiveSettings } from '../../../shared/contracts';
import type { EditorialConfig } from './types';

export function settingsForAdmin(config: EditorialConfig): EffectiveSettings {
  return {
    outdatedAfterMonths: config.outdatedAfterMonths,
    studyOutdatedAfterMonths: config.studyOutdatedAfterMonths,
    bannerTemplates: config.bannerTemplates,
    maxAge: config.maxAge,
    timeZone: config.timeZone,
    contentTypes: [...config.contentTypes],
  };
}
