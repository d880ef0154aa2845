/**
 * The reader site's URLs, one place for the frontend, the feeds and the preview links:
 * German at the root (`/artikel/<slug>`), other locales under their code (`/en/artikel/<slug>`).
 */
export const DEFAULT_READER_LOCALE = 'de';
export const READER_LOCALES = ['de', 'en'] as const;

export function localePrefix(locale: string | null | undefined): string {
  return !locale || locale === DEFAULT_READER_LOCALE ? '' : `/${locale}`;
}

export function homePath(locale: string | null | undefined): string {
  return `${localePrefix(locale)}/`;
}

export function articlePath(slug: string, locale: string | null | undefined): string {
  return `${localePrefix(locale)}/artikel/${encodeURIComponent(slug)}`;
}

export function categoryPath(slug: string, locale: string | null | undefined): string {
  return `${localePrefix(locale)}/kategorie/${encodeURIComponent(slug)}`;
}

/** The search page; `query` is what the reader typed (the box's `q` parameter). */
export function searchPath(locale: string | null | undefined, query?: string): string {
  return `${localePrefix(locale)}/suche${query ? `?q=${encodeURIComponent(query)}` : ''}`;
}

/**
 * The home page's old category filter (`/?kategorie=<slug>&seite=n`) now lives at the
 * category page: where a request for it is sent (301), or null when it is no such request.
 */
export function legacyCategoryRedirect(locale: string, params: URLSearchParams): string | null {
  const slug = params.get('kategorie');
  if (!slug) return null;
  const page = params.get('seite');
  return `${categoryPath(slug, locale)}${page && /^[1-9]\d{0,6}$/.test(page) && page !== '1' ? `?seite=${page}` : ''}`;
}

/** The article's generated 1200×630 share card (its `og:image` when no cover is set). */
/** A study's reader page: `/studie/<slug>` in German, `/en/study/<slug>` in English. */
export function studyPath(slug: string, locale: string | null | undefined): string {
  const prefix = localePrefix(locale);
  return `${prefix}/${prefix ? 'study' : 'studie'}/${encodeURIComponent(slug)}`;
}

export function shareImagePath(slug: string, locale: string | null | undefined): string {
  return `${articlePath(slug, locale)}/share.png`;
}

export function feedPath(locale: string | null | undefined): string {
  return `${localePrefix(locale)}/rss.xml`;
}

export type ReaderRoute =
  | { page: 'home'; locale: string }
  | { page: 'article'; locale: string; slug: string }
  | { page: 'category'; locale: string; slug: string }
  | { page: 'study'; locale: string; slug: string }
  | { page: 'search'; locale: string }
  | { page: 'share-image'; locale: string; slug: string }
  | { page: 'feed'; locale: string }
  | { page: 'sitemap' }
  | { page: 'unknown' };

/** What a path asks for; unknown locale prefixes and extra segments are `unknown`. */
export function matchReaderPath(pathname: string): ReaderRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/sitemap.xml') return { page: 'sitemap' };
  const match = /^(?:\/(en))?(\/.*)?$/.exec(path);
  if (!match) return { page: 'unknown' };
  const locale = match[1] ?? DEFAULT_READER_LOCALE;
  const rest = match[2] ?? '/';
  if (rest === '/' || rest === '/index.html') return { page: 'home', locale };
  if (rest === '/rss.xml') return { page: 'feed', locale };
  if (rest === '/suche') return { page: 'search', locale };
  const segment = /^\/(artikel|kategorie|studie|study)\/([^/]+)(\/share\.png)?$/.exec(rest);
  if (!segment || (segment[1] !== 'artikel' && segment[3])) return { page: 'unknown' };
  // Study pages have their segment in the page's language: /studie/… and /en/study/….
  if ((segment[1] === 'studie' && locale !== DEFAULT_READER_LOCALE) || (segment[1] === 'study' && locale === DEFAULT_READER_LOCALE))
    return { page: 'unknown' };
  let slug: string;
  try {
    slug = decodeURIComponent(segment[2]);
  } catch {
    return { page: 'unknown' };
  }
  if (segment[1] === 'kategorie') return { page: 'category', locale, slug };
  if (segment[1] === 'studie' || segment[1] === 'study') return { page: 'study', locale, slug };
  return segment[3] ? { page: 'share-image', locale, slug } : { page: 'article', locale, slug };
}

/**
 * The one spelling of a reader-site address (see src/http/canonical-path/rules.ts): the home
 * pages as the site links them (`/`, `/en/`), everything else without a trailing slash; null
 * where the site serves no page. `tidied` has single slashes and no trailing one already.
 */
export function canonicalReaderPath(tidied: string): string | null {
  const route = matchReaderPath(tidied);
  if (route.page === 'unknown') return null;
  if (route.page === 'home') return homePath(route.locale);
  return tidied;
}
