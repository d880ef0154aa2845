/**
 * Attaches `editorial` to every banner-type entry and `rendered` to every study-stat block
 * of a response body. Loads in batches (one query per kind of thing), then computes with
 * the pure domain functions.
 */
import type { Core } from '@strapi/strapi';
import { buildEditorialInfo } from '../domain/banner';
import { resolveLocale } from '../domain/locale';
import { renderStatBlock, type StatBlockInput, type StatBlockOptions } from '../domain/stat-block';
import { addMonths, toDate } from '../domain/calendar';
import type { EditorialInfo, RenderedStatBlock } from '../contract';
import { collectTargets, type SchemaLookup } from '../enrichment/collect';
import { getService } from '../get-service';
import { rowKey, type Status } from './freshness';

export interface EnrichOptions {
  /** Locale the client asked for (entries carry their own when selected). */
  locale: string;
  status: Status;
  now?: Date;
}

export interface EnrichResult {
  /** The earliest moment after `now` at which something in the body would change (a banner appears, a study gets old). */
  nextChangeAt: Date | null;
  entries: number;
  statBlocks: number;
}

/**
 * One statistic that cannot be formatted (written around the write rules, e.g. by SQL)
 * must not turn every page that cites it into a 500: it is left out and logged.
 */
export function renderSafely(strapi: Core.Strapi, blockId: number, input: StatBlockInput, options: StatBlockOptions): RenderedStatBlock {
  try {
    return renderStatBlock(input, options);
  } catch (error) {
    const usable = input.statistics.filter((statistic) => {
      try {
        renderStatBlock({ heading: null, statistics: [statistic] }, options);
        return true;
      } catch {
        return false;
      }
    });
    strapi.log.warn(`[editorial] study-stat block ${blockId}: left out ${input.statistics.length - usable.length} statistic(s) that cannot be shown: ${(error as Error).message}`);
    return renderStatBlock({ ...input, statistics: usable }, options);
  }
}

const createEnrichmentService = ({ strapi }: { strapi: Core.Strapi }) => {
  // `strapi.contentTypes` rebuilds a map of every type on each access; look up one uid instead.
  const getSchema: SchemaLookup = (uid) => (strapi.getModel(uid as any) as any) ?? undefined;

  return {
    async enrich(rootUid: string, data: unknown, options: EnrichOptions): Promise<EnrichResult> {
      const now = options.now ?? new Date();
      const settings = await getService(strapi, 'settings').get();
      const found = collectTargets(rootUid, data, { getSchema, contentTypes: new Set(settings.contentTypes), locale: options.locale });
      let nextChangeAt: Date | null = null;
      const consider = (moment: Date | null) => {
        if (moment && moment.getTime() > now.getTime() && (!nextChangeAt || moment < nextChangeAt)) nextChangeAt = moment;
      };

      const byType = new Map<string, { documentId: string; locale: string }[]>();
      for (const { uid, entry, locale } of found.entries) {
        const list = byType.get(uid) ?? [];
        list.push({ documentId: entry.documentId as string, locale });
        byType.set(uid, list);
      }
      const freshness = getService(strapi, 'freshness');
      const [rowsByType, blocks] = await Promise.all([
        Promise.all([...byType.entries()].map(async ([uid, refs]) => [uid, await freshness.load(uid, refs, options.status)] as const)),
        getService(strapi, 'stat-blocks').load(found.statBlocks.map((b) => b.block.id), options.status),
      ]);
      const rows = new Map(rowsByType);

      for (const { uid, entry, locale } of found.entries) {
        const typeRows = rows.get(uid);
        const row = typeRows?.get(rowKey(entry.documentId as string, locale)) ?? typeRows?.get(rowKey(entry.documentId as string, null));
        let info: EditorialInfo = { outdatedAt: null, banner: null };
        if (row) {
          const result = freshness.compute(row, settings, now);
          info = buildEditorialInfo(result, { locale: resolveLocale(locale), timeZone: settings.timeZone, templates: settings.bannerTemplates });
          consider(result.outdatedAt);
        }
        entry.editorial = info;
      }

      for (const { block, locale } of found.statBlocks) {
        const input = blocks.get(block.id);
        if (!input) continue;
        block.rendered = renderSafely(strapi, block.id, input, {
          locale: resolveLocale(locale),
          timeZone: settings.timeZone,
          studyOutdatedAfterMonths: settings.studyOutdatedAfterMonths,
          now,
        });
        for (const stat of input.statistics) {
          const publishedOn = toDate(stat.study?.publishedOn ?? null);
          if (publishedOn) consider(addMonths(publishedOn, settings.studyOutdatedAfterMonths));
        }
      }
      return { nextChangeAt, entries: found.entries.length, statBlocks: found.statBlocks.length };
    },
  };
};

export type EnrichmentService = ReturnType<typeof createEnrichmentService>;
export default createEnrichmentService;
