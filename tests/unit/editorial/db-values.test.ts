import { dbBoolean, dbDate, dbDateTime, dbNumber } from '../../../src/plugins/editorial/server/src/domain/db-values';

describe('db-values: driver values as Strapi returns them', () => {
  it('reads datetimes from SQLite epoch milliseconds, Date objects and timestamp text', () => {
    expect(dbDateTime(1266448589924)).toBe('2010-02-17T23:16:29.924Z');
    expect(dbDateTime('1266448589924')).toBe('2010-02-17T23:16:29.924Z');
    expect(dbDateTime(new Date('2024-05-06T07:08:09.000Z'))).toBe('2024-05-06T07:08:09.000Z');
    expect(dbDateTime('2024-05-06T07:08:09.000Z')).toBe('2024-05-06T07:08:09.000Z');
    expect(dbDateTime(null)).toBeNull();
    expect(dbDateTime(undefined)).toBeNull();
    expect(dbDateTime('')).toBeNull();
    expect(dbDateTime('kein Datum')).toBeNull();
    expect(dbDateTime({})).toBeNull();
  });

  it('keeps date columns as YYYY-MM-DD', () => {
    expect(dbDate('2014-02-01')).toBe('2014-02-01');
    expect(dbDate('2014-02-01T00:00:00.000Z')).toBe('2014-02-01');
    expect(dbDate(new Date(2014, 1, 1))).toBe('2014-02-01');
    expect(dbDate(null)).toBeNull();
    expect(dbDate(new Date('x'))).toBeNull();
    // Text that is no date (an aggregate over no rows in some drivers, a damaged value) is no date.
    expect(dbDate('kein Datum')).toBeNull();
  });

  it('reads booleans stored as 0/1, t/f or true/false; anything else is unset', () => {
    expect([true, 1, '1', 't', 'true'].map(dbBoolean)).toEqual([true, true, true, true, true]);
    expect([false, 0, '0', 'f', 'false'].map(dbBoolean)).toEqual([false, false, false, false, false]);
    expect([null, undefined, 2, 'ja'].map(dbBoolean)).toEqual([null, null, null, null]);
  });

  it('reads numbers from numbers and decimal strings', () => {
    expect(dbNumber(13.7)).toBe(13.7);
    expect(dbNumber('13.70')).toBe(13.7);
    expect(dbNumber(0)).toBe(0);
    expect(dbNumber(null)).toBeNull();
    expect(dbNumber('')).toBeNull();
    expect(dbNumber('abc')).toBeNull();
    expect(dbNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
