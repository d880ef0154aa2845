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

export function feedPath(locale: string | null | undefined): string {
  return `${localePrefix(locale)}/rss.xml`;
}

export type ReaderRoute =
  | { page: 'home'; locale: string }
  | { page: 'article'; locale: string; slug: string }
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
  const article = /^\/artikel\/([^/]+)$/.exec(rest);
  if (article) {
    try {
      return { page: 'article', locale, slug: decodeURIComponent(article[1]) };
    } catch {
      return { page: 'unknown' };
    }
  }
  return { page: 'unknown' };
}
