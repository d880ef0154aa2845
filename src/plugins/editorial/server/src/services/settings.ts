/**
 * Effective settings = file config (`config/plugins.ts`) overridden by what an admin saved.
 * Saved settings live in the database, so every instance sees them; each instance keeps
 * them for at most `settingsCacheMs` (default 5 s) before reading again.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EditorialConfig } from '../config';
import { validateEditorialSettings } from '../config/validate';
import { PLUGIN_ID } from '../get-service';

/** What an admin may change in the settings page. */
export const EDITABLE_KEYS = ['outdatedAfterMonths', 'studyOutdatedAfterMonths', 'bannerTemplates', 'maxAge'] as const;
export type EditableSettings = Partial<Pick<EditorialConfig, (typeof EDITABLE_KEYS)[number]>>;

const STORE_KEY = 'settings';

const createSettingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { value: EditorialConfig; at: number } | null = null;

  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });
  const fileConfig = (): EditorialConfig => strapi.config.get(`plugin::${PLUGIN_ID}`) as EditorialConfig;

  function merge(base: EditorialConfig, saved: EditableSettings | null): EditorialConfig {
    if (!saved) return base;
    return {
      ...base,
      ...saved,
      bannerTemplates: { ...base.bannerTemplates, ...(saved.bannerTemplates ?? {}) },
    };
  }

  return {
    fileConfig,

    async getSaved(): Promise<EditableSettings | null> {
      return ((await store().get({})) as EditableSettings | null) ?? null;
    },

    /** The settings in force, from cache when fresh enough. */
    async get(): Promise<EditorialConfig> {
      const base = fileConfig();
      const now = Date.now();
      if (cached && now - cached.at < base.settingsCacheMs) return cached.value;
      const value = merge(base, await this.getSaved());
      cached = { value, at: now };
      return value;
    },

    /** Validates and stores an admin's settings; invalid input is refused whole. */
    async save(input: unknown): Promise<EditorialConfig> {
      if (!input || typeof input !== 'object' || Array.isArray(input)) {
        throw new errors.ValidationError('Settings must be an object');
      }
      const unknownKeys = Object.keys(input).filter((k) => !(EDITABLE_KEYS as readonly string[]).includes(k));
      const picked = Object.fromEntries(Object.entries(input).filter(([k]) => (EDITABLE_KEYS as readonly string[]).includes(k))) as EditableSettings;
      const problems = validateEditorialSettings(picked, { partial: true });
      for (const key of unknownKeys) problems.push({ key, message: 'is not a setting that can be changed here' });
      if (problems.length > 0) {
        throw new errors.ValidationError(problems.map((p) => `${p.key} ${p.message}`).join('; '), {
          errors: problems.map((p) => ({ path: p.key.split('.'), message: p.message, name: 'ValidationError' })),
        });
      }
      const saved = { ...((await this.getSaved()) ?? {}), ...picked };
      if (picked.bannerTemplates) {
        saved.bannerTemplates = { ...((await this.getSaved())?.bannerTemplates ?? {}), ...picked.bannerTemplates };
      }
      await store().set({ value: saved });
      cached = null;
      return this.get();
    },

    /** Drops the local cache (tests, and the instance that just saved). */
    invalidate() {
      cached = null;
    },
  };
};

export type SettingsService = ReturnType<typeof createSettingsService>;
export default createSettingsService;
