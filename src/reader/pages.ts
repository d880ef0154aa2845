/** The reader's pages: home, article (published or preview), not found, unreachable, preview expired. */
import { articleJsonLd, jsonLdText } from '../domain/article-json-ld';
import { articlePath, feedPath, homePath } from '../domain/reader-urls';
import { ApiError, ApiUnreachableError, getJson } from './api';
import { renderBlocks } from './blocks';
import { articleCard } from './cards';
import { h, replaceContent } from './dom';
import { articleListQuery, articleQuery, categoriesQuery, previewQuery } from './query';
import { readerDate, textsFor, type Texts } from './texts';
import type { Article, ArticleSummary, Category, ListResponse, StatBlock } from './types';

const SITE_NAME = document.querySelector('meta[name="application-name"]')?.getAttribute('content') || 'Social-Media-Blog';

export interface PageContext {
  main: HTMLElement;
  locale: string;
  url: URL;
}

function setHead(options: { title: string; description?: string | null; locale: string; canonical?: string | null; noindex?: boolean; alternates?: Array<{ locale: string; href: string }> }) {
  document.documentElement.lang = options.locale;
  document.title = options.title === SITE_NAME ? SITE_NAME : `${options.title} – ${SITE_NAME}`;
  const head = document.head;
  head.querySelectorAll('[data-managed]').forEach((node) => node.remove());
  const add = (element: HTMLElement) => {
    element.setAttribute('data-managed', '');
    head.appendChild(element);
  };
  if (options.description) add(h('meta', { name: 'description', content: options.description }));
  if (options.canonical) add(h('link', { rel: 'canonical', href: options.canonical }));
  if (options.noindex) add(h('meta', { name: 'robots', content: 'noindex, nofollow' }));
  for (const alt of options.alternates ?? []) add(h('link', { rel: 'alternate', hreflang: alt.locale, href: alt.href }));
  add(h('link', { rel: 'alternate', type: 'application/rss+xml', title: `${SITE_NAME} (RSS)`, href: feedPath(options.locale) }));
}

function setLanguageLink(t: Texts, href: string | null) {
  const slot = document.getElementById('language-switch');
  if (!slot) return;
  replaceContent(slot, href ? h('a', { href, hreflang: t === textsFor('de') ? 'en' : 'de', lang: t === textsFor('de') ? 'en' : 'de', 'data-testid': 'language-switch' }, t.otherLanguage) : null);
  const feed = document.getElementById('feed-link');
  if (feed) feed.setAttribute('href', feedPath(t === textsFor('de') ? 'de' : 'en'));
}

export function renderUnreachable(ctx: PageContext) {
  const t = textsFor(ctx.locale);
  setHead({ title: t.unreachableTitle, locale: ctx.locale, noindex: true });
  replaceContent(
    ctx.main,
    h('section', { class: 'status-page', role: 'alert', 'data-testid': 'unreachable' }, h('h1', {}, t.unreachableTitle), h('p', {}, t.unreachableText), h('p', {}, h('a', { href: ctx.url.pathname + ctx.url.search }, t.retry))),
  );
}

export function renderNotFound(ctx: PageContext) {
  const t = textsFor(ctx.locale);
  setHead({ title: t.notFoundTitle, locale: ctx.locale, noindex: true });
  replaceContent(ctx.main, h('section', { class: 'status-page', 'data-testid': 'not-found' }, h('h1', {}, t.notFoundTitle), h('p', {}, t.notFoundText), h('p', {}, h('a', { href: homePath(ctx.locale) }, t.toHome))));
}

function renderPreviewExpired(ctx: PageContext) {
  const t = textsFor(ctx.locale);
  setHead({ title: t.previewExpiredTitle, locale: ctx.locale, noindex: true });
  replaceContent(ctx.main, h('section', { class: 'status-page', 'data-testid': 'preview-expired' }, h('h1', {}, t.previewExpiredTitle), h('p', {}, t.previewExpiredText)));
}

/** The API refuses pages beyond this one (400, src/domain/rest-read-query.ts); no page of the blog is that far. */
const MAX_PAGE = 10_000_000;

const positiveInt = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= MAX_PAGE ? n : 1;
};

export async function renderHome(ctx: PageContext) {
  const t = textsFor(ctx.locale);
  const page = positiveInt(ctx.url.searchParams.get('seite'));
  const category = ctx.url.searchParams.get('kategorie');
  const [list, categories] = await Promise.all([
    getJson<ListResponse<ArticleSummary>>(`/api/articles?${articleListQuery({ locale: ctx.locale, page, category })}`),
    getJson<ListResponse<Category>>(`/api/categories?${categoriesQuery()}`),
  ]);
  setHead({ title: category ? (categories.data.find((c) => c.slug === category)?.name ?? t.homeTitle) : SITE_NAME, description: t.homeIntro, locale: ctx.locale, canonical: `${location.origin}${homePath(ctx.locale)}` });
  setLanguageLink(t, homePath(ctx.locale === 'de' ? 'en' : 'de'));

  const link = (params: { kategorie?: string | null; seite?: number }) => {
    const search = new URLSearchParams();
    if (params.kategorie) search.set('kategorie', params.kategorie);
    if (params.seite && params.seite > 1) search.set('seite', String(params.seite));
    const query = search.toString();
    return `${homePath(ctx.locale)}${query ? `?${query}` : ''}`;
  };
  const pagination = list.meta.pagination ?? { page: 1, pageCount: 1, pageSize: list.data.length, total: list.data.length };

  replaceContent(
    ctx.main,
    h('h1', {}, t.homeTitle),
    h('p', { class: 'intro' }, t.homeIntro),
    h(
      'nav',
      { class: 'category-filter', 'aria-label': t.categories },
      h(
        'ul',
        {},
        h('li', {}, h('a', { href: link({}), 'aria-current': category ? undefined : 'page' }, t.allCategories)),
        categories.data.map((c) => h('li', {}, h('a', { href: link({ kategorie: c.slug }), 'aria-current': c.slug === category ? 'page' : undefined }, c.name))),
      ),
    ),
    list.data.length === 0 ? h('p', {}, t.noArticles) : h('div', { class: 'card-grid' }, list.data.map((article) => articleCard(article, t, 'h2'))),
    pagination.pageCount > 1
      ? h(
          'nav',
          { class: 'pagination', 'aria-label': t.pagination },
          page > 1 ? h('a', { href: link({ kategorie: category, seite: page - 1 }), rel: 'prev' }, t.previous) : null,
          h('span', {}, t.pageOf(pagination.page, pagination.pageCount)),
          page < pagination.pageCount ? h('a', { href: link({ kategorie: category, seite: page + 1 }), rel: 'next' }, t.next) : null,
        )
      : null,
  );
}

async function loadArticle(ctx: PageContext, slug: string, previewToken: string | null): Promise<Article | 'expired' | null> {
  if (previewToken) {
    try {
      return (await getJson<{ data: Article }>(`/api/editorial/preview?${previewQuery(previewToken)}`)).data;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return 'expired';
      throw error;
    }
  }
  const list = await getJson<ListResponse<Article>>(`/api/articles?${articleQuery(slug, ctx.locale)}`);
  return list.data[0] ?? null;
}

export async function renderArticle(ctx: PageContext, slug: string) {
  const previewToken = ctx.url.searchParams.get('preview');
  const article = await loadArticle(ctx, slug, previewToken);
  if (article === 'expired') return renderPreviewExpired(ctx);
  if (!article) return renderNotFound(ctx);
  const locale = article.locale ?? ctx.locale;
  const t = textsFor(locale);
  const url = `${location.origin}${articlePath(article.slug, locale)}`;
  const other = (article.localizations ?? []).find((l) => l.locale !== locale && l.slug);
  const published = article.originallyPublishedAt ?? article.publishedAt;

  setHead({
    title: article.metaTitle || article.title,
    description: article.metaDescription || article.excerpt,
    locale,
    canonical: previewToken ? null : url,
    noindex: Boolean(previewToken),
    alternates: other ? [{ locale, href: url }, { locale: other.locale, href: `${location.origin}${articlePath(other.slug, other.locale)}` }] : [],
  });
  setLanguageLink(t, other ? articlePath(other.slug, other.locale) : null);

  const studies = (article.blocks ?? [])
    .filter((b): b is StatBlock => b.__component === 'blocks.study-stat')
    .flatMap((b) => (b.rendered?.studies ?? []).map((study, i) => ({ title: study.title, publisher: study.publisher, publishedOn: study.publishedOn, url: b.rendered?.citations[i]?.url ?? null })));
  const jsonLd = h('script', { type: 'application/ld+json', 'data-testid': 'json-ld' });
  jsonLd.textContent = jsonLdText(
    articleJsonLd({
      url,
      headline: article.title,
      description: article.excerpt,
      locale,
      datePublished: published,
      dateModified: article.updatedAt ?? published,
      lastReviewed: article.lastReviewedAt,
      authorName: article.author?.name,
      publisherName: SITE_NAME,
      publisherUrl: `${location.origin}/`,
      imageUrl: article.cover?.url ? new URL(article.cover.url, location.origin).href : null,
      section: article.category?.name,
      studies,
    }),
  );

  const banner = article.editorial?.banner;
  replaceContent(
    ctx.main,
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
          published ? h('span', {}, t.published(readerDate(published, locale))) : null,
          article.lastReviewedAt ? h('span', { 'data-testid': 'reviewed' }, t.reviewed(readerDate(article.lastReviewedAt, locale))) : null,
        ),
        article.cover?.url ? h('img', { class: 'article__cover', src: article.cover.url, alt: article.cover.alternativeText ?? '', width: article.cover.width ?? undefined, height: article.cover.height ?? undefined }) : null,
      ),
      h('div', { class: 'article__body' }, renderBlocks(article.blocks, t)),
    ),
    (article.related ?? []).length > 0
      ? h('section', { class: 'related', 'aria-labelledby': 'related-heading' }, h('h2', { id: 'related-heading' }, t.related), h('div', { class: 'card-grid' }, (article.related ?? []).slice(0, 4).map((r) => articleCard({ ...r, locale: r.locale ?? locale }, t, 'h3'))))
      : null,
    jsonLd,
  );
}
