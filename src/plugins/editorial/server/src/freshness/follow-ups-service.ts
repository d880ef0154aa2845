/**
 * The follow-up an editor named for an entry (relation `followUp`), as readers may see it:
 * the published version of the linked document in the entry's own locale. One query for
 * any number of entries.
 *
 * Whatever version the entry is (published for readers, a draft for a preview or an API
 * token's draft read), the follow-up is always its published version: a draft never
 * reaches a banner. Only title, slug and locale are read.
 */
import type { Core, UID } from '@strapi/strapi';
import type { EditorialFollowUp } from '../../../shared/contracts';
import { modelNames } from '../database/table-names';
import { readInChunks } from '../database/chunked-reads';
import { isLocalizedType } from '../i18n/default-locale';

export const FOLLOW_UP_ATTRIBUTE = 'followUp';

const createFollowUpsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const relationOf = (uid: string) => {
    const attribute = (strapi.contentType(uid as UID.ContentType)?.attributes as Record<string, any> | undefined)?.[FOLLOW_UP_ATTRIBUTE];
    return attribute?.type === 'relation' && typeof attribute.target === 'string' ? (attribute.target as string) : null;
  };
  const isLocalized = (uid: string) => isLocalizedType(strapi, uid);

  return {
    /** Whether entries of this type can name a follow-up (so callers skip the query otherwise). */
    supports(uid: string): boolean {
      return relationOf(uid) !== null;
    },

    /** Follow-ups by the entry's row id; entries without a published follow-up are absent. */
    async load(uid: string, rowIds: number[]): Promise<Map<number, EditorialFollowUp>> {
      const result = new Map<number, EditorialFollowUp>();
      const target = relationOf(uid);
      const owner = modelNames(strapi, uid);
      const link = owner?.join(FOLLOW_UP_ATTRIBUTE);
      const linked = target ? modelNames(strapi, target) : null;
      if (!target || !owner || !link || !linked || rowIds.length === 0) return result;
      const col = (attribute: string, fallback: string) => linked.column(attribute) ?? fallback;
      const documentId = col('documentId', 'document_id');
      const targetLocalized = isLocalized(target);
      const sameLocale = isLocalized(uid) && targetLocalized;
      const select: Record<string, string> = {
        ownerId: `l.${link.ownerColumn}`,
        title: `p.${col('title', 'title')}`,
        slug: `p.${col('slug', 'slug')}`,
      };
      if (targetLocalized) select.locale = `p.${col('locale', 'locale')}`;
      await readInChunks(rowIds, async (ids) => {
        const rows: Array<Record<string, any>> = await strapi.db
          .connection({ l: link.table })
          .join({ o: owner.table }, 'o.id', `l.${link.ownerColumn}`)
          .join({ d: linked.table }, 'd.id', `l.${link.targetColumn}`)
          // The published version of the linked document, in the entry's locale.
          .join({ p: linked.table }, function joinPublished(this: any) {
            this.on(`p.${documentId}`, '=', `d.${documentId}`).andOnNotNull(`p.${col('publishedAt', 'published_at')}`);
            if (sameLocale) this.andOn(`p.${col('locale', 'locale')}`, '=', `o.${owner.column('locale') ?? 'locale'}`);
          })
          .whereIn(`l.${link.ownerColumn}`, ids)
          .select(select)
          .orderBy([{ column: `l.${link.ownerColumn}` }, { column: 'l.id' }]);
        for (const row of rows) {
          const id = Number(row.ownerId);
          // A oneWay relation holds one link; one written around the rules would repeat.
          if (!result.has(id) && row.title) result.set(id, { title: row.title, slug: row.slug ?? null, locale: row.locale ?? null });
        }
      });
      return result;
    },
  };
};

export type FollowUpsService = ReturnType<typeof createFollowUpsService>;
export default createFollowUpsService;

declare module '../get-service' {
  interface EditorialServices {
    'follow-ups': FollowUpsService;
  }
}
