import { DUE_SOON_DAYS, isDueSoon, staleKind } from '../../../src/plugins/editorial/server/src/freshness/stale-entry';

const now = new Date('2026-12-01T00:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe('freshness/stale-entry', () => {
  it('an outdated entry is "outdated"', () => {
    expect(staleKind({ state: 'outdated', outdatedAt: days(-3) }, now)).toBe('outdated');
  });

  it(`a fresh entry whose banner appears within ${DUE_SOON_DAYS} days is "due soon", not later`, () => {
    expect(staleKind({ state: 'fresh', outdatedAt: days(DUE_SOON_DAYS) }, now)).toBe('due-soon');
    expect(isDueSoon({ state: 'fresh', outdatedAt: days(1) }, now)).toBe(true);
    expect(staleKind({ state: 'fresh', outdatedAt: days(DUE_SOON_DAYS + 1) }, now)).toBeNull();
  });

  it('evergreen, archived and undated entries are never stale', () => {
    expect(staleKind({ state: 'evergreen', outdatedAt: null }, now)).toBeNull();
    expect(staleKind({ state: 'archived', outdatedAt: null }, now)).toBeNull();
    expect(staleKind({ state: 'undated', outdatedAt: null }, now)).toBeNull();
  });
});
