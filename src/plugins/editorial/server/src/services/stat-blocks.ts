/**
 * Loads what study-stat blocks cite: the blocks' statistics with their studies (and a
 * newer edition, if any), in a constant number of queries for any number of blocks.
 * Public reads see published statistics and studies only.
 */
import type { Core } from '@strapi/strapi';
import type { StatBlockInput, StatisticInput, StudyInput } from '../domain/stat-block';
import { STAT_BLOCK_COMPONENT } from '../enrichment/collect';
import type { Status } from './freshness';

const STUDY_FIELDS = ['id', 'documentId', 'title', 'slug', 'publisher', 'publishedOn', 'publishedOnPrecision', 'sampleSize', 'representative', 'fieldworkPeriod', 'sourceUrl', 'publishedAt'];
const STATISTIC_FIELDS = ['id', 'documentId', 'label', 'value', 'unit', 'base', 'qualifier', 'note', 'publishedAt'];

const createStatBlocksService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async load(blockIds: number[], status: Status): Promise<Map<number, StatBlockInput>> {
    const result = new Map<number, StatBlockInput>();
    if (blockIds.length === 0) return result;
    const visible = status === 'published' ? { publishedAt: { $notNull: true } } : {};
    const rows = (await strapi.db.query(STAT_BLOCK_COMPONENT as any).findMany({
      where: { id: { $in: [...new Set(blockIds)] } },
      select: ['id', 'heading'],
      populate: {
        statistics: {
          select: STATISTIC_FIELDS,
          where: visible,
          populate: {
            study: {
              select: STUDY_FIELDS,
              where: visible,
              populate: { supersededBy: { select: ['id', 'title', 'slug', 'publishedAt'], where: { publishedAt: { $notNull: true } } } },
            },
          },
        },
      },
    })) as Array<{ id: number; heading: string | null; statistics?: Array<Record<string, any>> }>;

    for (const row of rows) {
      const statistics: StatisticInput[] = (row.statistics ?? []).map((s) => ({
        label: s.label ?? null,
        value: s.value,
        unit: s.unit,
        base: s.base ?? null,
        qualifier: s.qualifier ?? 'exact',
        note: s.note ?? null,
        study: s.study ? toStudy(s.study) : null,
      }));
      result.set(row.id, { heading: row.heading ?? null, statistics });
    }
    return result;
  },
});

function toStudy(s: Record<string, any>): StudyInput {
  return {
    id: s.id,
    documentId: s.documentId,
    title: s.title,
    slug: s.slug ?? null,
    publisher: s.publisher ?? null,
    publishedOn: s.publishedOn ?? null,
    publishedOnPrecision: s.publishedOnPrecision ?? 'day',
    sampleSize: s.sampleSize ?? null,
    representative: s.representative ?? null,
    fieldworkPeriod: s.fieldworkPeriod ?? null,
    sourceUrl: s.sourceUrl ?? null,
    supersededBy: s.supersededBy ? { title: s.supersededBy.title, slug: s.supersededBy.slug ?? null } : null,
  };
}

export type StatBlocksService = ReturnType<typeof createStatBlocksService>;
export default createStatBlocksService;
