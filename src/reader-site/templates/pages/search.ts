/**
 * The search page (`/suche?q=…`, `/en/suche?q=…`): a form that works without JavaScript
 * and the hits of `GET /api/articles/search` as article cards, nine a page (`?seite=n`,
 * q kept). Never indexed and without canonical: result lists are not content of their own.
 * The query is shown back only as text, through Preact's escaping (../markup.ts).
 */
import { searchPath } from '../../urls';
import { SEARCH_QUERY_LIMITS } from '../../../search/search-query';
import { searchTerms } from '../../../search/search-text';
import { ApiError, type ReaderApi } from '../api';
import { h, type Child } from '../markup';
import { cardGrid, paginationNav, searchForm } from '../listing';
import { searchQuery } from '../query';
import { textsFor } from '../texts';
import type { ArticleSummary, ListResponse } from '../types';
import { baseHead, otherLocale, positiveInt, type Page, type PageRequest } from './page';
import { notFoundPage } from './status';

/** The same limits the API checks, so a query it would refuse is answered here without asking. */
export function isSearchable(query: string): boolean {
  const length = [...query].length;
  return length >= SEARCH_QUERY_LIMITS.minLength && length <= SEARCH_QUERY_LIMITS.maxLength && searchTerms(query).length > 0;
}

export async function searchPage(api: ReaderApi, req: PageRequest): Promise<Page> {
  const locale = req.locale;
  const t = textsFor(locale);
  const q = (req.url.searchParams.get('q') ?? '').trim();
  const page = positiveInt(req.url.searchParams.get('seite'));
  const other = otherLocale(locale);
  const page200 = (body: Child[], maxAge: number | null, title = t.search): Page => ({
    status: 200,
    locale,
    head: baseHead(req, title, { description: t.searchIntro, noindex: true }),
    main: [
      h('h1', {}, t.search),
      searchForm(t, locale, { id: 'search-page-q', className: 'search-form', name: t.searchLabel, query: q }),
      ...body,
    ],
    otherLanguage: { href: searchPath(other, q), hreflang: other },
    maxAge,
  });

  if (!q) return page200([h('p', { class: 'intro' }, t.searchIntro)], 300);
  if (!isSearchable(q)) return page200([h('p', { class: 'search-message', role: 'status' }, t.searchLength)], 300);

  let answer;
  try {
    answer = await api.get<ListResponse<ArticleSummary>>(`/api/articles/search?${searchQuery({ locale, q, page })}`);
  } catch (error) {
    // A query the API refuses all the same (its rules may be stricter than this page's).
    if (error instanceof ApiError && error.status === 400)
      return page200([h('p', { class: 'search-message', role: 'status' }, t.searchLength)], 0);
    throw error;
  }
  const { data, meta } = answer.body;
  const pagination = meta.pagination ?? { page: 1, pageCount: 1, pageSize: data.length, total: data.length };
  if (pagination.total > 0 && page > pagination.pageCount) return notFoundPage(req);
  const href = (n: number) => `${searchPath(locale, q)}${n > 1 ? `&seite=${n}` : ''}`;
  const title = `${t.searchResults(pagination.total, q)}${page > 1 ? ` – ${t.pageOf(page, pagination.pageCount)}` : ''}`;
  return page200(
    [
      h('p', { class: 'search-summary', role: 'status', 'data-testid': 'search-summary' }, t.searchResults(pagination.total, q)),
      data.length > 0 ? cardGrid(data, t) : h('p', {}, t.searchNothing),
      paginationNav(t, page, pagination.pageCount, href),
    ],
    answer.maxAge,
    title,
  );
}
