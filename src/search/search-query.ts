/**
 * What `GET /api/articles/search` accepts: `q` (2–100 characters with at least one letter
 * or digit), `locale`, `page` (1–10,000) and `pageSize` (1–100), plus Strapi's `fields`
 * and `populate` for the shape of the answer. Filters, sorts and Strapi's pagination
 * object are not search parameters: the result order and the page are the search's.
 * Pure; violations name the parameter, in the API's German.
 */
import { searchTerms } from './search-text';

export const SEARCH_QUERY_LIMITS = { minLength: 2, maxLength: 100, maxPage: 10_000, maxPageSize: 100, defaultPageSize: 10 } as const;

/** Parameters the search hands on to Strapi for the answer's shape. */
export const SEARCH_PASS_THROUGH = new Set(['fields', 'populate', 'locale', 'status']);
const OWN = new Set(['q', 'page', 'pageSize']);

export type SearchRequest = { q: string; terms: string[]; locale: string; page: number; pageSize: number };
export type SearchQueryResult = { ok: true; value: SearchRequest } | { ok: false; param: string; message: string };

const fail = (param: string, message: string): SearchQueryResult => ({ ok: false, param, message });

function wholeNumber(value: unknown, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function parseSearchQuery(
  query: Record<string, unknown>,
  options: { locales: readonly string[]; defaultLocale: string },
): SearchQueryResult {
  for (const key of Object.keys(query)) {
    if (!OWN.has(key) && !SEARCH_PASS_THROUGH.has(key))
      return fail(key, `${key} ist bei der Suche nicht erlaubt (erlaubt: q, locale, page, pageSize, fields, populate).`);
  }
  if (query.status !== undefined && query.status !== 'published')
    return fail('status', 'Die Suche findet nur veröffentlichte Artikel (status=published).');
  const { minLength, maxLength, maxPage, maxPageSize, defaultPageSize } = SEARCH_QUERY_LIMITS;
  if (typeof query.q !== 'string') return fail('q', 'q (der Suchbegriff) fehlt oder ist kein einzelner Text.');
  const q = query.q.trim();
  if ([...q].length < minLength || [...q].length > maxLength) return fail('q', `q muss ${minLength} bis ${maxLength} Zeichen lang sein.`);
  const terms = searchTerms(q);
  if (terms.length === 0) return fail('q', 'q muss mindestens einen Buchstaben oder eine Ziffer enthalten.');
  const locale = query.locale ?? options.defaultLocale;
  if (typeof locale !== 'string' || !options.locales.includes(locale))
    return fail('locale', `locale muss eine der Sprachen des Blogs sein: ${options.locales.join(', ')}.`);
  const page = wholeNumber(query.page, 1, 1, maxPage);
  if (page === null) return fail('page', `page muss eine ganze Zahl von 1 bis ${maxPage.toLocaleString('de-DE')} sein.`);
  const pageSize = wholeNumber(query.pageSize, defaultPageSize, 1, maxPageSize);
  if (pageSize === null) return fail('pageSize', `pageSize muss eine ganze Zahl von 1 bis ${maxPageSize} sein.`);
  return { ok: true, value: { q, terms, locale, page, pageSize } };
}
