/**
 * What the edit view's side panel shows for one document in one locale: its freshness
 * state, the banner and the study-stat blocks exactly as readers get them from the API
 * (the published version), or, before the first publish, as the draft would come out.
 */
import type { Core, UID } from '@strapi/strapi';
import type { DocumentFreshness, EditorialInfo, OwnerRef, RenderedStatBlock } from '../../../shared/contracts';
import { getService } from '../get-service';
import { rowKey, type FreshnessRow } from './freshness-service';
import type { Status } from '../constants';
import { readerPath } from '../preview/reader-path';
import { statBlockFields, type SchemaAttribute } from '../stat-blocks/stat-block-fields';

const createDocumentFreshnessService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Populates where an entry of `uid` holds stat blocks: dynamic zones and component fields (schema-driven). */
  function statBlockPopulate(uid: string): Record<string, unknown> {
    const component = getService(strapi, 'settings').fileConfig().statBlock.component;
    const { zones, fields } = statBlockFields(
      (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, SchemaAttribute>,
      component,
    );
    const populate: Record<string, unknown> = {};
    for (const name of zones) populate[name] = { on: { [component]: true } };
    for (const name of fields) populate[name] = true;
    return populate;
  }

  /** The published entry's cover, else its generated share card on the reader site. */
  async function shareImage(uid: string, documentId: string, locale: string | null): Promise<DocumentFreshness['shareImage']> {
    const attributes = (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as Record<string, any>;
    if (attributes.slug?.type !== 'uid' && attributes.slug?.type !== 'string') return null;
    const hasCover = attributes.cover?.type === 'media';
    const entry = (await strapi.documents(uid as UID.ContentType).findOne({
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

  // The draft carries the owner an editor just picked, before it is published.
  const ownerRef = (row: FreshnessRow): OwnerRef | null => (row.owner ? { id: row.owner.id, name: row.owner.name } : null);

  return {
    /** null when the document does not exist in that locale. */
    async describe(uid: string, documentId: string, locale: string, now = new Date()): Promise<DocumentFreshness | null> {
      const settings = await getService(strapi, 'settings').get();
      const freshness = getService(strapi, 'freshness');
      const ref = [{ documentId, locale }];
      const [published, draft] = await Promise.all([
        freshness.load(uid, ref, 'published', { withOwner: true }),
        freshness.load(uid, ref, 'draft', { withOwner: true }),
      ]);
      const pick = (rows: Map<string, any>) => rows.get(rowKey(documentId, locale)) ?? rows.get(rowKey(documentId, null));
      const publishedRow = pick(published);
      const draftRow = pick(draft);
      const row = publishedRow ?? draftRow;
      if (!row) return null;
      const version: Status = publishedRow ? 'published' : 'draft';

      const result = freshness.compute(row, settings, now);
      // The banner and the blocks exactly as a read of this version gets them: the same enrichment.
      const entry = (await strapi.documents(uid as UID.ContentType).findOne({
        documentId,
        locale,
        status: version,
        populate: statBlockPopulate(uid),
      } as any)) as Record<string, unknown> | null;
      const enriched = entry
        ? await getService(strapi, 'enrichment').enrich(uid, entry, { locale, status: version, now, markup: true })
        : { statBlocks: [] };
      const info = (entry?.editorial as EditorialInfo | undefined) ?? { outdatedAt: null, banner: null };
      const statBlocks = enriched.statBlocks.flatMap(({ block }) => (block.rendered ? [block.rendered as RenderedStatBlock] : []));
      // Named in the panel even before the banner that will point to it appears.
      const followUps = getService(strapi, 'follow-ups');
      const followUp = followUps.supports(uid) ? ((await followUps.load(uid, [row.id])).get(row.id) ?? null) : null;

      const reviews = await getService(strapi, 'reviews').latest(uid, documentId, row.locale ?? null);
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
        owner: ownerRef((draftRow ?? row) as FreshnessRow),
        reviews,
      };
    },
  };
};

export type DocumentFreshnessService = ReturnType<typeof createDocumentFreshnessService>;
export default createDocumentFreshnessService;

declare module '../get-service' {
  interface EditorialServices {
    'document-freshness': DocumentFreshnessService;
  }
}
