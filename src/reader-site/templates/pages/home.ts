/** The home page: every article, newest first, with pagination; each category has its own page (./category.ts). */
import { homePath } from '../../urls';
import type { ReaderApi } from '../api';
import { articleCard } from '../cards';
import { h, type Child } from '../markup';
import { categoryNav, paginationNav } from '../listing';
import { articleListQuery, categoriesQuery } from '../query';
import { textsFor } from '../texts';
import type { ArticleSummary, Category, ListResponse } from '../types';
import { baseHead, minAge, OG_LOCALE, otherLocale, positiveInt, type Page, type PageRequest } from './page';
import { notFoundPage } from './status';

export async function homePage(api: ReaderApi, req: PageRequest): Promise<Page> {
  const t = textsFor(req.locale);
  const page = positiveInt(req.url.searchParams.get('seite'));
  // The old category filter `/?kategorie=` answers 301 to the category page (src/reader-site/middleware.ts).
  const [list, categories] = await Promise.all([
    api.get<ListResponse<ArticleSummary>>(`/api/articles?${articleListQuery({ locale: req.locale, page })}`),
    api.get<ListResponse<Category>>(`/api/categories?${categoriesQuery(req.locale)}`),
  ]);
  const link = (seite: number) => `${homePath(req.locale)}${seite > 1 ? `?seite=${seite}` : ''}`;
  const pagination = list.body.meta.pagination ?? { page: 1, pageCount: 1, pageSize: list.body.data.length, total: list.body.data.length };
  if (page > Math.max(1, pagination.pageCount)) return notFoundPage(req);
  const canonical = `${req.origin}${link(page)}`;
  const title = page > 1 ? `${t.homeTitle} – ${t.pageOf(page, pagination.pageCount)}` : req.siteName;
  const other = otherLocale(req.locale);
  const head = baseHead(req, title, {
    description: t.homeIntro,
    canonical,
    alternates: [
      { hreflang: req.locale, href: `${req.origin}${homePath(req.locale)}` },
      { hreflang: other, href: `${req.origin}${homePath(other)}` },
      { hreflang: 'x-default', href: `${req.origin}${homePath('de')}` },
    ],
    openGraph: {
      type: 'website',
      title,
      description: t.homeIntro,
      url: canonical,
      siteName: req.siteName,
      locale: OG_LOCALE[req.locale],
      localeAlternates: [OG_LOCALE[other]],
    },
  });

  const main: Child[] = [
    h('h1', {}, t.homeTitle),
    h('p', { class: 'intro' }, t.homeIntro),
    categoryNav(categories.body.data, t, req.locale, null),
    list.body.data.length === 0
      ? h('p', {}, t.noArticles)
      : h(
          'div',
          { class: 'card-grid' },
          list.body.data.map((article, i) => articleCard(article, t, 'h2', { priority: i === 0 })),
        ),
    paginationNav(t, page, pagination.pageCount, link),
  ];
  return {
    status: 200,
    locale: req.locale,
    head,
    main,
    otherLanguage: { href: homePath(other), hreflang: other },
    maxAge: minAge(list.maxAge, categories.maxAge),
  };
}
