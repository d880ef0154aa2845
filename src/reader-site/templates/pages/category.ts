/**
 * A category page (`/kategorie/<slug>`, `/en/kategorie/<slug>`): the category's published
 * articles in this language, nine a page (`?seite=n`). A category without any article in
 * this language is a 404, like an unknown one: the navigation never links to it, and an
 * empty list is nothing a reader or a search engine should land on.
 */
import { breadcrumbJsonLd, jsonLdText } from '../../seo/article-json-ld';
import { categoryPath, homePath } from '../../urls';
import type { ReaderApi } from '../api';
import { h, type Child } from '../markup';
import { cardGrid, categoryNav, paginationNav } from '../listing';
import { articleListQuery, categoriesQuery, categoryQuery } from '../query';
import { textsFor } from '../texts';
import type { ArticleSummary, Category, ListResponse } from '../types';
import { baseHead, minAge, OG_LOCALE, otherLocale, positiveInt, type Page, type PageRequest } from './page';
import { notFoundPage } from './status';

export async function categoryPage(api: ReaderApi, req: PageRequest, slug: string): Promise<Page> {
  const locale = req.locale;
  const other = otherLocale(locale);
  const t = textsFor(locale);
  const page = positiveInt(req.url.searchParams.get('seite'));
  const [found, list, categories, otherCategories] = await Promise.all([
    api.get<ListResponse<Category & { description?: string | null }>>(`/api/categories?${categoryQuery(slug, locale)}`),
    api.get<ListResponse<ArticleSummary>>(`/api/articles?${articleListQuery({ locale, page, category: slug })}`),
    api.get<ListResponse<Category>>(`/api/categories?${categoriesQuery(locale)}`),
    api.get<ListResponse<Category>>(`/api/categories?${categoriesQuery(other)}`),
  ]);
  const category = found.body.data[0];
  const pagination = list.body.meta.pagination ?? { page: 1, pageCount: 1, pageSize: list.body.data.length, total: list.body.data.length };
  if (!category || pagination.total === 0 || page > Math.max(1, pagination.pageCount)) return notFoundPage(req);

  const href = (n: number) => `${categoryPath(category.slug, locale)}${n > 1 ? `?seite=${n}` : ''}`;
  const url = `${req.origin}${href(page)}`;
  const title = page > 1 ? `${category.name} – ${t.pageOf(page, pagination.pageCount)}` : category.name;
  const description = category.description || t.categoryIntro(category.name);
  // The same category has articles in the other language: the pages are each other's translation.
  const twin = otherCategories.body.data.some((c) => c.slug === category.slug) ? categoryPath(category.slug, other) : null;
  const alternates =
    twin && page === 1
      ? [
          { hreflang: locale, href: url },
          { hreflang: other, href: `${req.origin}${twin}` },
          { hreflang: 'x-default', href: locale === 'de' ? url : `${req.origin}${twin}` },
        ]
      : [];
  const head = baseHead(req, title, {
    description,
    canonical: url,
    alternates,
    openGraph: {
      type: 'website',
      title,
      description,
      url,
      siteName: req.siteName,
      locale: OG_LOCALE[locale],
      localeAlternates: twin ? [OG_LOCALE[other]] : [],
    },
    jsonLd: [
      jsonLdText(
        breadcrumbJsonLd([
          { name: req.siteName, url: `${req.origin}${homePath(locale)}` },
          { name: category.name, url: `${req.origin}${href(1)}` },
        ]),
      ),
    ],
  });

  const main: Child[] = [
    h('h1', {}, category.name),
    h('p', { class: 'intro' }, description),
    categoryNav(categories.body.data, t, locale, category.slug),
    cardGrid(list.body.data, t),
    paginationNav(t, page, pagination.pageCount, href),
  ];
  return {
    status: 200,
    locale,
    head,
    main,
    otherLanguage: twin ? { href: twin, hreflang: other } : null,
    maxAge: minAge(found.maxAge, list.maxAge, categories.maxAge, otherCategories.maxAge),
  };
}
