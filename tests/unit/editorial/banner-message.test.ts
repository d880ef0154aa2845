import {
  DEFAULT_BANNER_TEMPLATES,
  MAX_BANNER_TEMPLATE_LENGTH,
  renderBannerMessage,
  validateBannerTemplate,
} from '../../../src/plugins/editorial/shared/banner-message';

const reference = new Date('2014-03-04T00:00:00Z');

describe('renderBannerMessage', () => {
  it('uses the German plural form for more than one year', () => {
    expect(renderBannerMessage({ kind: 'outdated', years: 2, referenceDate: reference, locale: 'de' })).toBe(
      'Dieser Artikel ist über 2 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell.',
    );
    expect(renderBannerMessage({ kind: 'outdated', years: 11, referenceDate: reference, locale: 'de' })).toBe(
      'Dieser Artikel ist über 11 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell.',
    );
  });

  it('uses the German singular for one year', () => {
    expect(renderBannerMessage({ kind: 'outdated', years: 1, referenceDate: reference, locale: 'de' })).toBe(
      'Dieser Artikel ist über 1 Jahr alt. Was darin steht, ist möglicherweise nicht mehr aktuell.',
    );
  });

  it('uses English singular and plural', () => {
    expect(renderBannerMessage({ kind: 'outdated', years: 1, referenceDate: reference, locale: 'en' })).toBe(
      'This article is over 1 year old. What it says may be outdated.',
    );
    expect(renderBannerMessage({ kind: 'outdated', years: 2, referenceDate: reference, locale: 'en' })).toBe(
      'This article is over 2 years old. What it says may be outdated.',
    );
  });

  it('renders the archived notice in both locales', () => {
    expect(renderBannerMessage({ kind: 'archived', years: 11, referenceDate: reference, locale: 'de' })).toBe(
      'Dieser Artikel ist archiviert und wird nicht mehr aktualisiert.',
    );
    expect(renderBannerMessage({ kind: 'archived', years: 0, referenceDate: null, locale: 'en' })).toBe(
      'This article is archived and is no longer updated.',
    );
  });

  it('falls back to German for unknown locales and matches regional tags by language', () => {
    expect(renderBannerMessage({ kind: 'outdated', years: 3, referenceDate: reference, locale: 'fr' })).toBe(
      'Dieser Artikel ist über 3 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell.',
    );
    expect(renderBannerMessage({ kind: 'outdated', years: 3, referenceDate: reference, locale: 'en-GB' })).toBe(
      'This article is over 3 years old. What it says may be outdated.',
    );
    expect(renderBannerMessage({ kind: 'archived', years: 3, referenceDate: reference, locale: '' })).toBe(
      'Dieser Artikel ist archiviert und wird nicht mehr aktualisiert.',
    );
  });

  it('fills {date} and {outdatedSince} in the reader’s time zone and leaves unknown placeholders', () => {
    const templates = {
      de: {
        one: 'Stand: {date}, veraltet seit {outdatedSince}, {years} Jahr. {foo} bleibt.',
        other: 'Stand: {date}, veraltet seit {outdatedSince}, {years} Jahre. {foo} bleibt.',
        archived: 'Archiviert ({date}).',
      },
    };
    const lateEvening = new Date('2014-03-03T23:30:00Z');
    const since = new Date('2016-03-03T23:30:00Z');
    expect(
      renderBannerMessage({ kind: 'outdated', years: 11, referenceDate: lateEvening, outdatedSince: since, locale: 'de', templates }),
    ).toBe('Stand: 4. März 2014, veraltet seit 4. März 2016, 11 Jahre. {foo} bleibt.');
    expect(
      renderBannerMessage({
        kind: 'outdated',
        years: 1,
        referenceDate: lateEvening,
        outdatedSince: since,
        locale: 'de',
        timeZone: 'UTC',
        templates,
      }),
    ).toBe('Stand: 3. März 2014, veraltet seit 3. März 2016, 1 Jahr. {foo} bleibt.');
    expect(renderBannerMessage({ kind: 'archived', years: 0, referenceDate: null, locale: 'de', templates })).toBe('Archiviert ().');
  });

  it('formats {date} in English for English templates', () => {
    const templates = { en: { one: 'Since {date}.', other: 'Since {date}!', archived: 'x' } };
    expect(renderBannerMessage({ kind: 'outdated', years: 5, referenceDate: reference, locale: 'en', templates })).toBe(
      'Since March 4, 2014!',
    );
  });

  it('keeps defaults for locales a custom set does not override', () => {
    const templates = { en: { one: 'One {years}', other: 'Many {years}', archived: 'Gone' } };
    expect(renderBannerMessage({ kind: 'outdated', years: 2, referenceDate: reference, locale: 'en', templates })).toBe('Many 2');
    expect(renderBannerMessage({ kind: 'outdated', years: 2, referenceDate: reference, locale: 'de', templates })).toBe(
      DEFAULT_BANNER_TEMPLATES.de.other.replace('{years}', '2'),
    );
  });

  it('supports extra locales with their own plural rules and date format', () => {
    const templates = { fr: { one: 'Plus de {years} an ({date})', other: 'Plus de {years} ans ({date})', archived: 'Archivé' } };
    expect(renderBannerMessage({ kind: 'outdated', years: 1, referenceDate: reference, locale: 'fr', templates })).toBe(
      'Plus de 1 an (4 mars 2014)',
    );
    expect(renderBannerMessage({ kind: 'outdated', years: 5, referenceDate: reference, locale: 'fr-CA', templates })).toBe(
      'Plus de 5 ans (4 mars 2014)',
    );
  });
});

describe('validateBannerTemplate', () => {
  it('accepts all default templates', () => {
    for (const set of Object.values(DEFAULT_BANNER_TEMPLATES)) {
      expect(validateBannerTemplate(set.one)).toBeNull();
      expect(validateBannerTemplate(set.other)).toBeNull();
      expect(validateBannerTemplate(set.archived)).toBeNull();
    }
  });

  it('accepts every allowed placeholder', () => {
    expect(validateBannerTemplate('Seit {date} ({years} Jahre), veraltet seit {outdatedSince}.')).toBeNull();
  });

  it('rejects unknown placeholders, naming them', () => {
    expect(validateBannerTemplate('Über {jahre} Jahre')).toBe(
      'Unknown placeholder "{jahre}". Allowed placeholders: {years}, {date}, {outdatedSince}.',
    );
    expect(validateBannerTemplate('Leer {}')).toMatch(/Unknown placeholder "\{\}"/);
    expect(validateBannerTemplate('{Years}')).toMatch(/Unknown placeholder/);
  });

  it('rejects unbalanced braces', () => {
    expect(validateBannerTemplate('Über {years Jahre')).toBe('Unbalanced braces: "{" at position 6 is never closed.');
    expect(validateBannerTemplate('Über years} Jahre')).toBe('Unbalanced braces: "}" at position 11 has no matching "{".');
    expect(validateBannerTemplate('{{years}}')).toMatch(/^Unbalanced braces/);
  });

  it('rejects empty and overly long templates', () => {
    expect(validateBannerTemplate('')).toBe('The template must not be empty.');
    expect(validateBannerTemplate('   ')).toBe('The template must not be empty.');
    expect(validateBannerTemplate(null)).toBe('The template must not be empty.');
    expect(validateBannerTemplate('a'.repeat(MAX_BANNER_TEMPLATE_LENGTH))).toBeNull();
    expect(validateBannerTemplate('a'.repeat(501))).toBe('The template must be at most 500 characters long (it has 501).');
  });
});
