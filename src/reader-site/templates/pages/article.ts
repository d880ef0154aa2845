/** The article page, published or as a draft preview. */
import { articleJsonLd, breadcrumbJsonLd, jsonLdText } from '../../seo/article-json-ld';
import { articlePath, categoryPath, homePath, shareImagePath } from '../../urls';
import { leadChart, leadFigure, shareCardAlt, SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH } from '../../share-card/rules';
import { ApiError, type ReaderApi } from '../api';
import { renderBlocks } from '../blocks';
import { articleCard, authorBox } from '../cards';
import { h, type Child } from '../markup';
import { articleQuery, previewQuery } from '../query';
import { readerDate, textsFor } from '../texts';
import type { Article, ListResponse, StatBlock } from '../types';
import { baseHead, OG_LOCALE, type Page, type PageRequest } from './page';
import { notFoundPage, previewExpiredPage } from './status';
import { STUDY_STAT_BLOCK } from '../../../domain/blog';

async function loadArticle(
  api: ReaderApi,
  req: PageRequest,
  slug: string,
  previewToken: string | null,
): Promise<{ article: Article; maxAge: number | null } | 'expired' | null> {
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
  const cover = article.cover?.url
    ? {
        url: new URL(article.cover.url, req.origin).href,
        width: article.cover.width,
        height: article.cover.height,
        alt: article.cover.alternativeText || article.title,
      }
    : null;
  // Without a cover, the generated card (src/reader-site/share-card/image.ts); a preview's draft has none yet.
  const image =
    cover ??
    (previewToken
      ? null
      : {
          url: `${req.origin}${shareImagePath(article.slug, locale)}`,
          width: SHARE_CARD_WIDTH,
          height: SHARE_CARD_HEIGHT,
          alt: shareCardAlt(article.title, leadFigure(article.blocks), leadChart(article.blocks)),
        });
  const section = article.category?.name ?? null;
  const homeUrl = `${req.origin}${homePath(locale)}`;

  const studies = (article.blocks ?? [])
    .filter((b): b is StatBlock => b.__component === STUDY_STAT_BLOCK)
    .flatMap((b) =>
      (b.rendered?.studies ?? []).map((study, i) => ({
        title: study.title,
        publisher: study.publisher,
        publishedOn: study.publishedOn,
        url: b.rendered?.citations[i]?.url ?? null,
      })),
    );
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
        publisherLogo: req.logo ?? null,
        imageUrl: image?.url ?? null,
        section,
        studies,
      }),
    ),
    jsonLdText(
      breadcrumbJsonLd([
        { name: req.siteName, url: homeUrl },
        ...(article.category ? [{ name: article.category.name, url: `${req.origin}${categoryPath(article.category.slug, locale)}` }] : []),
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
      image,
      publishedTime: published,
      modifiedTime: modified,
      section,
      tags: (article.tags ?? []).map((tag) => tag.name),
    },
    jsonLd,
  });

  const banner = article.editorial?.banner;
  const main: Child[] = [
    previewToken
      ? h(
          'p',
          { class: 'preview-marker', role: 'status', 'data-testid': 'preview-marker' },
          h('strong', {}, t.previewMarker),
          ' ',
          t.previewText,
        )
      : null,
    h(
      'article',
      { class: 'article', 'data-testid': 'article', lang: locale },
      banner
        ? h(
            'aside',
            { class: `banner banner--${banner.kind}`, role: 'note', 'aria-label': t.noticeLabel, 'data-testid': 'outdated-banner' },
            banner.message,
            banner.followUp?.slug
              ? [
                  ' ',
                  h(
                    'a',
                    {
                      class: 'banner__follow-up',
                      href: articlePath(banner.followUp.slug, banner.followUp.locale ?? locale),
                      'data-testid': 'banner-follow-up',
                    },
                    t.followUp(banner.followUp.title),
                  ),
                ]
              : null,
          )
        : null,
      h(
        'header',
        { class: 'article__header' },
        article.category
          ? h('p', { class: 'article__category' }, h('a', { href: categoryPath(article.category.slug, locale) }, article.category.name))
          : null,
        h('h1', {}, article.title),
        h(
          'p',
          { class: 'article__meta' },
          article.author ? h('span', { class: 'article__author' }, t.by(article.author.name)) : null,
          published ? h('span', {}, h('time', { datetime: published }, t.published(readerDate(published, locale)))) : null,
          article.lastReviewedAt
            ? h(
                'span',
                { 'data-testid': 'reviewed' },
                h('time', { datetime: article.lastReviewedAt }, t.reviewed(readerDate(article.lastReviewedAt, locale))),
              )
            : null,
        ),
        article.cover?.url
          ? h('img', {
              class: 'article__cover',
              src: article.cover.url,
              alt: article.cover.alternativeText ?? '',
              width: article.cover.width ?? undefined,
              height: article.cover.height ?? undefined,
              fetchpriority: 'high',
              decoding: 'async',
            })
          : null,
      ),
      h('div', { class: 'article__body' }, renderBlocks(article.blocks, t, { articleWarned: banner?.kind === 'outdated', locale })),
      authorBox(article.author, t),
    ),
    (article.related ?? []).length > 0
      ? h(
          'section',
          { class: 'related', 'aria-labelledby': 'related-heading' },
          h('h2', { id: 'related-heading' }, t.related),
          h(
            'div',
            { class: 'card-grid' },
            (article.related ?? []).slice(0, 4).map((r) => articleCard({ ...r, locale: r.locale ?? locale }, t, 'h3')),
          ),
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
