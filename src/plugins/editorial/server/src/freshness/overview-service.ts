/**
 * The editors' freshness overview: loads every published entry of a banner type in one
 * locale (the small freshness rows, one query) and what they cite; the rows, counts,
 * filters, search, sort and page are computed by freshness/overview-rules.ts.
 */
import type { Core } from '@strapi/strapi';
import { onlyReadable } from '../domain/document-access';
import { getService } from '../get-service';
import type { FreshnessRow } from './freshness-service';
import { VersionedCache } from '../cache/versioned-cache';
import type { OverviewResult } from '../../../shared/contracts';
import { arrangeOverview, overviewItem, type OverviewQuery } from './overview-rules';

export type { OverviewFilter, OverviewSort, OverviewRow, OverviewResult } from '../../../shared/contracts';

/** What the overview service is asked: a checked query (freshness/validation.ts), and for whom. */
export interface OverviewRequest extends OverviewQuery {
  now?: Date;
  /** Row ids the caller may read (the content manager's conditions); null or absent: every row. */
  readableIds?: ReadonlySet<number> | null;
}

interface BannerOrder {
  /** documentIds of the entries that show readers a banner, longest outdated first. */
  documentIds: string[];
  validUntil: number | null;
}

const createOverviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  // Per content version and locale: the order only changes on a write or when the next
  // entry's banner appears.
  const bannerOrders = new VersionedCache<BannerOrder>(100);

  return {
    /** Entries that show readers a banner (outdated or archived), longest outdated first. */
    async withBanner(uid: string, locale: string, options: { now?: Date; contentVersion?: number } = {}): Promise<string[]> {
      const now = options.now ?? new Date();
      const key = `${uid}|${locale}`;
      const version = options.contentVersion;
      const cached = version === undefined ? undefined : bannerOrders.get(version, key, now.getTime());
      if (cached) return cached.documentIds;
      const settings = await getService(strapi, 'settings').get(version);
      const freshness = getService(strapi, 'freshness');
      let validUntil: number | null = null;
      const shown: Array<{ id: number; documentId: string; outdatedAt: number | null }> = [];
      for (const row of await freshness.loadAll(uid, locale, 'published')) {
        const result = freshness.compute(row, settings, now);
        if (result.state === 'outdated' || result.state === 'archived') {
          shown.push({ id: row.id, documentId: row.documentId, outdatedAt: result.outdatedAt ? result.outdatedAt.getTime() : null });
        } else if (result.state === 'fresh' && result.outdatedAt && result.outdatedAt.getTime() > now.getTime()) {
          validUntil = validUntil === null ? result.outdatedAt.getTime() : Math.min(validUntil, result.outdatedAt.getTime());
        }
      }
      // Without a date (archived, undated) last; ties by row id, as the overview sorts.
      shown.sort(
        (a, b) =>
          (a.outdatedAt === null ? (b.outdatedAt === null ? 0 : 1) : b.outdatedAt === null ? -1 : a.outdatedAt - b.outdatedAt) ||
          a.id - b.id,
      );
      const documentIds = shown.map((entry) => entry.documentId);
      if (version !== undefined) bannerOrders.set(version, key, { documentIds, validUntil });
      return documentIds;
    },

    async list(query: OverviewRequest): Promise<OverviewResult> {
      const now = query.now ?? new Date();
      const settings = await getService(strapi, 'settings').get();
      const freshness = getService(strapi, 'freshness');
      const [allRows, citations] = await Promise.all([
        freshness.loadAll(query.uid, query.locale, 'published', { withOwner: true }),
        getService(strapi, 'study-citations').summarize(query.uid, query.locale),
      ]);
      // Counts, filters and pages only over what the caller may read.
      const items = onlyReadable(allRows, query.readableIds ?? null).map((row: FreshnessRow) =>
        overviewItem(row, freshness.compute(row, settings, now), citations.get(row.id), {
          studyOutdatedAfterMonths: settings.studyOutdatedAfterMonths,
          now,
        }),
      );
      return arrangeOverview(items, query);
    },
  };
};

export type OverviewService = ReturnType<typeof createOverviewService>;
export default createOverviewService;

declare module '../get-service' {
  interface EditorialServices {
    overview: OverviewService;
  }
}
