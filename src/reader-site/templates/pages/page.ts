/**
 * What every reader page is: status, head, main content, language twin and how long it may
 * be cached; and the pieces pages share. Nothing here touches a browser or Koa.
 */
import { feedPath } from '../../urls';
import type { Child } from '../markup';
import type { HeadInfo } from '../head';
import { textsFor } from '../texts';

export interface PageRequest {
  locale: string;
  /** The page's absolute URL as the reader asked for it. */
  url: URL;
  /** Absolute origin of the public site, without a trailing slash. */
  origin: string;
  siteName: string;
  /** The publisher logo for structured data (absolute URL, pixels). */
  logo?: { url: string; width: number; height: number };
}

export interface Page {
  status: number;
  locale: string;
  head: HeadInfo;
  main: Child[];
  otherLanguage: { href: string; hreflang: string } | null;
  /** The page may be cached no longer than the shortest-lived answer it was made from. */
  maxAge: number | null;
  /** Draft previews and errors are never stored by caches. */
  noStore?: boolean;
}

export const OG_LOCALE: Record<string, string> = { de: 'de_DE', en: 'en_GB' };
export const otherLocale = (locale: string) => (locale === 'de' ? 'en' : 'de');

export function baseHead(req: PageRequest, title: string, extra: Partial<HeadInfo> = {}): HeadInfo {
  const t = textsFor(req.locale);
  return {
    title: title === req.siteName ? title : `${title} – ${req.siteName}`,
    feed: { href: feedPath(req.locale), title: `${req.siteName} – ${t.feed}` },
    ...extra,
  };
}

/** No page of the blog is that far; the API refuses pages past 10,000,000 (400, src/domain/rest-read-query.ts). */
export const MAX_PAGE = 10_000;

export const positiveInt = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= MAX_PAGE ? n : 1;
};
export const minAge = (...ages: Array<number | null>) => {
  const known = ages.filter((age): age is number => age !== null);
  return known.length > 0 ? Math.min(...known) : null;
};
