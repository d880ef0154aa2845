/**
 * Which published entries are outdated or due soon right now, over every content type the
 * plugin works on and every locale: what the webhook events (freshness-events) and the
 * e-mail digest (digest) tell editors about. One freshness query per type and locale.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { EntryOwner } from './owner';
import { staleKind, type StaleKind } from './stale-entry';
import { isLocalizedType } from '../i18n/default-locale';

export interface StaleEntry {
  uid: string;
  documentId: string;
  /** null for types without locales. */
  locale: string | null;
  title: string | null;
  owner: EntryOwner | null;
  kind: StaleKind;
  /** When the banner appeared (outdated) or will appear (due soon). */
  outdatedAt: Date;
}

const createStaleEntriesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(now = new Date()): Promise<StaleEntry[]> {
    const settings = await getService(strapi, 'settings').get();
    const freshness = getService(strapi, 'freshness');
    const locales = (((await strapi.plugin('i18n')?.service('locales')?.find()) ?? []) as Array<{ code: string }>).map((l) => l.code);
    const entries: StaleEntry[] = [];
    for (const uid of settings.contentTypes) {
      const localized = isLocalizedType(strapi, uid);
      for (const locale of localized ? locales : [null]) {
        for (const row of await freshness.loadAll(uid, locale ?? '', 'published', { withOwner: true })) {
          const result = freshness.compute(row, settings, now);
          const kind = staleKind(result, now);
          if (!kind || !result.outdatedAt) continue;
          entries.push({
            uid,
            documentId: row.documentId,
            locale: localized ? (row.locale ?? locale) : null,
            title: row.title ?? null,
            owner: row.owner ?? null,
            kind,
            outdatedAt: result.outdatedAt,
          });
        }
      }
    }
    return entries;
  },
});

export type StaleEntriesService = ReturnType<typeof createStaleEntriesService>;
export default createStaleEntriesService;

declare module '../get-service' {
  interface EditorialServices {
    'stale-entries': StaleEntriesService;
  }
}
