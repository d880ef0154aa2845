import {
  CLOCK_SKEW_TOLERANCE_MS,
  validateArticle,
  validateBookTip,
  validateCategory,
  validateStatistic,
  validateStudy,
} from '../../../src/domain/content-rules';
import { isHttpUrl } from '../../../src/domain/web-link';

const rules = (violations: { rule: string }[]) => violations.map((v) => v.rule);

describe('statistic rules', () => {
  it.each([0, 13.7, 100, '42.5'])('percent %p is fine', (value) => {
    expect(validateStatistic({ unit: 'percent', value })).toEqual([]);
  });
  it.each([-0.1, 100.01, 250])('percent %p is out of range', (value) => {
    expect(rules(validateStatistic({ unit: 'percent', value }))).toEqual(['value.percentRange']);
  });
  it('count must not be negative', () => {
    expect(validateStatistic({ unit: 'count', value: 0 })).toEqual([]);
    expect(validateStatistic({ unit: 'count', value: 1024 })).toEqual([]);
    expect(rules(validateStatistic({ unit: 'count', value: -1 }))).toEqual(['value.countMin']);
  });
  it('share needs a positive base and 0 ≤ value ≤ base', () => {
    expect(validateStatistic({ unit: 'share', value: 2, base: 3 })).toEqual([]);
    expect(validateStatistic({ unit: 'share', value: 8, base: 10 })).toEqual([]);
    expect(rules(validateStatistic({ unit: 'share', value: 4, base: 3 }))).toEqual(['value.shareRange']);
    expect(rules(validateStatistic({ unit: 'share', value: -1, base: 3 }))).toEqual(['value.shareRange']);
    expect(rules(validateStatistic({ unit: 'share', value: 1, base: 0 }))).toEqual(['base.positive']);
    expect(rules(validateStatistic({ unit: 'share', value: 1, base: null }))).toEqual(['base.positive']);
    expect(rules(validateStatistic({ unit: 'share', value: 1, base: 2.5 }))).toEqual(['base.positive']);
  });
  it('value is required and numeric', () => {
    expect(rules(validateStatistic({ unit: 'percent' }))).toEqual(['value.required']);
    expect(rules(validateStatistic({ unit: 'percent', value: 'viel' }))).toEqual(['value.number']);
  });
  it('names the field in the message', () => {
    expect(validateStatistic({ unit: 'percent', value: 101 })[0]).toMatchObject({ path: ['value'] });
    expect(validateStatistic({ unit: 'percent', value: 101 })[0].message).toMatch(/value.*0 und 100/);
  });
});

describe('study rules', () => {
  const today = '2026-11-27';
  it('sample size is a positive integer', () => {
    expect(validateStudy({ sampleSize: 102 }, today)).toEqual([]);
    for (const bad of [0, -5, 1.5, 'zehn']) {
      expect(rules(validateStudy({ sampleSize: bad }, today))).toEqual(['sampleSize.positiveInteger']);
    }
  });
  it('publication date is not in the future', () => {
    expect(validateStudy({ publishedOn: '2014-02-01' }, today)).toEqual([]);
    expect(validateStudy({ publishedOn: today }, today)).toEqual([]);
    expect(rules(validateStudy({ publishedOn: '2026-11-28' }, today))).toEqual(['publishedOn.notFuture']);
    expect(rules(validateStudy({ publishedOn: 'gestern' }, today))).toEqual(['publishedOn.date']);
    expect(rules(validateStudy({ publishedOn: '2014-02-30' }, today))).toEqual(['publishedOn.date']);
  });
  it('source URL is http(s) only', () => {
    expect(validateStudy({ sourceUrl: 'https://example.org/studie' }, today)).toEqual([]);
    expect(rules(validateStudy({ sourceUrl: 'javascript:alert(1)' }, today))).toEqual(['sourceUrl.http']);
  });
  it('reports every broken rule at once', () => {
    expect(rules(validateStudy({ sampleSize: 0, publishedOn: '2999-01-01' }, today))).toEqual([
      'sampleSize.positiveInteger',
      'publishedOn.notFuture',
    ]);
  });
});

describe('book tip rules', () => {
  it('normalises a valid ISBN to ISBN-13', () => {
    expect(validateBookTip({ isbn: '3-16-148410-X' })).toEqual({ errors: [], isbn: '9783161484100' });
  });
  it('rejects an ISBN with a wrong checksum', () => {
    expect(rules(validateBookTip({ isbn: '978-3-16-148410-1' }).errors)).toEqual(['isbn.checksum']);
  });
  it('ISBN is optional', () => {
    expect(validateBookTip({}).errors).toEqual([]);
  });
  it('links are http(s) only', () => {
    expect(validateBookTip({ link: 'https://example.org/buch' }).errors).toEqual([]);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', '/relativ', 'example.org']) {
      expect(rules(validateBookTip({ link: bad }).errors)).toEqual(['link.http']);
    }
  });
});

describe('freshness threshold', () => {
  it.each([1, 24, 240, null, undefined])('%p months is fine', (months) => {
    expect(validateArticle({ outdatedAfterMonths: months })).toEqual([]);
    expect(validateCategory({ outdatedAfterMonths: months })).toEqual([]);
  });
  it.each([0, 241, -3, 12.5])('%p months is refused', (months) => {
    expect(rules(validateArticle({ outdatedAfterMonths: months }))).toEqual(['outdatedAfterMonths.range']);
  });
});

describe('the review clock: no dates in the future', () => {
  const NOW = new Date('2026-11-30T12:00:00.000Z');
  const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

  it.each(['originallyPublishedAt', 'lastReviewedAt'])('%s may be now, in the past, or within the clock-skew tolerance', (field) => {
    for (const value of [
      at(0),
      '2014-03-04T00:00:00.000Z',
      '1990-01-01T00:00:00.000Z',
      at(CLOCK_SKEW_TOLERANCE_MS),
      new Date(NOW),
      NOW.getTime(),
      null,
      undefined,
      '',
    ]) {
      expect({ value, rules: rules(validateArticle({ [field]: value }, { [field]: value }, NOW)) }).toEqual({ value, rules: [] });
    }
  });

  it.each(['originallyPublishedAt', 'lastReviewedAt'])('%s in the future is refused, naming the field', (field) => {
    for (const value of [
      at(CLOCK_SKEW_TOLERANCE_MS + 1000),
      '2099-01-01T00:00:00.000Z',
      '2099-01-01',
      new Date('2099-01-01T00:00:00Z'),
      Date.parse('2099-01-01'),
    ]) {
      const violations = validateArticle({ [field]: value }, { [field]: value }, NOW);
      expect(violations).toEqual([
        {
          path: [field],
          rule: `${field}.notFuture`,
          message: expect.stringMatching(new RegExp(`^${field} \\(.+\\) darf nicht in der Zukunft liegen\\.$`)),
        },
      ]);
    }
  });

  it('reports both dates at once', () => {
    const change = { originallyPublishedAt: '2099-01-01T00:00:00Z', lastReviewedAt: '2099-01-01T00:00:00Z' };
    expect(rules(validateArticle(change, change, NOW))).toEqual(['originallyPublishedAt.notFuture', 'lastReviewedAt.notFuture']);
  });

  it('checks what the write sets, not a date already stored', () => {
    const stored = { title: 'Alt', lastReviewedAt: '2099-01-01T00:00:00Z' };
    expect(validateArticle({ ...stored, title: 'Neu' }, { title: 'Neu' }, NOW)).toEqual([]);
    expect(rules(validateArticle(stored, { lastReviewedAt: stored.lastReviewedAt }, NOW))).toEqual(['lastReviewedAt.notFuture']);
  });

  it('leaves unparsable values to Strapi and never throws on hostile ones', () => {
    for (const value of ['not a date', {}, [], { toString: 1 }, true, Number.NaN, Infinity]) {
      expect(validateArticle({ lastReviewedAt: value }, { lastReviewedAt: value }, NOW)).toEqual([]);
    }
  });
});

describe('http links', () => {
  it.each(['http://example.org', 'https://example.org/a?b=c#d'])('%s is a link', (url) => expect(isHttpUrl(url)).toBe(true));
  it.each(['javascript:alert(1)', ' https://example.org', 'https://exa mple.org', 'mailto:a@b.de', '//example.org', 'https://'])(
    '%s is not',
    (url) => expect(isHttpUrl(url)).toBe(false),
  );
});

describe('hostile values never crash a rule', () => {
  // Number({ toString: 1 }) and String({ toString: 1 }) throw a TypeError: a 500 for a request.
  const hostile = [{ toString: 1 }, { valueOf: 1, toString: 1 }, Object.create(null), [1], [], true, {}, '   '];

  it.each(hostile)('value %p is "not a number", not an exception', (value) => {
    expect(rules(validateStatistic({ unit: 'percent', value }))).toEqual(['value.number']);
    expect(rules(validateStatistic({ unit: 'share', value: 1, base: value }))).toEqual(['base.positive']);
    expect(rules(validateStudy({ sampleSize: value }, '2026-11-27'))).toEqual(['sampleSize.positiveInteger']);
    expect(rules(validateArticle({ outdatedAfterMonths: value }))).toEqual(['outdatedAfterMonths.range']);
  });

  it.each(hostile)('publishedOn %p is "not a date"', (publishedOn) => {
    expect(rules(validateStudy({ publishedOn }, '2026-11-27'))).toEqual(['publishedOn.date']);
  });

  it('a Date object is read as its calendar date', () => {
    expect(validateStudy({ publishedOn: new Date('2014-02-01T00:00:00Z') }, '2026-11-27')).toEqual([]);
    expect(rules(validateStudy({ publishedOn: new Date('2999-01-01T00:00:00Z') }, '2026-11-27'))).toEqual(['publishedOn.notFuture']);
  });
});

describe('what the database columns can hold', () => {
  it('value stays under 100 000 000 (decimal(10,2))', () => {
    expect(validateStatistic({ unit: 'count', value: 99_999_999.99 })).toEqual([]);
    expect(rules(validateStatistic({ unit: 'count', value: 100_000_000 }))).toEqual(['value.storable']);
    expect(rules(validateStatistic({ unit: 'count', value: 2 ** 53 + 1 }))).toEqual(['value.storable']);
    expect(rules(validateStatistic({ unit: 'percent', value: -1e308 }))).toEqual(['value.storable']);
  });

  it('base and sample size fit a 32-bit integer column', () => {
    expect(rules(validateStatistic({ unit: 'percent', value: 1, base: 2 ** 31 }))).toEqual(['base.storable']);
    expect(rules(validateStudy({ sampleSize: 2 ** 31 }, '2026-11-27'))).toEqual(['sampleSize.storable']);
    expect(validateStudy({ sampleSize: 2 ** 31 - 1 }, '2026-11-27')).toEqual([]);
  });

  it('-0 counts as 0: no positive base, no sample size, no month', () => {
    expect(rules(validateStatistic({ unit: 'share', value: 0, base: -0 }))).toEqual(['base.positive']);
    expect(rules(validateStudy({ sampleSize: -0 }, '2026-11-27'))).toEqual(['sampleSize.positiveInteger']);
    expect(rules(validateArticle({ outdatedAfterMonths: -0 }))).toEqual(['outdatedAfterMonths.range']);
    expect(validateStatistic({ unit: 'percent', value: -0 })).toEqual([]);
  });
});
