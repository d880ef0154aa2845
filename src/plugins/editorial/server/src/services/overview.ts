/**
 * The editors' freshness overview: every published entry of a banner type in one locale,
 * its state and dates, with counts, filters, search, sort and pagination done on the
 * small freshness rows (one query) before the page is returned.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DAY_MS, toDate, wholeYearsBetween } from '../domain/calendar';
import { isStudyOutdated } from '../domain/freshness';
import { onlyReadable } from '../domain/document-access';
import { getService } from '../get-service';
import type { FreshnessRow } from './freshness';
import { VersionedCache } from '../cache/versioned-cache';
import type { OverviewFilter, OverviewSort, OverviewRow, OverviewResult } from '../contract';
import { isLocaleCode } from '../domain/locale';

export const OVERVIEW_FILTERS = [
  'all',
  'outdated',
  'dueSoon',
  'evergreen',
  'archived',
  'fresh',
  'citesOldData',
] as const satisfies readonly OverviewFilter[];
export const OVERVIEW_SORTS = ['outdatedAt', 'referenceDate', 'title', 'oldestStudyOn'] as const satisfies readonly OverviewSort[];
export type { OverviewFilter, OverviewSort, OverviewRow, OverviewResult } from '../contract';

export interface OverviewQuery {
  uid: string;
  locale: string;
  filter: OverviewFilter;
  q: string;
  sort: OverviewSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
  now?: Date;
  /** Row ids the caller may read (the content manager's conditions); null or absent: every row. */
  readableIds?: ReadonlySet<number> | null;
}

const DUE_SOON_DAYS = 90;

function intParam(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new errors.ValidationError(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

export function parseOverviewQuery(query: Record<string, unknown>, defaults: { uid: string; locale: string }): OverviewQuery {
  const filter = (query.filter ?? 'all') as OverviewFilter;
  if (!OVERVIEW_FILTERS.includes(filter)) throw new errors.ValidationError(`filter must be one of ${OVERVIEW_FILTERS.join(', ')}`);
  const sort = (query.sort ?? 'outdatedAt') as OverviewSort;
  if (!OVERVIEW_SORTS.includes(sort)) throw new errors.ValidationError(`sort must be one of ${OVERVIEW_SORTS.join(', ')}`);
  const order = (query.order ?? 'asc') as 'asc' | 'desc';
  if (order !== 'asc' && order !== 'desc') throw new errors.ValidationError('order must be asc or desc');
  const locale = typeof query.locale === 'string' && query.locale ? query.locale : defaults.locale;
  if (!isLocaleCode(locale)) throw new errors.ValidationError('locale must look like "de" or "en"');
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 200) : '';
  return {
    uid: defaults.uid,
    locale,
    filter,
    q,
    sort,
    order,
    page: intParam('page', query.page, 1, 1, 100_000),
    pageSize: intParam('pageSize', query.pageSize, 25, 1, 100),
  };
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

    async list(query: OverviewQuery): Promise<OverviewResult> {
      const now = query.now ?? new Date();
      const settings = await getService(strapi, 'settings').get();
      const freshness = getService(strapi, 'freshness');
      const [allRows, citations] = await Promise.all([
        freshness.loadAll(query.uid, query.locale, 'published'),
        getService(strapi, 'study-citations').summarize(query.uid, query.locale),
      ]);
      // Counts, filters and pages only over what the caller may read.
      const rows = onlyReadable(allRows, query.readableIds ?? null);
      const dueLimit = now.getTime() + DUE_SOON_DAYS * DAY_MS;

      const computed = rows.map((row: FreshnessRow) => {
        const result = freshness.compute(row, settings, now);
        const dueSoon = result.state === 'fresh' && result.outdatedAt !== null && result.outdatedAt.getTime() <= dueLimit;
        const cited = citations.get(row.id);
        const oldest = toDate(cited?.oldestStudyOn ?? null);
        const studies = {
          oldestStudyOn: cited?.oldestStudyOn ?? null,
          oldestStudyAgeYears: oldest ? wholeYearsBetween(oldest, now) : null,
          citesOutdatedStudy: isStudyOutdated(oldest, settings.studyOutdatedAfterMonths, now),
          citesSuperseded: cited?.citesSuperseded ?? false,
        };
        return { row, result, dueSoon, studies, citesOldData: studies.citesOutdatedStudy || studies.citesSuperseded };
      });

      const counts = { total: computed.length, outdated: 0, dueSoon: 0, evergreen: 0, archived: 0, fresh: 0, citesOldData: 0 };
      for (const c of computed) {
        if (c.result.state === 'outdated') counts.outdated += 1;
        else if (c.result.state === 'evergreen') counts.evergreen += 1;
        else if (c.result.state === 'archived') counts.archived += 1;
        else if (c.result.state === 'fresh') counts.fresh += 1;
        if (c.dueSoon) counts.dueSoon += 1;
        if (c.citesOldData) counts.citesOldData += 1;
      }

      const needle = query.q.toLocaleLowerCase('de');
      const filtered = computed.filter((c) => {
        if (needle && !(c.row.title ?? '').toLocaleLowerCase('de').includes(needle)) return false;
        switch (query.filter) {
          case 'outdated':
            return c.result.state === 'outdated';
          case 'dueSoon':
            return c.dueSoon;
          case 'citesOldData':
            return c.citesOldData;
          case 'all':
            return true;
          default:
            return c.result.state === query.filter;
        }
      });

      const direction = query.order === 'desc' ? -1 : 1;
      const time = (d: Date | null) => (d ? d.getTime() : null);
      // Entries without the date (evergreen, undated, no study) come last in either order.
      const byDate = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : (a - b) * direction);
      filtered.sort((a, b) => {
        let diff = 0;
        if (query.sort === 'title') diff = (a.row.title ?? '').localeCompare(b.row.title ?? '', 'de') * direction;
        else if (query.sort === 'referenceDate') diff = byDate(time(a.result.referenceDate), time(b.result.referenceDate));
        else if (query.sort === 'oldestStudyOn')
          diff = byDate(time(toDate(a.studies.oldestStudyOn)), time(toDate(b.studies.oldestStudyOn)));
        else diff = byDate(time(a.result.outdatedAt), time(b.result.outdatedAt));
        return diff || a.row.id - b.row.id;
      });

      const total = filtered.length;
      const start = (query.page - 1) * query.pageSize;
      const data: OverviewRow[] = filtered.slice(start, start + query.pageSize).map(({ row, result, dueSoon, studies }) => ({
        documentId: row.documentId,
        locale: row.locale ?? null,
        title: row.title ?? null,
        slug: row.slug ?? null,
        category: row.category?.name ?? null,
        freshness: row.freshness ?? 'auto',
        state: result.state,
        referenceDate: result.referenceDate?.toISOString() ?? null,
        outdatedAt: result.outdatedAt?.toISOString() ?? null,
        lastReviewedAt: row.lastReviewedAt ? new Date(row.lastReviewedAt).toISOString() : null,
        dueSoon,
        ...studies,
      }));
      return {
        data,
        meta: { counts, pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
      };
    },
  };
};

export type OverviewService = ReturnType<typeof createOverviewService>;
export default createOverviewService;
