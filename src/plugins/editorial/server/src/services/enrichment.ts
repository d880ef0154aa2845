/**
 * Attaches `editorial` to every banner-type entry and `rendered` to every study-stat block
 * of a response body. Loads in batches (one query per kind of thing), then computes with
 * the pure domain functions.
 */
import type { Core, UID } from '@strapi/strapi';
import { buildEditorialInfo, infoWithoutMarkup } from '../freshness/banner';
import { resolveLocale } from '../../../shared/locale';
import { renderStatBlockSafely, withoutMarkup, type StatBlockInput, type StatBlockOptions } from '../stat-blocks/rules';
import { blockValidUntil, earliestAfter, infoValidUntil } from '../freshness/valid-until';
import type { EditorialInfo, RenderedStatBlock } from '../../../shared/contracts';
import { collectTargets, type FoundStatBlock, type SchemaLookup } from '../enrichment/collect';
import type { SharedPart } from '../enrichment/encoded-body';
import { getService } from '../get-service';

import { rowKey } from '../freshness/freshness-service';
import type { Status } from '../constants';
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
  /** The stat blocks found, in the order found (an entry's own in document order), each with `rendered` attached where it could be made. */
  statBlocks: FoundStatBlock[];
  /** What was attached, shared with other reads at this version: for encoding it once (enrichment/encoded-body.ts). */
  shared: SharedPart[];
}

/** renderStatBlockSafely, logging what it had to leave out. */
export function renderSafely(strapi: Core.Strapi, blockId: number, input: StatBlockInput, options: StatBlockOptions): RenderedStatBlock {
  const { rendered, leftOut, error } = renderStatBlockSafely(input, options);
  if (error)
    strapi.log.warn(`[editorial] study-stat block ${blockId}: left out ${leftOut} statistic(s) that cannot be shown: ${error.message}`);
  return rendered;
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

interface CachedBlock {
  rendered: RenderedStatBlock;
  /** The same without markup, made once: what most answers carry. */
  lean: RenderedStatBlock;
  validUntil: number | null;
}

const createEnrichmentService = ({ strapi }: { strapi: Core.Strapi }) => {
  // `strapi.contentTypes` rebuilds a map of every type on each access; look up one uid instead.
  const getSchema: SchemaLookup = (uid) => (strapi.getModel(uid as UID.Schema) as any) ?? undefined;
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
      const found = collectTargets(rootUid, data, {
        getSchema,
        contentTypes: new Set(settings.contentTypes),
        statBlockComponent: settings.statBlock.component,
        locale: options.locale,
      });
      let nextChange: number | null = null;
      const shared: SharedPart[] = [];
      const consider = (until: number | null) => {
        nextChange = earliestAfter(at, nextChange, until);
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
            validUntil = infoValidUntil(result, info.banner !== null, at);
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
          const validUntil = blockValidUntil(
            input.statistics.map((stat) => stat.study?.publishedOn),
            settings.studyOutdatedAfterMonths,
            at,
          );
          cached = { rendered, lean: withoutMarkup(rendered), validUntil };
          if (version !== undefined) blockCache.set(version, blockKey(block.id, locale), cached);
        }
        block.rendered = options.markup ? cached.rendered : cached.lean;
        shared.push({ holder: block, key: 'rendered' });
        consider(cached.validUntil);
      }
      // Assigned in `consider`, which TypeScript's narrowing does not follow.
      const changeAt = nextChange as number | null;
      return {
        nextChangeAt: changeAt === null ? null : new Date(changeAt),
        entries: found.entries.length,
        statBlocks: found.statBlocks,
        shared,
      };
    },
  };
};

export type EnrichmentService = ReturnType<typeof createEnrichmentService>;
export default createEnrichmentService;

declare module '../get-service' {
  interface EditorialServices {
    enrichment: EnrichmentService;
  }
}
