/** The home page: every article, or one category's, with pagination. */
import { homePath } from '../../domain/reader-urls';
import type { ReaderApi } from '../api';
import { articleCard } from '../cards';
import { h, type Child } from '../markup';
import { articleListQuery, categoriesQuery } from '../query';
import { textsFor } from '../texts';
import type { ArticleSummary, Category, ListResponse } from '../types';
import { baseHead, minAge, OG_LOCALE, otherLocale, positiveInt, type Page, type PageRequest } from './page';
import { notFoundPage } from './status';

export async function homePage(api: ReaderApi, req: PageRequest): Promise<Page> {
  const t = textsFor(req.locale);
  const page = positiveInt(req.url.searchParams.get('seite'));
  const category = req.url.searchParams.get('kategorie');
  const [list, categories] = await Promise.all([
    api.get<ListResponse<ArticleSummary>>(`/api/articles?${articleListQuery({ locale: req.locale, page, category })}`),
    api.get<ListResponse<Category>>(`/api/categories?${categoriesQuery()}`),
  ]);
  const categoryName = category ? categories.body.data.find((c) => c.slug === category)?.name : null;
  if (category && !categoryName) return notFoundPage(req);
  const link = (params: { kategorie?: string | null; seite?: number }) => {
    const search = new URLSearchParams();
    if (params.kategorie) search.set('kategorie', params.kategorie);
    if (params.seite && params.seite > 1) search.set('seite', String(params.seite));
    const query = search.toString();
    return `${homePath(req.locale)}${query ? `?${query}` : ''}`;
  };
  const pagination = list.body.meta.pagination ?? { page: 1, pageCount: 1, pageSize: list.body.data.length, total: list.body.data.length };
  if (page > Math.max(1, pagination.pageCount)) return notFoundPage(req);
  const canonical = `${req.origin}${link({ kategorie: category, seite: page })}`;
  const title = categoryName ?? (page > 1 ? `${t.homeTitle} – ${t.pageOf(page, pagination.pageCount)}` : req.siteName);
  const other = otherLocale(req.locale);
  const head = baseHead(req, title, {
    description: t.homeIntro,
    canonical,
    alternates: category
      ? []
      : [
          { hreflang: req.locale, href: `${req.origin}${homePath(req.locale)}` },
          { hreflang: other, href: `${req.origin}${homePath(other)}` },
          { hreflang: 'x-default', href: `${req.origin}${homePath('de')}` },
        ],
    openGraph: { type: 'website', title, description: t.homeIntro, url: canonical, siteName: req.siteName, locale: OG_LOCALE[req.locale], localeAlternates: [OG_LOCALE[other]] },
  });

  const main: Child[] = [
    h('h1', {}, categoryName ?? t.homeTitle),
    h('p', { class: 'intro' }, t.homeIntro),
    h(
      'nav',
      { class: 'category-filter', 'aria-label': t.categories },
      h(
        'ul',
        {},
        h('li', {}, h('a', { href: link({}), 'aria-current': category ? undefined : 'page' }, t.allCategories)),
        categories.body.data.map((c) => h('li', {}, h('a', { href: link({ kategorie: c.slug }), 'aria-current': c.slug === category ? 'page' : undefined }, c.name))),
      ),
    ),
    list.body.data.length === 0 ? h('p', {}, t.noArticles) : h('div', { class: 'card-grid' }, list.body.data.map((article, i) => articleCard(article, t, 'h2', { priority: i === 0 }))),
    pagination.pageCount > 1
      ? h(
          'nav',
          { class: 'pagination', 'aria-label': t.pagination },
          page > 1 ? h('a', { href: link({ kategorie: category, seite: page - 1 }), rel: 'prev' }, t.previous) : null,
          h('span', {}, t.pageOf(pagination.page, pagination.pageCount)),
          page < pagination.pageCount ? h('a', { href: link({ kategorie: category, seite: page + 1 }), rel: 'next' }, t.next) : null,
        )
      : null,
  ];
  return { status: 200, locale: req.locale, head, main, otherLanguage: category ? null : { href: homePath(other), hreflang: other }, maxAge: minAge(list.maxAge, categories.maxAge) };
}

