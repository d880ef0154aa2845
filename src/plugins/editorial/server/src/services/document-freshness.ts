/**
 * What the edit view's side panel shows for one document in one locale: its freshness
 * state, the banner and the study-stat blocks exactly as readers get them from the API
 * (the published version), or, before the first publish, as the draft would come out.
 */
import type { Core } from '@strapi/strapi';
import { buildEditorialInfo } from '../domain/banner';
import { resolveLocale } from '../domain/locale';
import type { DocumentFreshness } from '../contract';
import { STAT_BLOCK_COMPONENT } from '../enrichment/collect';
import { getService } from '../get-service';
import { rowKey, type Status } from './freshness';
import { renderSafely } from './enrichment';
import { readerPath } from '../domain/reader-path';

const createDocumentFreshnessService = ({ strapi }: { strapi: Core.Strapi }) => {
  async function statBlockIds(uid: string, rowId: number): Promise<number[]> {
    const attributes = (strapi.contentType(uid as any)?.attributes ?? {}) as Record<string, any>;
    const zones = Object.entries(attributes)
      .filter(([, a]) => a.type === 'dynamiczone' && (a.components ?? []).includes(STAT_BLOCK_COMPONENT))
      .map(([name]) => name);
    if (zones.length === 0) return [];
    const entry = (await strapi.db.query(uid as any).findOne({
      where: { id: rowId },
      select: ['id'],
      populate: Object.fromEntries(zones.map((zone) => [zone, true])),
    })) as Record<string, Array<{ id: number; __component: string }> | undefined> | null;
    return zones.flatMap((zone) => (entry?.[zone] ?? []).filter((b) => b.__component === STAT_BLOCK_COMPONENT).map((b) => b.id));
  }

  /** The published entry's cover, else its generated share card on the reader site. */
  async function shareImage(uid: string, documentId: string, locale: string | null): Promise<DocumentFreshness['shareImage']> {
    const attributes = (strapi.contentType(uid as any)?.attributes ?? {}) as Record<string, any>;
    if (attributes.slug?.type !== 'uid' && attributes.slug?.type !== 'string') return null;
    const hasCover = attributes.cover?.type === 'media';
    const entry = (await strapi.documents(uid as any).findOne({
      documentId,
      locale,
      status: 'published',
      fields: ['slug'],
      ...(hasCover ? { populate: { cover: { fields: ['url'] } } } : {}),
    } as any)) as { slug?: string | null; cover?: { url?: string | null } | null } | null;
    if (!entry?.slug) return null;
    const base = (strapi.config.get('server.url') as string | undefined) ?? '';
    if (entry.cover?.url)
      return {
        kind: 'cover',
        url: /^https?:\/\//.test(entry.cover.url) ? entry.cover.url : `${base.replace(/\/$/, '')}${entry.cover.url}`,
      };
    const config = strapi.config.get('plugin::editorial') as { shareImagePath: string };
    return { kind: 'card', url: readerPath(config.shareImagePath, entry.slug, locale, base) };
  }

  return {
    /** null when the document does not exist in that locale. */
    async describe(uid: string, documentId: string, locale: string, now = new Date()): Promise<DocumentFreshness | null> {
      const settings = await getService(strapi, 'settings').get();
      const freshness = getService(strapi, 'freshness');
      const ref = [{ documentId, locale }];
      const [published, draft] = await Promise.all([freshness.load(uid, ref, 'published'), freshness.load(uid, ref, 'draft')]);
      const pick = (rows: Map<string, any>) => rows.get(rowKey(documentId, locale)) ?? rows.get(rowKey(documentId, null));
      const publishedRow = pick(published);
      const draftRow = pick(draft);
      const row = publishedRow ?? draftRow;
      if (!row) return null;
      const version: Status = publishedRow ? 'published' : 'draft';
      const readerLocale = resolveLocale(row.locale ?? locale);

      const result = freshness.compute(row, settings, now);
      const followUps = getService(strapi, 'follow-ups');
      const followUp = followUps.supports(uid) ? ((await followUps.load(uid, [row.id])).get(row.id) ?? null) : null;
      const info = buildEditorialInfo(result, {
        locale: readerLocale,
        timeZone: settings.timeZone,
        templates: settings.bannerTemplates,
        followUp,
      });

      const ids = await statBlockIds(uid, row.id);
      const inputs = await getService(strapi, 'stat-blocks').load(ids, version);
      const options = {
        locale: readerLocale,
        timeZone: settings.timeZone,
        studyOutdatedAfterMonths: settings.studyOutdatedAfterMonths,
        now,
      };
      const statBlocks = ids.flatMap((id) => {
        const input = inputs.get(id);
        return input ? [renderSafely(strapi, id, input, options)] : [];
      });

      return {
        contentType: uid,
        documentId,
        locale: row.locale ?? null,
        version,
        freshness: row.freshness ?? 'auto',
        state: version === 'draft' ? 'unpublished' : result.state,
        referenceDate: result.referenceDate?.toISOString() ?? null,
        outdatedAt: result.outdatedAt?.toISOString() ?? null,
        lastReviewedAt: row.lastReviewedAt ? new Date(row.lastReviewedAt).toISOString() : null,
        originallyPublishedAt: row.originallyPublishedAt ? new Date(row.originallyPublishedAt).toISOString() : null,
        thresholdMonths: freshness.thresholdFor(row, settings),
        banner: version === 'published' ? info.banner : null,
        followUp,
        shareImage: version === 'published' ? await shareImage(uid, documentId, row.locale ?? null) : null,
        statBlocks,
        timeZone: settings.timeZone,
      };
    },
  };
};

export type DocumentFreshnessService = ReturnType<typeof createDocumentFreshnessService>;
export default createDocumentFreshnessService;
