import { formatDisplayDate, formatStudyDate } from '../../../src/plugins/editorial/shared/study-date';

describe('formatStudyDate', () => {
  it.each([
    ['2014-03-04', 'day', 'de', '4. März 2014'],
    ['2014-02-01', 'month', 'de', 'Februar 2014'],
    ['2014-02-01', 'year', 'de', '2014'],
    ['2014-03-04', 'day', 'en', 'March 4, 2014'],
    ['2014-02-01', 'month', 'en', 'February 2014'],
    ['2014-02-01', 'year', 'en', '2014'],
  ] as const)('%s at %s precision in %s → %s', (date, precision, locale, expected) => {
    expect(formatStudyDate(date, precision, locale)).toBe(expected);
  });

  it('never shifts a plain calendar date, whatever the time zone', () => {
    expect(formatStudyDate('2014-03-01', 'day', 'de', 'America/New_York')).toBe('1. März 2014');
    expect(formatStudyDate('2014-03-01', 'month', 'en', 'America/Los_Angeles')).toBe('March 2014');
    expect(formatStudyDate('2014-01-01', 'year', 'de', 'Pacific/Honolulu')).toBe('2014');
  });

  it('formats datetimes in the given zone (Berlin by default)', () => {
    expect(formatStudyDate('2014-03-03T23:30:00Z', 'day', 'de')).toBe('4. März 2014');
    expect(formatStudyDate('2014-03-03T23:30:00Z', 'day', 'de', 'UTC')).toBe('3. März 2014');
    expect(formatStudyDate('2014-02-28T23:30:00Z', 'month', 'de', 'Europe/Berlin')).toBe('März 2014');
  });

  it('throws on invalid dates and precisions', () => {
    expect(() => formatStudyDate('2014-02-30', 'day', 'de')).toThrow(RangeError);
    expect(() => formatStudyDate('gestern', 'day', 'de')).toThrow(/not an ISO date/);
    expect(() => formatStudyDate('2014-02-01', 'week' as never, 'de')).toThrow(/unknown precision/);
  });
});

describe('formatDisplayDate', () => {
  const lateEvening = new Date('2014-03-03T23:30:00Z');

  it('shows the day as seen in Berlin', () => {
    expect(formatDisplayDate(lateEvening, 'de', 'Europe/Berlin')).toBe('4. März 2014');
    expect(formatDisplayDate(lateEvening, 'en', 'Europe/Berlin')).toBe('March 4, 2014');
    expect(formatDisplayDate(lateEvening, 'de')).toBe('4. März 2014');
  });

  it('respects other zones', () => {
    expect(formatDisplayDate(lateEvening, 'en', 'America/New_York')).toBe('March 3, 2014');
    expect(formatDisplayDate(lateEvening, 'de', 'UTC')).toBe('3. März 2014');
  });

  it('falls back to German for locales Intl does not know, and rejects invalid dates', () => {
    expect(formatDisplayDate(lateEvening, 'xx', 'Europe/Berlin')).toBe('4. März 2014');
    expect(() => formatDisplayDate(new Date('nonsense'), 'de', 'Europe/Berlin')).toThrow(TypeError);
  });
});
