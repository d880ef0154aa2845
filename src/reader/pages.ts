/**
 * The reader's pages: home (with category filter and pagination), article (published or
 * preview), not found, unreachable, preview expired. Each loads what it shows through the
 * reader's API client and returns the page's status, head and main content; the document
 * around it is `document.ts`. Nothing here touches a browser or Koa.
 */
import { articleJsonLd, breadcrumbJsonLd, jsonLdText } from '../domain/article-json-ld';
import { articlePath, feedPath, homePath } from '../domain/reader-urls';
import { ApiError, type ReaderApi } from './api';
import { renderBlocks } from './blocks';
import { articleCard } from './cards';
import { h, type Child } from './markup';
import type { HeadInfo } from './head';
import { articleListQuery, articleQuery, categoriesQuery, previewQuery } from './query';
import { readerDate, textsFor } from './texts';
import type { Article, ArticleSummary, Category, ListResponse, StatBlock } from './types';

export interface PageRequest {
  locale: string;
  /** The page's absolute URL as the reader asked for it. */
  url: URL;
  /** Absolute origin of the public site, without a trailing slash. */
  origin: string;
  siteName: string;
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

const OG_LOCALE: Record<string, string> = { de: 'de_DE', en: 'en_GB' };
const otherLocale = (locale: string) => (locale === 'de' ? 'en' : 'de');

function baseHead(req: PageRequest, title: string, extra: Partial<HeadInfo> = {}): HeadInfo {
  const t = textsFor(req.locale);
  return {
    title: title === req.siteName ? title : `${title} – ${req.siteName}`,
    feed: { href: feedPath(req.locale), title: `${req.siteName} – ${t.feed}` },
    ...extra,
  };
}

/** The pages that say something went wrong: a heading, a few lines, never indexed. */
function statusPage(req: PageRequest, page: { status: number; title: string; testId: string; alert?: boolean; body: Child[]; maxAge: number; noStore?: boolean }): Page {
  return {
    status: page.status,
    locale: req.locale,
    head: baseHead(req, page.title, { noindex: true }),
    main: [h('section', { class: 'status-page', role: page.alert ? 'alert' : undefined, 'data-testid': page.testId }, h('h1', {}, page.title), ...page.body)],
    otherLanguage: null,
    maxAge: page.maxAge,
    noStore: page.noStore,
  };
}

export function notFoundPage(req: PageRequest): Page {
  const t = textsFor(req.locale);
  return statusPage(req, {
    status: 404,
    title: t.notFoundTitle,
    testId: 'not-found',
    body: [h('p', {}, t.notFoundText), h('p', {}, h('a', { href: homePath(req.locale) }, t.toHome))],
    maxAge: 60,
  });
}

export function unreachablePage(req: PageRequest): Page {
  const t = textsFor(req.locale);
  return statusPage(req, {
    status: 503,
    title: t.unreachableTitle,
    testId: 'unreachable',
    alert: true,
    body: [h('p', {}, t.unreachableText), h('p', {}, h('a', { href: req.url.pathname + req.url.search }, t.retry))],
    maxAge: 0,
    noStore: true,
  });
}

function previewExpiredPage(req: PageRequest): Page {
  const t = textsFor(req.locale);
  return statusPage(req, { status: 401, title: t.previewExpiredTitle, testId: 'preview-expired', body: [h('p', {}, t.previewExpiredText)], maxAge: 0, noStore: true });
}

/** No page of the blog is that far; the API refuses pages past 10,000,000 (400, src/domain/rest-read-query.ts). */
const MAX_PAGE = 10_000;

const positiveInt = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= MAX_PAGE ? n : 1;
};
const minAge = (...ages: Array<number | null>) => {
  const known = ages.filter((age): age is number => age !== null);
  return known.length > 0 ? Math.min(...known) : null;
};

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
    list.body.data.length === 0 ? h('p', {}, t.noArticles) : h('div', { class: 'card-grid' }, list.body.data.map((article) => articleCard(article, t, 'h2'))),
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

async function loadArticle(api: ReaderApi, req: PageRequest, slug: string, previewToken: string | null): Promise<{ article: Article; maxAge: number | null } | 'expired' | null> {
  if (previewToken) {
    try {
      const answer = await api.get<{ data: Article }>(`/api/editorial/preview?${previewQuery(previewToken)}`);
      return { article: answer.body.data, maxAge: 0 };
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 404 || error.status === 400)) return 'expired';
      throw error;
    }
  }
  const answer = await api.get<ListResponse<Article>>(`/api/articles?${articleQuery(slug, req.locale)}`);
  const article = answer.body.data[0];
  return article ? { article, maxAge: answer.maxAge } : null;
}

export async function articlePage(api: ReaderApi, req: PageRequest, slug: string): Promise<Page> {
  const previewToken = req.url.searchParams.get('preview');
  const loaded = await loadArticle(api, req, slug, previewToken);
  if (loaded === 'expired') return previewExpiredPage(req);
  if (!loaded) return notFoundPage(req);
  const { article } = loaded;
  const locale = article.locale ?? req.locale;
  const t = textsFor(locale);
  const url = `${req.origin}${articlePath(article.slug, locale)}`;
  const other = (article.localizations ?? []).find((l) => l.locale !== locale && l.slug);
  const published = article.originallyPublishedAt ?? article.publishedAt;
  const modified = article.updatedAt ?? published;
  const description = article.metaDescription || article.excerpt;
  const cover = article.cover?.url ? { url: new URL(article.cover.url, req.origin).href, width: article.cover.width, height: article.cover.height, alt: article.cover.alternativeText || article.title } : null;
  const section = article.category?.name ?? null;
  const homeUrl = `${req.origin}${homePath(locale)}`;

  const studies = (article.blocks ?? [])
    .filter((b): b is StatBlock => b.__component === 'blocks.study-stat')
    .flatMap((b) => (b.rendered?.studies ?? []).map((study, i) => ({ title: study.title, publisher: study.publisher, publishedOn: study.publishedOn, url: b.rendered?.citations[i]?.url ?? null })));
  const jsonLd = [
    jsonLdText(
      articleJsonLd({
        url,
        headline: article.title,
        description,
        locale,
        datePublished: published,
        dateModified: modified,
        lastReviewed: article.lastReviewedAt,
        authorName: article.author?.name,
        publisherName: req.siteName,
        publisherUrl: `${req.origin}/`,
        imageUrl: cover?.url ?? null,
        section,
        studies,
      }),
    ),
    jsonLdText(
      breadcrumbJsonLd([
        { name: req.siteName, url: homeUrl },
        ...(article.category ? [{ name: article.category.name, url: `${homeUrl}?kategorie=${encodeURIComponent(article.category.slug)}` }] : []),
        { name: article.title, url },
      ]),
    ),
  ];
  const alternates = other
    ? [
        { hreflang: locale, href: url },
        { hreflang: other.locale, href: `${req.origin}${articlePath(other.slug, other.locale)}` },
        { hreflang: 'x-default', href: locale === 'de' ? url : `${req.origin}${articlePath(other.slug, other.locale)}` },
      ]
    : [];
  const head = baseHead(req, article.metaTitle || article.title, {
    description,
    canonical: previewToken ? null : url,
    noindex: Boolean(previewToken),
    alternates: previewToken ? [] : alternates,
    openGraph: {
      type: 'article',
      title: article.metaTitle || article.title,
      description,
      url,
      siteName: req.siteName,
      locale: OG_LOCALE[locale] ?? locale,
      localeAlternates: other ? [OG_LOCALE[other.locale] ?? other.locale] : [],
      image: cover,
      publishedTime: published,
      modifiedTime: modified,
      section,
      tags: (article.tags ?? []).map((tag) => tag.name),
    },
    jsonLd,
  });

  const banner = article.editorial?.banner;
  const main: Child[] = [
    previewToken ? h('p', { class: 'preview-marker', role: 'status', 'data-testid': 'preview-marker' }, h('strong', {}, t.previewMarker), ' ', t.previewText) : null,
    h(
      'article',
      { class: 'article', 'data-testid': 'article', lang: locale },
      banner ? h('aside', { class: `banner banner--${banner.kind}`, role: 'note', 'aria-label': t.noticeLabel, 'data-testid': 'outdated-banner' }, banner.message) : null,
      h(
        'header',
        { class: 'article__header' },
        article.category ? h('p', { class: 'article__category' }, h('a', { href: `${homePath(locale)}?kategorie=${encodeURIComponent(article.category.slug)}` }, article.category.name)) : null,
        h('h1', {}, article.title),
        h(
          'p',
          { class: 'article__meta' },
          article.author ? h('span', { class: 'article__author' }, t.by(article.author.name)) : null,
          published ? h('span', {}, h('time', { datetime: published }, t.published(readerDate(published, locale)))) : null,
          article.lastReviewedAt ? h('span', { 'data-testid': 'reviewed' }, h('time', { datetime: article.lastReviewedAt }, t.reviewed(readerDate(article.lastReviewedAt, locale)))) : null,
        ),
        article.cover?.url ? h('img', { class: 'article__cover', src: article.cover.url, alt: article.cover.alternativeText ?? '', width: article.cover.width ?? undefined, height: article.cover.height ?? undefined }) : null,
      ),
      h('div', { class: 'article__body' }, renderBlocks(article.blocks, t, { articleWarned: banner?.kind === 'outdated' })),
    ),
    (article.related ?? []).length > 0
      ? h(
          'section',
          { class: 'related', 'aria-labelledby': 'related-heading' },
          h('h2', { id: 'related-heading' }, t.related),
          h('div', { class: 'card-grid' }, (article.related ?? []).slice(0, 4).map((r) => articleCard({ ...r, locale: r.locale ?? locale }, t, 'h3'))),
        )
      : null,
  ];
  return {
    status: 200,
    locale,
    head,
    main,
    otherLanguage: other && !previewToken ? { href: articlePath(other.slug, other.locale), hreflang: other.locale } : null,
    maxAge: loaded.maxAge,
    noStore: Boolean(previewToken),
  };
}
