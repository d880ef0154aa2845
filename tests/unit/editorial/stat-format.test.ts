import { formatFigure, InvalidFigureError, validateFigure } from '../../../src/plugins/editorial/server/src/stat-blocks/stat-format';

describe('formatFigure: percent', () => {
  it('writes German percentages with a no-break space before %', () => {
    const display = formatFigure({ value: 13.7, unit: 'percent', base: null, qualifier: 'exact' }, 'de');
    expect(display).toBe('13,7\u00a0%');
    expect(display.charCodeAt(4)).toBe(0x00a0);
    expect(display).not.toContain(' ');
    expect(formatFigure({ value: 80, unit: 'percent', base: null, qualifier: 'exact' }, 'de')).toBe('80\u00a0%');
    expect(formatFigure({ value: 9, unit: 'percent', base: null, qualifier: 'exact' }, 'de')).toBe('9\u00a0%');
  });

  it('writes English percentages closed up', () => {
    expect(formatFigure({ value: 13.7, unit: 'percent', base: null, qualifier: 'exact' }, 'en')).toBe('13.7%');
    expect(formatFigure({ value: 80, unit: 'percent', base: null, qualifier: 'exact' }, 'en')).toBe('80%');
  });

  it('rounds to at most two decimals', () => {
    expect(formatFigure({ value: 13.756, unit: 'percent' }, 'de')).toBe('13,76\u00a0%');
    expect(formatFigure({ value: 13.756, unit: 'percent' }, 'en')).toBe('13.76%');
    expect(formatFigure({ value: 29.0, unit: 'percent' }, 'de')).toBe('29\u00a0%');
  });
});

describe('formatFigure: count', () => {
  it('groups thousands per locale', () => {
    expect(formatFigure({ value: 1234, unit: 'count' }, 'de')).toBe('1.234');
    expect(formatFigure({ value: 1234, unit: 'count' }, 'en')).toBe('1,234');
    expect(formatFigure({ value: 102, unit: 'count' }, 'de')).toBe('102');
    expect(formatFigure({ value: 1234567.891, unit: 'count' }, 'de')).toBe('1.234.567,89');
    expect(formatFigure({ value: 1234567.891, unit: 'count' }, 'en')).toBe('1,234,567.89');
  });

  it('ignores a base for counts', () => {
    expect(formatFigure({ value: 5, unit: 'count', base: 10 }, 'de')).toBe('5');
  });
});

describe('formatFigure: share', () => {
  it.each([
    [2, 3, 'de', '2 von 3'],
    [8, 10, 'de', '8 von 10'],
    [2, 3, 'en', '2 of 3'],
    [8, 10, 'en', '8 of 10'],
    [1500, 10000, 'de', '1.500 von 10.000'],
    [1500, 10000, 'en', '1,500 of 10,000'],
    [0, 5, 'de', '0 von 5'],
  ] as const)('%i of %i in %s → %s', (value, base, locale, expected) => {
    expect(formatFigure({ value, unit: 'share', base, qualifier: 'exact' }, locale)).toBe(expected);
  });
});

describe('formatFigure: qualifiers', () => {
  it.each([
    ['approximately', 'percent', 'de', 'rund 13,7\u00a0%'],
    ['atMost', 'count', 'de', 'höchstens 5'],
    ['atLeast', 'count', 'de', 'mindestens 5'],
    ['exact', 'count', 'de', '5'],
    ['approximately', 'percent', 'en', 'about 13.7%'],
    ['atMost', 'count', 'en', 'at most 5'],
    ['atLeast', 'count', 'en', 'at least 5'],
    ['exact', 'count', 'en', '5'],
  ] as const)('%s %s in %s → %s', (qualifier, unit, locale, expected) => {
    const value = unit === 'percent' ? 13.7 : 5;
    expect(formatFigure({ value, unit, base: null, qualifier }, locale)).toBe(expected);
  });

  it('prefixes shares too, and treats a missing qualifier as exact', () => {
    expect(formatFigure({ value: 2, unit: 'share', base: 3, qualifier: 'approximately' }, 'de')).toBe('rund 2 von 3');
    expect(formatFigure({ value: 2, unit: 'share', base: 3, qualifier: 'atLeast' }, 'en')).toBe('at least 2 of 3');
    expect(formatFigure({ value: 5, unit: 'count', qualifier: null }, 'de')).toBe('5');
  });
});

describe('formatFigure: locale fallback', () => {
  it('formats unknown locales as German', () => {
    expect(formatFigure({ value: 13.7, unit: 'percent' }, 'fr' as never)).toBe('13,7\u00a0%');
  });
});

describe('formatFigure: invalid input', () => {
  it.each([
    [{ value: Number.NaN, unit: 'percent' }, /value must be a finite number/],
    [{ value: Number.POSITIVE_INFINITY, unit: 'count' }, /value must be a finite number/],
    [{ value: '13.7', unit: 'percent' }, /value must be a finite number, got "13.7"/],
    [{ value: 2, unit: 'share', base: null }, /share needs a positive base/],
    [{ value: 2, unit: 'share' }, /share needs a positive base/],
    [{ value: 2, unit: 'share', base: 0 }, /share needs a positive base/],
    [{ value: 2, unit: 'share', base: -3 }, /share needs a positive base/],
    [{ value: 4, unit: 'share', base: 3 }, /between 0 and its base 3/],
    [{ value: -1, unit: 'share', base: 3 }, /between 0 and its base 3/],
    [{ value: 5, unit: 'permille' }, /unknown unit "permille"/],
    [{ value: 5, unit: 'count', qualifier: 'roughly' }, /unknown qualifier "roughly"/],
  ])('rejects %p', (input, message) => {
    expect(() => formatFigure(input as never, 'de')).toThrow(InvalidFigureError);
    expect(() => formatFigure(input as never, 'de')).toThrow(message);
  });

  it('validateFigure reports the same problems without throwing', () => {
    expect(validateFigure({ value: 2, unit: 'share', base: 3 })).toBeNull();
    expect(validateFigure({ value: 2, unit: 'share', base: null })).toMatch(/positive base/);
  });
});
