import {
  DEFAULT_LOCALE,
  DEFAULT_TIME_ZONE,
  intlLocaleOrDefault,
  isLocaleCode,
  isValidTimeZone,
  resolveLocale,
} from '../../../src/plugins/editorial/shared/locale';

describe('resolveLocale', () => {
  it.each([
    ['de', 'de'],
    ['en', 'en'],
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['fr', 'de'],
    ['', 'de'],
    [null, 'de'],
    [undefined, 'de'],
    [42, 'de'],
  ])('%p → %s', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });

  it('defaults to German in Berlin', () => {
    expect(DEFAULT_LOCALE).toBe('de');
    expect(DEFAULT_TIME_ZONE).toBe('Europe/Berlin');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and rejects the rest', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(null)).toBe(false);
  });
});

describe('intlLocaleOrDefault', () => {
  it('keeps tags Intl supports and replaces unknown or malformed ones with de', () => {
    expect(intlLocaleOrDefault('fr')).toBe('fr');
    expect(intlLocaleOrDefault('en-GB')).toBe('en-GB');
    expect(intlLocaleOrDefault('xx')).toBe('de');
    expect(intlLocaleOrDefault('not a locale!')).toBe('de');
  });
});

describe('isLocaleCode', () => {
  it('accepts the codes Strapi i18n writes and nothing else', () => {
    for (const code of ['de', 'en', 'de-AT', 'fil', 'fil-PH', 'zh-Hans', 'es-419', 'sr-Latn-RS']) expect(isLocaleCode(code)).toBe(true);
    for (const code of ['', 'DE', 'deutsch', 'de_AT', 'de-at', 'de-AT-x', 'zh-hans', 'de-AT\n', '<x>', null, 7])
      expect(isLocaleCode(code)).toBe(false);
  });
});
