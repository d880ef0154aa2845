/**
 * Effective settings = file config (`config/plugins.ts`) overridden by what an admin saved.
 * Saved settings live in the database, so every instance sees them; each instance keeps
 * them for at most `settingsCacheMs` (default 5 s) before reading again.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EditorialConfig } from '../config/types';
import { validateEditorialSettings } from '../config/validate';
import { PLUGIN_ID } from '../constants';
import type { CategoryThreshold } from '../../../shared/contracts';
import { defaultLocale, isLocalizedType } from '../i18n/default-locale';
import { THRESHOLD_MONTHS_RANGE } from '../freshness/rules';

/** What an admin may change in the settings page. */
export const EDITABLE_KEYS = ['outdatedAfterMonths', 'studyOutdatedAfterMonths', 'bannerTemplates', 'maxAge'] as const;
export type EditableSettings = Partial<Pick<EditorialConfig, (typeof EDITABLE_KEYS)[number]>>;

const STORE_KEY = 'settings';

/** Checks per-category thresholds; problems carry the path the settings form shows them at. */
export function validateCategoryThresholds(input: unknown, known: ReadonlySet<string>): { key: string; message: string }[] {
  if (!Array.isArray(input)) return [{ key: 'categoryThresholds', message: 'must be a list of { documentId, outdatedAfterMonths }' }];
  const problems: { key: string; message: string }[] = [];
  input.forEach((item, index) => {
    const key = `categoryThresholds.${index}`;
    if (!item || typeof item !== 'object' || typeof item.documentId !== 'string' || !known.has(item.documentId)) {
      problems.push({ key: `${key}.documentId`, message: 'is not a known category' });
      return;
    }
    const months = item.outdatedAfterMonths;
    if (
      months !== null &&
      (typeof months !== 'number' ||
        !Number.isInteger(months) ||
        months < THRESHOLD_MONTHS_RANGE.min ||
        months > THRESHOLD_MONTHS_RANGE.max)
    ) {
      problems.push({
        key: `${key}.outdatedAfterMonths`,
        message: `must be empty or a whole number of months from ${THRESHOLD_MONTHS_RANGE.min} to ${THRESHOLD_MONTHS_RANGE.max} (got ${JSON.stringify(months)})`,
      });
    }
  });
  return problems;
}

const createSettingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { value: EditorialConfig; at: number; contentVersion?: number } | null = null;

  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });
  const fileConfig = (): EditorialConfig => strapi.config.get(`plugin::${PLUGIN_ID}`) as EditorialConfig;

  /** The category type the banner types point to (their `category` relation), if any. */
  const categoryUid = (): string | null => {
    for (const uid of fileConfig().contentTypes) {
      const attribute = (strapi.contentType(uid as UID.ContentType)?.attributes as Record<string, any> | undefined)?.category;
      if (
        attribute?.type === 'relation' &&
        attribute.target &&
        'outdatedAfterMonths' in (strapi.contentType(attribute.target)?.attributes ?? {})
      ) {
        return attribute.target;
      }
    }
    return null;
  };

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

    /**
     * The settings in force, from cache when fresh enough. Given the current content
     * version (saving settings raises it), a cache from another version is not used, so
     * what is computed at a version always uses that version's settings.
     */
    async get(contentVersion?: number): Promise<EditorialConfig> {
      const base = fileConfig();
      const now = Date.now();
      const sameVersion = contentVersion === undefined || cached?.contentVersion === contentVersion;
      if (cached && sameVersion && now - cached.at < base.settingsCacheMs) return cached.value;
      const value = merge(base, await this.getSaved());
      cached = { value, at: now, contentVersion: contentVersion ?? cached?.contentVersion };
      return value;
    },

    /** Categories with their own threshold (null: they use the global one). */
    async listCategoryThresholds(): Promise<CategoryThreshold[]> {
      const uid = categoryUid();
      if (!uid) return [];
      const localized = isLocalizedType(strapi, uid);
      const rows = (await strapi.db.query(uid as UID.Schema).findMany({
        select: ['documentId', 'name', 'outdatedAfterMonths', ...(localized ? ['locale'] : [])],
        orderBy: { name: 'asc' },
      })) as Array<{ documentId: string; name: string; outdatedAfterMonths: number | null; locale?: string | null }>;
      // A localized category is one row per locale; it is listed once, by its name in the
      // default locale when it has one (the threshold is shared by all locales).
      const main = localized ? await defaultLocale(strapi) : null;
      const byDocument = new Map<string, (typeof rows)[number]>();
      for (const row of rows) {
        const kept = byDocument.get(row.documentId);
        if (!kept || (kept.locale !== main && row.locale === main)) byDocument.set(row.documentId, row);
      }
      return [...byDocument.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'de'))
        .map((row) => ({ documentId: row.documentId, name: row.name, outdatedAfterMonths: row.outdatedAfterMonths ?? null }));
    },

    /**
     * Validates and stores an admin's settings and category thresholds in one transaction;
     * invalid input is refused whole, with one error per field.
     */
    async save(input: unknown): Promise<EditorialConfig> {
      if (!input || typeof input !== 'object' || Array.isArray(input)) {
        throw new errors.ValidationError('Settings must be an object');
      }
      const { categoryThresholds, ...rest } = input as Record<string, unknown>;
      const unknownKeys = Object.keys(rest).filter((k) => !(EDITABLE_KEYS as readonly string[]).includes(k));
      const picked = Object.fromEntries(
        Object.entries(rest).filter(([k]) => (EDITABLE_KEYS as readonly string[]).includes(k)),
      ) as EditableSettings;
      const problems = validateEditorialSettings(picked, { partial: true });
      for (const key of unknownKeys) problems.push({ key, message: 'is not a setting that can be changed here' });
      const category = categoryUid();
      if (categoryThresholds !== undefined) {
        const known = new Set((await this.listCategoryThresholds()).map((c) => c.documentId));
        problems.push(...validateCategoryThresholds(categoryThresholds, known));
      }
      if (problems.length > 0) {
        throw new errors.ValidationError(problems.map((p) => `${p.key} ${p.message}`).join('; '), {
          errors: problems.map((p) => ({ path: p.key.split('.'), message: p.message, name: 'ValidationError' })),
        });
      }
      const previous = (await this.getSaved()) ?? {};
      const saved = { ...previous, ...picked };
      if (picked.bannerTemplates) {
        saved.bannerTemplates = { ...(previous.bannerTemplates ?? {}), ...picked.bannerTemplates };
      }
      await strapi.db.transaction(async () => {
        await store().set({ value: saved });
        if (category && Array.isArray(categoryThresholds)) {
          for (const item of categoryThresholds as CategoryThreshold[]) {
            await strapi.db.query(category as any).updateMany({
              where: { documentId: item.documentId },
              data: { outdatedAfterMonths: item.outdatedAfterMonths },
            });
          }
        }
      });
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

declare module '../get-service' {
  interface EditorialServices {
    settings: SettingsService;
  }
}
