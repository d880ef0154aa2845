/**
 * Attaches `editorial` to every banner-type entry and `rendered` to every study-stat block
 * of a response body. Loads in batches (one query per kind of thing), then computes with
 * the pure domain functions.
 */
import type { Core } from '@strapi/strapi';
import { buildEditorialInfo } from '../domain/banner';
import { resolveLocale } from '../domain/locale';
import { renderStatBlock, type StatBlockInput, type StatBlockOptions } from '../domain/stat-block';
import { addMonths, DAY_MS, HOUR_MS, toDate } from '../domain/calendar';
import type { EditorialInfo, RenderedStatBlock } from '../contract';
import { collectTargets, type SchemaLookup } from '../enrichment/collect';
import type { SharedPart } from '../enrichment/encoded-body';
import { getService } from '../get-service';

import { rowKey, type Status } from './freshness';
import { VersionedCache } from '../cache/versioned-cache';

export interface EnrichOptions {
  /** Locale the client asked for (entries carry their own when selected). */
  locale: string;
  status: Status;
  /**
   * Which versions of the cited statistics and studies a draft's stat blocks show:
   * 'published' for a preview (what readers will see once the draft is published),
   * `status` otherwise.
   */
  citedStatus?: Status;
  now?: Date;
  /**
   * Content version read before the answer was built (services/content-version.ts). With
   * it, what was computed at this version is reused; without it, everything is computed.
   */
  contentVersion?: number;
  /** Include the markup (`html`, the chart's `svg`): only when the client asked for it. */
  markup?: boolean;
}

export interface EnrichResult {
  /** The earliest moment after `now` at which something in the body would change (a banner appears, a study gets old). */
  nextChangeAt: Date | null;
  entries: number;
  statBlocks: number;
  /** What was attached, shared with other reads at this version: for encoding it once (enrichment/encoded-body.ts). */
  shared: SharedPart[];
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
    strapi.log.warn(
      `[editorial] study-stat block ${blockId}: left out ${input.statistics.length - usable.length} statistic(s) that cannot be shown: ${(error as Error).message}`,
    );
    return renderStatBlock({ ...input, statistics: usable }, options);
  }
}

/**
 * Entries kept per content version. A banner is well under 1 KB; a rendered block is
 * about 5 KB of JSON (some 10 KB in memory), so the block cache stays under ~50 MB.
 */
const INFO_CACHE_ENTRIES = 20_000;
const BLOCK_CACHE_ENTRIES = 5_000;

interface CachedInfo {
  info: EditorialInfo;
  /** The same without the banner's HTML, made once: what most answers carry. */
  lean: EditorialInfo;
  validUntil: number | null;
}

/** Editorial info without markup (the banner's `html`). */
export function infoWithoutMarkup(info: EditorialInfo): EditorialInfo {
  if (!info.banner) return info;
  const { html: _html, ...banner } = info.banner;
  return { ...info, banner };
}

interface CachedBlock {
  rendered: RenderedStatBlock;
  /** The same without markup, made once: what most answers carry. */
  lean: RenderedStatBlock;
  validUntil: number | null;
}

/** A rendered block without its markup (`html`, the chart's `svg`). */
export function withoutMarkup(rendered: RenderedStatBlock): RenderedStatBlock {
  const { html: _html, chart, ...rest } = rendered;
  if (!chart) return { ...rest, chart: null };
  const { svg: _svg, ...leanChart } = chart;
  return { ...rest, chart: leanChart };
}

const createEnrichmentService = ({ strapi }: { strapi: Core.Strapi }) => {
  // `strapi.contentTypes` rebuilds a map of every type on each access; look up one uid instead.
  const getSchema: SchemaLookup = (uid) => (strapi.getModel(uid as any) as any) ?? undefined;
  // What was computed at the current content version is reused until a write or its own
  // time limit: readers ask for the same articles over and over, editors write rarely.
  const infoCache = new VersionedCache<CachedInfo>(INFO_CACHE_ENTRIES);
  const blockCache = new VersionedCache<CachedBlock>(BLOCK_CACHE_ENTRIES);

  return {
    async enrich(rootUid: string, data: unknown, options: EnrichOptions): Promise<EnrichResult> {
      const now = options.now ?? new Date();
      const at = now.getTime();
      const settings = await getService(strapi, 'settings').get(options.contentVersion);
      const version = settings.reuseEnrichment ? options.contentVersion : undefined;
      const found = collectTargets(rootUid, data, { getSchema, contentTypes: new Set(settings.contentTypes), locale: options.locale });
      let nextChangeAt: Date | null = null;
      const shared: SharedPart[] = [];
      const consider = (until: number | null) => {
        if (until !== null && until > at && (!nextChangeAt || until < nextChangeAt.getTime())) nextChangeAt = new Date(until);
      };
      const earliest = (a: number | null, b: Date | null) => {
        const t = b ? b.getTime() : null;
        if (t === null || t <= at) return a;
        return a === null || t < a ? t : a;
      };

      const infoKey = (uid: string, documentId: string, locale: string) => `${uid}|${documentId}|${locale}|${options.status}`;
      const citedStatus = options.citedStatus ?? options.status;
      const blockKey = (id: number, locale: string) => `${id}|${locale}|${options.status}|${citedStatus}`;
      const cachedInfo = (uid: string, documentId: string, locale: string) =>
        version === undefined ? undefined : infoCache.get(version, infoKey(uid, documentId, locale), at);
      const cachedBlock = (id: number, locale: string) =>
        version === undefined ? undefined : blockCache.get(version, blockKey(id, locale), at);

      const byType = new Map<string, { documentId: string; locale: string }[]>();
      for (const { uid, entry, locale } of found.entries) {
        if (cachedInfo(uid, entry.documentId as string, locale)) continue;
        const list = byType.get(uid) ?? [];
        list.push({ documentId: entry.documentId as string, locale });
        byType.set(uid, list);
      }
      const missingBlocks = found.statBlocks.filter(({ block, locale }) => !cachedBlock(block.id, locale)).map(({ block }) => block.id);
      const freshness = getService(strapi, 'freshness');
      const [rowsByType, blocks] = await Promise.all([
        Promise.all([...byType.entries()].map(async ([uid, refs]) => [uid, await freshness.load(uid, refs, options.status)] as const)),
        getService(strapi, 'stat-blocks').load(missingBlocks, options.status, citedStatus),
      ]);
      const rows = new Map(rowsByType);
      // Follow-ups of the rows just loaded: one more query per type that has the relation.
      const followUpService = getService(strapi, 'follow-ups');
      const followUps = new Map(
        await Promise.all(
          rowsByType
            .filter(([uid, typeRows]) => typeRows.size > 0 && followUpService.supports(uid))
            .map(
              async ([uid, typeRows]) =>
                [
                  uid,
                  await followUpService.load(
                    uid,
                    [...typeRows.values()].map((row) => row.id),
                  ),
                ] as const,
            ),
        ),
      );

      for (const { uid, entry, locale } of found.entries) {
        const documentId = entry.documentId as string;
        let cached = cachedInfo(uid, documentId, locale);
        if (!cached) {
          const typeRows = rows.get(uid);
          const row = typeRows?.get(rowKey(documentId, locale)) ?? typeRows?.get(rowKey(documentId, null));
          let info: EditorialInfo = { outdatedAt: null, banner: null };
          let validUntil: number | null = null;
          if (row) {
            const result = freshness.compute(row, settings, now);
            const followUp = followUps.get(uid)?.get(row.id) ?? null;
            info = buildEditorialInfo(result, {
              locale: resolveLocale(locale),
              timeZone: settings.timeZone,
              templates: settings.bannerTemplates,
              followUp,
            });
            validUntil = earliest(validUntil, result.outdatedAt);
            // A banner names the age in years: it changes on the next anniversary. Counted a
            // day early so no time zone makes the answer's lifetime too long; within that
            // last day, answers live an hour at most.
            if (info.banner && result.referenceDate) {
              const early = addMonths(result.referenceDate, 12 * (result.ageYears + 1)).getTime() - DAY_MS;
              validUntil = earliest(validUntil, new Date(early > at ? early : at + HOUR_MS));
            }
          }
          cached = { info, lean: infoWithoutMarkup(info), validUntil };
          if (version !== undefined) infoCache.set(version, infoKey(uid, documentId, locale), cached);
        }
        entry.editorial = options.markup ? cached.info : cached.lean;
        shared.push({ holder: entry, key: 'editorial' });
        consider(cached.validUntil);
      }

      for (const { block, locale } of found.statBlocks) {
        let cached = cachedBlock(block.id, locale);
        if (!cached) {
          const input = blocks.get(block.id);
          if (!input) continue;
          const rendered = renderSafely(strapi, block.id, input, {
            locale: resolveLocale(locale),
            timeZone: settings.timeZone,
            studyOutdatedAfterMonths: settings.studyOutdatedAfterMonths,
            now,
          });
          let validUntil: number | null = null;
          for (const stat of input.statistics) {
            const publishedOn = toDate(stat.study?.publishedOn ?? null);
            if (publishedOn) validUntil = earliest(validUntil, addMonths(publishedOn, settings.studyOutdatedAfterMonths));
          }
          cached = { rendered, lean: withoutMarkup(rendered), validUntil };
          if (version !== undefined) blockCache.set(version, blockKey(block.id, locale), cached);
        }
        block.rendered = options.markup ? cached.rendered : cached.lean;
        shared.push({ holder: block, key: 'rendered' });
        consider(cached.validUntil);
      }
      return { nextChangeAt, entries: found.entries.length, statBlocks: found.statBlocks.length, shared };
    },
  };
};

export type EnrichmentService = ReturnType<typeof createEnrichmentService>;
export default createEnrichmentService;
