import { addMonths, isPlainDate, toDate, wholeYearsBetween } from '../../../src/plugins/editorial/shared/calendar';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

describe('addMonths', () => {
  it.each([
    ['2016-02-29T00:00:00.000Z', 24, '2018-02-28T00:00:00.000Z'],
    ['2016-01-31T00:00:00.000Z', 1, '2016-02-29T00:00:00.000Z'],
    ['2015-01-31T00:00:00.000Z', 1, '2015-02-28T00:00:00.000Z'],
    ['2016-02-29T00:00:00.000Z', 48, '2020-02-29T00:00:00.000Z'],
    ['2015-11-30T00:00:00.000Z', 3, '2016-02-29T00:00:00.000Z'],
    ['2016-03-31T00:00:00.000Z', -1, '2016-02-29T00:00:00.000Z'],
    ['2014-03-04T00:00:00.000Z', 24, '2016-03-04T00:00:00.000Z'],
    ['2014-03-04T00:00:00.000Z', 0, '2014-03-04T00:00:00.000Z'],
    ['2014-12-15T00:00:00.000Z', 1, '2015-01-15T00:00:00.000Z'],
    ['2014-08-31T00:00:00.000Z', 1, '2014-09-30T00:00:00.000Z'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(expected);
  });

  it('keeps the UTC time of day, also when clamping to month end', () => {
    expect(addMonths(new Date('2016-02-29T23:45:12.345Z'), 24).toISOString()).toBe('2018-02-28T23:45:12.345Z');
    expect(addMonths(new Date('2016-01-31T08:15:00.000Z'), 1).toISOString()).toBe('2016-02-29T08:15:00.000Z');
  });

  it('does not mutate its input', () => {
    const date = new Date('2016-01-31T00:00:00.000Z');
    addMonths(date, 1);
    expect(date.toISOString()).toBe('2016-01-31T00:00:00.000Z');
  });

  it('rejects fractional months and invalid dates', () => {
    expect(() => addMonths(new Date('2016-01-31T00:00:00Z'), 1.5)).toThrow(RangeError);
    expect(() => addMonths(new Date('2016-01-31T00:00:00Z'), Number.NaN)).toThrow(RangeError);
    expect(() => addMonths(new Date('nonsense'), 1)).toThrow(TypeError);
  });
});

describe('wholeYearsBetween', () => {
  const d = (s: string) => new Date(s);

  it('counts completed years like a birthday', () => {
    expect(wholeYearsBetween(d('2014-03-04T00:00:00Z'), d('2016-03-03T23:59:59.999Z'))).toBe(1);
    expect(wholeYearsBetween(d('2014-03-04T00:00:00Z'), d('2016-03-04T00:00:00Z'))).toBe(2);
    expect(wholeYearsBetween(d('2014-03-04T00:00:00Z'), d('2025-06-15T12:00:00Z'))).toBe(11);
    expect(wholeYearsBetween(d('2014-03-04T00:00:00Z'), d('2014-12-31T00:00:00Z'))).toBe(0);
  });

  it('treats 28 February as the anniversary of a leap day, like addMonths', () => {
    expect(wholeYearsBetween(d('2016-02-29T10:00:00Z'), d('2017-02-28T09:59:59.999Z'))).toBe(0);
    expect(wholeYearsBetween(d('2016-02-29T10:00:00Z'), d('2017-02-28T10:00:00Z'))).toBe(1);
    expect(wholeYearsBetween(d('2016-02-29T10:00:00Z'), d('2020-02-29T10:00:00Z'))).toBe(4);
  });

  it('is never negative', () => {
    expect(wholeYearsBetween(d('2020-01-01T00:00:00Z'), d('2014-01-01T00:00:00Z'))).toBe(0);
    expect(wholeYearsBetween(d('2020-01-01T00:00:00Z'), d('2020-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('toDate', () => {
  it('reads a plain date as midnight UTC', () => {
    expect(iso(toDate('2014-03-04'))).toBe('2014-03-04T00:00:00.000Z');
    expect(iso(toDate(' 2014-03-04 '))).toBe('2014-03-04T00:00:00.000Z');
  });

  it('reads ISO datetimes with and without offsets', () => {
    expect(iso(toDate('2014-03-03T23:30:00Z'))).toBe('2014-03-03T23:30:00.000Z');
    expect(iso(toDate('2014-03-03T23:30:00.123Z'))).toBe('2014-03-03T23:30:00.123Z');
    expect(iso(toDate('2014-03-04T10:00:00+01:00'))).toBe('2014-03-04T09:00:00.000Z');
    expect(iso(toDate('2014-03-04T10:00:00+0100'))).toBe('2014-03-04T09:00:00.000Z');
    expect(iso(toDate('2014-03-04T10:00'))).toBe('2014-03-04T10:00:00.000Z');
  });

  it('reads a datetime without offset as UTC, independent of the server zone', () => {
    expect(iso(toDate('2014-03-04T10:00:00'))).toBe('2014-03-04T10:00:00.000Z');
    expect(iso(toDate('2014-03-04 10:00:00'))).toBe('2014-03-04T10:00:00.000Z');
  });

  it('copies Date input and rejects invalid Dates', () => {
    const original = new Date('2014-03-04T00:00:00Z');
    const copy = toDate(original);
    expect(copy).not.toBe(original);
    expect(iso(copy)).toBe('2014-03-04T00:00:00.000Z');
    expect(toDate(new Date('nonsense'))).toBeNull();
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['   '],
    ['2014-02-30'],
    ['2014-13-01'],
    ['2014-00-10'],
    ['2014-02-30T10:00:00Z'],
    ['2014-03-04T25:00:00Z'],
    ['2014-03-04T10:61:00Z'],
    ['March 4, 2014'],
    ['04.03.2014'],
    ['2014-3-4'],
    ['1393891200000'],
  ])('returns null for %p', (value) => {
    expect(toDate(value as string | null | undefined)).toBeNull();
  });

  it('returns null for non-string values that slip through at runtime', () => {
    expect(toDate(1393891200000 as unknown as string)).toBeNull();
  });
});

describe('isPlainDate', () => {
  it('recognises real calendar dates only', () => {
    expect(isPlainDate('2016-02-29')).toBe(true);
    expect(isPlainDate('2015-02-29')).toBe(false);
    expect(isPlainDate('2014-03-04T00:00:00Z')).toBe(false);
  });
});
