/**
 * The editors' freshness overview, pure: one row per entry, and the counts, search, filter,
 * sort and page over those rows. What it offers (filters, sorts, page sizes) is defined once
 * in shared/overview-options.ts, for the query check and the admin page alike.
 * freshness/overview-service.ts loads.
 */
import type { OverviewFilter, OverviewResult, OverviewRow, OverviewSort } from '../../../shared/contracts';
import { toDate, wholeYearsBetween } from '../../../shared/calendar';
import { isStudyOutdated, type FreshnessResult } from './rules';
import { isDueSoon } from './stale-entry';

/** A checked overview query. */
export interface OverviewQuery {
  uid: string;
  locale: string;
  filter: OverviewFilter;
  q: string;
  sort: OverviewSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** "Meine Artikel": only entries this admin user owns; null: everyone's. */
  ownerId: number | null;
}

export { DUE_SOON_DAYS } from './stale-entry';

/** An overview row with the entry's row id (the tie-break of every sort). */
export interface OverviewItem extends OverviewRow {
  id: number;
}

/** What the overview reads of an entry's freshness row. */
export interface OverviewSource {
  id: number;
  documentId: string;
  locale: string | null;
  title?: string | null;
  slug?: string | null;
  freshness?: OverviewRow['freshness'] | null;
  lastReviewedAt?: string | null;
  category?: { name?: string | null } | null;
  owner?: { id: number; name: string } | null;
}

/** One entry's row: its state and dates (computed by domain/freshness) and what it cites. */
export function overviewItem(
  row: OverviewSource,
  result: FreshnessResult,
  cited: { oldestStudyOn: string | null; citesSuperseded: boolean } | undefined,
  options: { studyOutdatedAfterMonths: number; now: Date },
): OverviewItem {
  const { now } = options;
  const oldest = toDate(cited?.oldestStudyOn ?? null);
  return {
    id: row.id,
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
    dueSoon: isDueSoon(result, now),
    oldestStudyOn: cited?.oldestStudyOn ?? null,
    oldestStudyAgeYears: oldest ? wholeYearsBetween(oldest, now) : null,
    citesOutdatedStudy: isStudyOutdated(oldest, options.studyOutdatedAfterMonths, now),
    citesSuperseded: cited?.citesSuperseded ?? false,
    owner: row.owner ? { id: row.owner.id, name: row.owner.name } : null,
  };
}

const citesOldData = (item: OverviewRow) => item.citesOutdatedStudy || item.citesSuperseded;

function matches(item: OverviewRow, filter: OverviewFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'dueSoon':
      return item.dueSoon;
    case 'citesOldData':
      return citesOldData(item);
    default:
      return item.state === filter;
  }
}

const time = (value: string | null) => toDate(value)?.getTime() ?? null;
const SORT_DATES: Record<Exclude<OverviewSort, 'title'>, (item: OverviewRow) => number | null> = {
  outdatedAt: (item) => time(item.outdatedAt),
  referenceDate: (item) => time(item.referenceDate),
  oldestStudyOn: (item) => time(item.oldestStudyOn),
};

/**
 * Counts over every item (or every item the owner filter keeps); then the search (in
 * titles), the filter, the order and one page.
 */
export function arrangeOverview(
  allItems: readonly OverviewItem[],
  query: Pick<OverviewQuery, 'filter' | 'q' | 'sort' | 'order' | 'page' | 'pageSize'> & { ownerId?: number | null },
): OverviewResult {
  const ownerId = query.ownerId ?? null;
  const items = ownerId === null ? allItems : allItems.filter((item) => item.owner?.id === ownerId);
  const counts = { total: items.length, outdated: 0, dueSoon: 0, evergreen: 0, archived: 0, fresh: 0, citesOldData: 0 };
  for (const item of items) {
    if (item.state !== 'undated') counts[item.state] += 1;
    if (item.dueSoon) counts.dueSoon += 1;
    if (citesOldData(item)) counts.citesOldData += 1;
  }

  const needle = query.q.toLocaleLowerCase('de');
  const found = items.filter(
    (item) => (!needle || (item.title ?? '').toLocaleLowerCase('de').includes(needle)) && matches(item, query.filter),
  );

  const direction = query.order === 'desc' ? -1 : 1;
  // Entries without the date (evergreen, undated, no study) come last in either order.
  const byDate = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : (a - b) * direction);
  const sorted = [...found].sort((a, b) => {
    const diff =
      query.sort === 'title'
        ? (a.title ?? '').localeCompare(b.title ?? '', 'de') * direction
        : byDate(SORT_DATES[query.sort](a), SORT_DATES[query.sort](b));
    return diff || a.id - b.id;
  });

  const total = sorted.length;
  const start = (query.page - 1) * query.pageSize;
  const data = sorted.slice(start, start + query.pageSize).map(({ id: _id, ...row }) => row);
  return {
    data,
    meta: { counts, pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
  };
}
