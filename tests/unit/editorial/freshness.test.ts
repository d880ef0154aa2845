import {
  computeFreshness,
  isStudyOutdated,
  isValidThresholdMonths,
  referenceDate,
  resolveThresholdMonths,
  type FreshnessInput,
} from '../../../src/plugins/editorial/server/src/freshness/rules';

const NOW = new Date('2025-06-15T12:00:00.000Z');

// The demo post: written 2014-03-04, imported into Strapi much later.
const demoArticle: FreshnessInput = {
  freshness: 'auto',
  originallyPublishedAt: '2014-03-04',
  firstPublishedAt: '2025-01-10T09:00:00.000Z',
  lastReviewedAt: null,
  thresholdMonths: 24,
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

describe('resolveThresholdMonths', () => {
  it('prefers article, then category, then global', () => {
    expect(resolveThresholdMonths({ article: 6, category: 12, global: 24 })).toBe(6);
    expect(resolveThresholdMonths({ article: null, category: 12, global: 24 })).toBe(12);
    expect(resolveThresholdMonths({ category: 12, global: 24 })).toBe(12);
    expect(resolveThresholdMonths({ article: undefined, category: null, global: 24 })).toBe(24);
    expect(resolveThresholdMonths({ global: 36 })).toBe(36);
  });

  it('ignores non-positive and non-integer overrides', () => {
    expect(resolveThresholdMonths({ article: 0, category: -3, global: 24 })).toBe(24);
    expect(resolveThresholdMonths({ article: -1, category: 18, global: 24 })).toBe(18);
    expect(resolveThresholdMonths({ article: Number.NaN, category: 1.5, global: 24 })).toBe(24);
    expect(resolveThresholdMonths({ article: Number.POSITIVE_INFINITY, global: 24 })).toBe(24);
  });

  it('throws when the global config is unusable', () => {
    expect(() => resolveThresholdMonths({ global: 0 })).toThrow(/global threshold/);
    expect(() => resolveThresholdMonths({ global: Number.NaN })).toThrow(RangeError);
  });

  it('validates thresholds', () => {
    expect(isValidThresholdMonths(1)).toBe(true);
    expect(isValidThresholdMonths(0)).toBe(false);
    expect(isValidThresholdMonths('24')).toBe(false);
  });
});

describe('referenceDate', () => {
  it('uses the original publication date over Strapi’s first publish', () => {
    expect(iso(referenceDate(demoArticle))).toBe('2014-03-04T00:00:00.000Z');
  });

  it('falls back to firstPublishedAt', () => {
    expect(iso(referenceDate({ originallyPublishedAt: null, firstPublishedAt: '2023-05-01T08:00:00Z', lastReviewedAt: null }))).toBe(
      '2023-05-01T08:00:00.000Z',
    );
  });

  it('lets a later review restart the clock, but not an earlier one', () => {
    expect(iso(referenceDate({ ...demoArticle, lastReviewedAt: '2024-09-01T10:00:00Z' }))).toBe('2024-09-01T10:00:00.000Z');
    expect(iso(referenceDate({ ...demoArticle, lastReviewedAt: '2013-01-01' }))).toBe('2014-03-04T00:00:00.000Z');
  });

  it('uses the review date alone when nothing else is known, and null when nothing is', () => {
    expect(iso(referenceDate({ originallyPublishedAt: null, firstPublishedAt: null, lastReviewedAt: '2024-01-02' }))).toBe(
      '2024-01-02T00:00:00.000Z',
    );
    expect(referenceDate({ originallyPublishedAt: null, firstPublishedAt: undefined, lastReviewedAt: '' })).toBeNull();
  });

  it('accepts Date objects', () => {
    expect(
      iso(
        referenceDate({
          originallyPublishedAt: new Date('2014-03-04T00:00:00Z'),
          firstPublishedAt: null,
          lastReviewedAt: new Date('2015-01-01T00:00:00Z'),
        }),
      ),
    ).toBe('2015-01-01T00:00:00.000Z');
  });
});

describe('computeFreshness', () => {
  it('marks the 2014 demo article outdated since 2016-03-04, aged 11 years', () => {
    expect(computeFreshness(demoArticle, NOW)).toEqual({
      state: 'outdated',
      referenceDate: new Date('2014-03-04T00:00:00.000Z'),
      outdatedAt: new Date('2016-03-04T00:00:00.000Z'),
      ageYears: 11,
      bannerKind: 'outdated',
    });
  });

  it('switches to outdated exactly at the threshold', () => {
    const justBefore = computeFreshness(demoArticle, new Date('2016-03-03T23:59:59.999Z'));
    expect(justBefore.state).toBe('fresh');
    expect(justBefore.bannerKind).toBeNull();
    expect(iso(justBefore.outdatedAt)).toBe('2016-03-04T00:00:00.000Z');
    expect(justBefore.ageYears).toBe(1);

    const atThreshold = computeFreshness(demoArticle, new Date('2016-03-04T00:00:00.000Z'));
    expect(atThreshold.state).toBe('outdated');
    expect(atThreshold.bannerKind).toBe('outdated');
    expect(atThreshold.ageYears).toBe(2);
  });

  it('handles a leap-day reference: outdated from 28 February two years later', () => {
    const input = { ...demoArticle, originallyPublishedAt: '2016-02-29T10:00:00Z' };
    expect(computeFreshness(input, new Date('2018-02-28T09:59:59.999Z')).state).toBe('fresh');
    const result = computeFreshness(input, new Date('2018-02-28T10:00:00.000Z'));
    expect(result.state).toBe('outdated');
    expect(iso(result.outdatedAt)).toBe('2018-02-28T10:00:00.000Z');
    expect(result.ageYears).toBe(2);
  });

  it('honours the threshold it is given', () => {
    const input = { ...demoArticle, originallyPublishedAt: '2024-12-01', thresholdMonths: 6 };
    const result = computeFreshness(input, NOW);
    expect(result.state).toBe('outdated');
    expect(iso(result.outdatedAt)).toBe('2025-06-01T00:00:00.000Z');
    expect(result.ageYears).toBe(0);
    expect(computeFreshness({ ...input, thresholdMonths: 12 }, NOW).state).toBe('fresh');
  });

  it('resets the clock when the article was reviewed recently', () => {
    const result = computeFreshness({ ...demoArticle, lastReviewedAt: '2024-09-01T10:00:00Z' }, NOW);
    expect(result).toEqual({
      state: 'fresh',
      referenceDate: new Date('2024-09-01T10:00:00.000Z'),
      outdatedAt: new Date('2026-09-01T10:00:00.000Z'),
      ageYears: 0,
      bannerKind: null,
    });
  });

  it('never flags evergreen articles, however old', () => {
    expect(computeFreshness({ ...demoArticle, freshness: 'evergreen' }, NOW)).toEqual({
      state: 'evergreen',
      referenceDate: new Date('2014-03-04T00:00:00.000Z'),
      outdatedAt: null,
      ageYears: 11,
      bannerKind: null,
    });
  });

  it('always shows the archived banner for archived articles', () => {
    expect(computeFreshness({ ...demoArticle, freshness: 'archived' }, NOW)).toEqual({
      state: 'archived',
      referenceDate: new Date('2014-03-04T00:00:00.000Z'),
      outdatedAt: new Date('2016-03-04T00:00:00.000Z'),
      ageYears: 11,
      bannerKind: 'archived',
    });
    const recent = computeFreshness({ ...demoArticle, originallyPublishedAt: '2025-05-01', freshness: 'archived' }, NOW);
    expect(recent.bannerKind).toBe('archived');
    expect(iso(recent.outdatedAt)).toBe('2027-05-01T00:00:00.000Z');
  });

  it('archives without dates still get the banner, but no outdatedAt', () => {
    const result = computeFreshness(
      { freshness: 'archived', originallyPublishedAt: null, firstPublishedAt: null, lastReviewedAt: null, thresholdMonths: 24 },
      NOW,
    );
    expect(result).toEqual({ state: 'archived', referenceDate: null, outdatedAt: null, ageYears: 0, bannerKind: 'archived' });
  });

  it('reports undated articles (never published) without a banner', () => {
    const result = computeFreshness(
      { freshness: 'auto', originallyPublishedAt: null, firstPublishedAt: null, lastReviewedAt: null, thresholdMonths: 24 },
      NOW,
    );
    expect(result).toEqual({ state: 'undated', referenceDate: null, outdatedAt: null, ageYears: 0, bannerKind: null });
  });

  it('treats a missing or unknown mode as auto', () => {
    expect(computeFreshness({ ...demoArticle, freshness: null }, NOW).state).toBe('outdated');
    expect(computeFreshness({ ...demoArticle, freshness: undefined }, NOW).state).toBe('outdated');
    expect(computeFreshness({ ...demoArticle, freshness: 'legacy' as never }, NOW).state).toBe('outdated');
  });

  it('never reports a negative age for future-dated references', () => {
    const result = computeFreshness({ ...demoArticle, lastReviewedAt: '2026-01-01' }, NOW);
    expect(result.ageYears).toBe(0);
    expect(result.state).toBe('fresh');
  });

  it('rejects invalid thresholds and clocks', () => {
    expect(() => computeFreshness({ ...demoArticle, thresholdMonths: 0 }, NOW)).toThrow(RangeError);
    expect(() => computeFreshness(demoArticle, new Date('nonsense'))).toThrow(TypeError);
  });
});

describe('isStudyOutdated', () => {
  const published = new Date('2014-02-01T00:00:00Z');

  it('flags data older than the threshold', () => {
    expect(isStudyOutdated(published, 24, new Date('2016-01-31T23:59:59.999Z'))).toBe(false);
    expect(isStudyOutdated(published, 24, new Date('2016-02-01T00:00:00.000Z'))).toBe(true);
    expect(isStudyOutdated(published, 24, NOW)).toBe(true);
    expect(isStudyOutdated(new Date('2025-01-01T00:00:00Z'), 24, NOW)).toBe(false);
  });

  it('does not flag studies without a date', () => {
    expect(isStudyOutdated(null, 24, NOW)).toBe(false);
    expect(isStudyOutdated(new Date('nonsense'), 24, NOW)).toBe(false);
  });

  it('rejects an invalid threshold', () => {
    expect(() => isStudyOutdated(published, -1, NOW)).toThrow(RangeError);
  });
});
