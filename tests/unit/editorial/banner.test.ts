import { buildEditorialInfo } from '../../../src/plugins/editorial/server/src/freshness/banner';
import { computeFreshness, type FreshnessInput } from '../../../src/plugins/editorial/server/src/freshness/rules';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const demoArticle: FreshnessInput = {
  freshness: 'auto',
  originallyPublishedAt: '2014-03-04',
  firstPublishedAt: '2025-01-10T09:00:00.000Z',
  lastReviewedAt: null,
  thresholdMonths: 24,
};

describe('buildEditorialInfo', () => {
  it('builds the outdated banner for the 2014 demo article in German', () => {
    expect(buildEditorialInfo(computeFreshness(demoArticle, NOW), { locale: 'de', timeZone: 'Europe/Berlin' })).toEqual({
      outdatedAt: '2016-03-04T00:00:00.000Z',
      banner: {
        kind: 'outdated',
        outdatedSince: '2016-03-04T00:00:00.000Z',
        ageYears: 11,
        message: 'Dieser Artikel ist über 11 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell.',
        html:
          '<aside class="editorial-banner editorial-banner--outdated" role="note">' +
          '<p>Dieser Artikel ist über 11 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell.</p></aside>',
      },
    });
  });

  it('uses the singular for an article just over a year old', () => {
    const info = buildEditorialInfo(computeFreshness({ ...demoArticle, thresholdMonths: 12 }, new Date('2015-06-01T00:00:00Z')), {
      locale: 'en',
    });
    expect(info.banner?.message).toBe('This article is over 1 year old. What it says may be outdated.');
    expect(info.banner?.ageYears).toBe(1);
  });

  it('builds the English banner', () => {
    const info = buildEditorialInfo(computeFreshness(demoArticle, NOW), { locale: 'en' });
    expect(info.banner?.message).toBe('This article is over 11 years old. What it says may be outdated.');
    expect(info.banner?.html).toBe(
      '<aside class="editorial-banner editorial-banner--outdated" role="note">' +
        '<p>This article is over 11 years old. What it says may be outdated.</p></aside>',
    );
  });

  it('names the follow-up in the banner with title, slug and locale only', () => {
    const followUp = { title: 'Budgets steigen', slug: 'budgets-steigen', locale: 'de', id: 7, excerpt: 'intern' } as any;
    const info = buildEditorialInfo(computeFreshness(demoArticle, NOW), { locale: 'de', followUp });
    expect(info.banner?.followUp).toEqual({ title: 'Budgets steigen', slug: 'budgets-steigen', locale: 'de' });
  });

  it('has no follow-up key without one, and never shows a follow-up without a banner', () => {
    expect(buildEditorialInfo(computeFreshness(demoArticle, NOW), { locale: 'de', followUp: null }).banner).not.toHaveProperty('followUp');
    const fresh = buildEditorialInfo(computeFreshness({ ...demoArticle, originallyPublishedAt: '2025-03-01' }, NOW), {
      locale: 'de',
      followUp: { title: 'Neu', slug: 'neu', locale: 'de' },
    });
    expect(fresh.banner).toBeNull();
  });

  it('returns outdatedAt without a banner for fresh articles', () => {
    const info = buildEditorialInfo(computeFreshness({ ...demoArticle, originallyPublishedAt: '2025-03-01' }, NOW), {
      locale: 'de',
    });
    expect(info).toEqual({ outdatedAt: '2027-03-01T00:00:00.000Z', banner: null });
  });

  it('returns nothing for evergreen and undated articles', () => {
    expect(buildEditorialInfo(computeFreshness({ ...demoArticle, freshness: 'evergreen' }, NOW), { locale: 'de' })).toEqual({
      outdatedAt: null,
      banner: null,
    });
    const undated = { ...demoArticle, originallyPublishedAt: null, firstPublishedAt: null };
    expect(buildEditorialInfo(computeFreshness(undated, NOW), { locale: 'de' })).toEqual({ outdatedAt: null, banner: null });
  });

  it('builds the archived banner, with and without dates', () => {
    expect(buildEditorialInfo(computeFreshness({ ...demoArticle, freshness: 'archived' }, NOW), { locale: 'de' })).toEqual({
      outdatedAt: '2016-03-04T00:00:00.000Z',
      banner: {
        kind: 'archived',
        outdatedSince: '2016-03-04T00:00:00.000Z',
        ageYears: 11,
        message: 'Dieser Artikel ist archiviert und wird nicht mehr aktualisiert.',
        html:
          '<aside class="editorial-banner editorial-banner--archived" role="note">' +
          '<p>Dieser Artikel ist archiviert und wird nicht mehr aktualisiert.</p></aside>',
      },
    });
    const undatedArchive = { ...demoArticle, freshness: 'archived' as const, originallyPublishedAt: null, firstPublishedAt: null };
    const info = buildEditorialInfo(computeFreshness(undatedArchive, NOW), { locale: 'en' });
    expect(info.outdatedAt).toBeNull();
    expect(info.banner).toMatchObject({ kind: 'archived', outdatedSince: null, ageYears: 0 });
    expect(info.banner?.message).toBe('This article is archived and is no longer updated.');
  });

  it('passes custom templates and the time zone through to {date}', () => {
    const lateEvening = { ...demoArticle, originallyPublishedAt: '2014-03-03T23:30:00Z' };
    const templates = {
      de: { one: 'Vom {date}.', other: 'Vom {date}, seit {outdatedSince} veraltet.', archived: 'Archiv.' },
    };
    expect(
      buildEditorialInfo(computeFreshness(lateEvening, NOW), { locale: 'de', timeZone: 'Europe/Berlin', templates }).banner?.message,
    ).toBe('Vom 4. März 2014, seit 4. März 2016 veraltet.');
    expect(buildEditorialInfo(computeFreshness(lateEvening, NOW), { locale: 'de', timeZone: 'UTC', templates }).banner?.message).toBe(
      'Vom 3. März 2014, seit 3. März 2016 veraltet.',
    );
  });

  it('falls back to German for unknown locales', () => {
    expect(buildEditorialInfo(computeFreshness(demoArticle, NOW), { locale: 'it' }).banner?.message).toBe(
      'Dieser Artikel ist über 11 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell.',
    );
  });
});
