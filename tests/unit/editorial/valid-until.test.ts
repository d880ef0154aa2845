import { blockValidUntil, earliestAfter, infoValidUntil } from '../../../src/plugins/editorial/server/src/freshness/valid-until';

const at = (iso: string) => new Date(iso).getTime();
const now = at('2026-06-01T12:00:00Z');

describe('freshness/valid-until: how long computed editorial parts stay true without a write', () => {
  it('earliestAfter keeps the earlier future moment and ignores the past', () => {
    expect(earliestAfter(now, null, null)).toBeNull();
    expect(earliestAfter(now, null, new Date(now - 1))).toBeNull();
    expect(earliestAfter(now, null, now)).toBeNull();
    expect(earliestAfter(now, now + 10, now + 5)).toBe(now + 5);
    expect(earliestAfter(now, now + 5, new Date(now + 10))).toBe(now + 5);
  });

  it('a fresh entry holds until its banner appears', () => {
    const result = { outdatedAt: new Date('2027-01-01T00:00:00Z'), referenceDate: new Date('2025-01-01T00:00:00Z'), ageYears: 1 };
    expect(infoValidUntil(result, false, now)).toBe(at('2027-01-01T00:00:00Z'));
  });

  it('a shown banner holds until a day before the next anniversary (the age it names)', () => {
    const result = { outdatedAt: new Date('2020-03-01T00:00:00Z'), referenceDate: new Date('2018-03-01T00:00:00Z'), ageYears: 8 };
    expect(infoValidUntil(result, true, now)).toBe(at('2027-02-28T00:00:00Z'));
  });

  it('within that last day, an hour', () => {
    const result = { outdatedAt: null, referenceDate: new Date('2018-06-02T00:00:00Z'), ageYears: 7 };
    expect(infoValidUntil(result, true, now)).toBe(now + 60 * 60 * 1000);
  });

  it('without a date, until the next write', () => {
    expect(infoValidUntil({ outdatedAt: null, referenceDate: null, ageYears: 0 }, true, now)).toBeNull();
  });

  it('a stat block holds until its first cited study gets old; old and undated studies do not limit it', () => {
    expect(blockValidUntil(['2025-03-01', '2024-09-15', null, '2010-01-01', undefined], 24, now)).toBe(at('2026-09-15T00:00:00Z'));
    expect(blockValidUntil([null, '2010-01-01'], 24, now)).toBeNull();
  });
});
