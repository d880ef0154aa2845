import type { EditorialLocale } from './contracts';

/** German is the blog's primary language, so anything unrecognised falls back to it. */
export const DEFAULT_LOCALE: EditorialLocale = 'de';

/** The editorial team sits in Germany; dates are shown as a reader there sees them. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/**
 * A locale code as Strapi's i18n writes them: a language (`de`, `fil`), then optionally a
 * script (`zh-Hans`) and a region (`de-AT`, `es-419`, `sr-Latn-RS`). The one pattern for
 * every locale a request names.
 */
export const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/;

export function isLocaleCode(value: unknown): value is string {
  return typeof value === 'string' && LOCALE_CODE.test(value);
}

/**
 * Maps a request/content locale ('de', 'de-DE', 'en-GB', …) to one we have texts for.
 * Region subtags are ignored because our wording does not differ by region.
 */
export function resolveLocale(value: unknown): EditorialLocale {
  if (typeof value !== 'string') return DEFAULT_LOCALE;
  const language = value.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'en' ? 'en' : language === 'de' ? 'de' : DEFAULT_LOCALE;
}

/** Lets config validation reject a bad zone at boot instead of failing on every request. */
export function isValidTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * A locale tag Intl can use. Custom banner templates may be keyed by any tag, so we keep
 * it when Intl knows the language and fall back to German otherwise (never throw mid-render).
 */
const supported = new Map<string, string>();

export function intlLocaleOrDefault(locale: string): string {
  // Asked for every number and date formatted; the answer never changes for a process.
  let known = supported.get(locale);
  if (known === undefined) {
    try {
      known = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : DEFAULT_LOCALE;
    } catch {
      known = DEFAULT_LOCALE;
    }
    if (supported.size < 1000) supported.set(locale, known);
  }
  return known;
}
