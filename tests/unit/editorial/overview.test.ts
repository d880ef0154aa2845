import { arrangeOverview, overviewItem, type OverviewItem } from '../../../src/plugins/editorial/server/src/freshness/overview-rules';

const now = new Date('2026-06-01T00:00:00Z');
const item = (id: number, change: Partial<OverviewItem>): OverviewItem => ({
  id,
  documentId: `doc${id}`,
  locale: 'de',
  title: `Artikel ${id}`,
  slug: `artikel-${id}`,
  category: null,
  freshness: 'auto',
  state: 'fresh',
  referenceDate: '2025-01-01T00:00:00.000Z',
  outdatedAt: '2027-01-01T00:00:00.000Z',
  lastReviewedAt: null,
  dueSoon: false,
  oldestStudyOn: null,
  oldestStudyAgeYears: null,
  citesOutdatedStudy: false,
  citesSuperseded: false,
  owner: null,
  ...change,
});
const query = { filter: 'all', q: '', sort: 'outdatedAt', order: 'asc', page: 1, pageSize: 25 } as const;
const ids = (result: ReturnType<typeof arrangeOverview>) => result.data.map((row) => row.documentId);

const items = [
  item(1, { state: 'outdated', outdatedAt: '2025-03-01T00:00:00.000Z', title: 'Zielgruppen 2019' }),
  item(2, { state: 'evergreen', outdatedAt: null, title: 'Was macht ein Social Media Manager?' }),
  item(3, { dueSoon: true, outdatedAt: '2026-07-01T00:00:00.000Z', citesSuperseded: true, title: 'Ärger mit Algorithmen' }),
  item(4, { state: 'archived', outdatedAt: null, citesOutdatedStudy: true, oldestStudyOn: '2014-05-01' }),
  item(5, { state: 'outdated', outdatedAt: '2024-01-01T00:00:00.000Z', oldestStudyOn: '2019-01-01' }),
  item(6, { state: 'undated', outdatedAt: null, referenceDate: null }),
];

describe('freshness/overview-rules: counts, search, filter, sort and page', () => {
  it('counts over everything, whatever the filter', () => {
    const { meta } = arrangeOverview(items, { ...query, filter: 'outdated' });
    expect(meta.counts).toEqual({ total: 6, outdated: 2, dueSoon: 1, evergreen: 1, archived: 1, fresh: 1, citesOldData: 2 });
    expect(meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 2 });
  });

  it.each([
    ['outdated', ['doc5', 'doc1']],
    ['dueSoon', ['doc3']],
    ['citesOldData', ['doc3', 'doc4']],
    ['evergreen', ['doc2']],
    ['archived', ['doc4']],
    ['fresh', ['doc3']],
  ] as const)('filter %s', (filter, expected) => {
    expect(ids(arrangeOverview(items, { ...query, filter }))).toEqual(expected);
  });

  it('sorts by date with undated entries last in both orders, ties by row id', () => {
    expect(ids(arrangeOverview(items, query))).toEqual(['doc5', 'doc1', 'doc3', 'doc2', 'doc4', 'doc6']);
    expect(ids(arrangeOverview(items, { ...query, order: 'desc' }))).toEqual(['doc3', 'doc1', 'doc5', 'doc2', 'doc4', 'doc6']);
    expect(ids(arrangeOverview(items, { ...query, sort: 'oldestStudyOn' })).slice(0, 2)).toEqual(['doc4', 'doc5']);
  });

  it('sorts titles the German way and searches them without regard to case', () => {
    const sorted = arrangeOverview(items.slice(0, 3), { ...query, sort: 'title' });
    expect(sorted.data.map((row) => row.title)).toEqual([
      'Ärger mit Algorithmen',
      'Was macht ein Social Media Manager?',
      'Zielgruppen 2019',
    ]);
    expect(ids(arrangeOverview(items, { ...query, q: 'ärger' }))).toEqual(['doc3']);
  });

  it('pages, and leaves the row id out of the answer', () => {
    const page = arrangeOverview(items, { ...query, page: 2, pageSize: 4 });
    expect(ids(page)).toEqual(['doc4', 'doc6']);
    expect(page.meta.pagination).toEqual({ page: 2, pageSize: 4, pageCount: 2, total: 6 });
    expect(page.data[0]).not.toHaveProperty('id');
  });
});

describe('freshness/overview-rules: one entry’s row', () => {
  const result = {
    state: 'fresh' as const,
    referenceDate: new Date('2024-08-01T00:00:00Z'),
    outdatedAt: new Date('2026-08-01T00:00:00Z'),
    ageYears: 1,
    bannerKind: null,
  };
  const row = {
    id: 9,
    documentId: 'd',
    locale: 'de',
    title: 'T',
    slug: 't',
    freshness: null,
    lastReviewedAt: '2025-02-03T04:05:06.000Z',
    category: { name: 'Studien' },
  };

  it('is due soon within 90 days of its banner, and says what it cites', () => {
    const made = overviewItem(row, result, { oldestStudyOn: '2019-05-01', citesSuperseded: true }, { studyOutdatedAfterMonths: 24, now });
    expect(made).toMatchObject({
      id: 9,
      freshness: 'auto',
      category: 'Studien',
      dueSoon: true,
      outdatedAt: '2026-08-01T00:00:00.000Z',
      lastReviewedAt: '2025-02-03T04:05:06.000Z',
      oldestStudyAgeYears: 7,
      citesOutdatedStudy: true,
      citesSuperseded: true,
    });
    const later = overviewItem(row, { ...result, outdatedAt: new Date('2026-09-15T00:00:00Z') }, undefined, {
      studyOutdatedAfterMonths: 24,
      now,
    });
    expect(later).toMatchObject({
      dueSoon: false,
      oldestStudyOn: null,
      oldestStudyAgeYears: null,
      citesOutdatedStudy: false,
      citesSuperseded: false,
    });
  });
});

describe('freshness/overview-rules: "Meine Artikel"', () => {
  const owned = [
    item(1, { state: 'outdated', owner: { id: 7, name: 'Mara Müller' } }),
    item(2, { owner: { id: 8, name: 'Jonas Becker' } }),
    item(3, { state: 'outdated', owner: null }),
    item(4, { dueSoon: true, owner: { id: 7, name: 'Mara Müller' } }),
  ];

  it("lists and counts only the owner's entries", () => {
    const result = arrangeOverview(owned, { ...query, ownerId: 7 });
    expect(ids(result)).toEqual(['doc1', 'doc4']);
    expect(result.meta.counts).toMatchObject({ total: 2, outdated: 1, dueSoon: 1 });
    expect(result.data[0].owner).toEqual({ id: 7, name: 'Mara Müller' });
  });

  it("without an owner filter lists everyone's", () => {
    expect(arrangeOverview(owned, { ...query, ownerId: null }).meta.counts.total).toBe(4);
    expect(arrangeOverview(owned, query).meta.counts.total).toBe(4);
  });

  it("an editor who owns nothing sees an empty list, not everyone's", () => {
    expect(arrangeOverview(owned, { ...query, ownerId: 99 }).meta.counts.total).toBe(0);
  });
});
