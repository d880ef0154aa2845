/**
 * Loads what the RSS feed and the sitemap list: published articles only (the Document
 * Service with `status: 'published'`), newest first, and only what the Public role may
 * read (`find` on articles, on studies): the feeds read the database directly, so they
 * ask the role as the API would (public-access.ts).
 */
import type { Core } from '@strapi/strapi';
import { ARTICLE, STUDY } from '../../domain/blog';
import { teaserFor } from '../teaser';
import { articleLastChange, buildRss, buildSitemap, type SitemapEntry } from './rules';
import { IMPORTED_AT_KEY } from '../../seed/seed-demo';
import { articlePath, feedPath, homePath, READER_LOCALES, studyPath } from '../urls';
import { LANGUAGE_TAGS, siteInfo } from '../server/site';
import type { Article } from '../templates/types';
import { publicActions } from './public-access';

const ARTICLES_READABLE = `${ARTICLE}.find`;
const STUDIES_READABLE = `${STUDY}.find`;

const FEED_SIZE = 50;
const SITEMAP_PAGE = 1000;

/** The reader's article type (reader-site/templates/types.ts), with what the feed loads. */
type FeedArticle = Pick<
  Article,
  | 'documentId'
  | 'title'
  | 'slug'
  | 'locale'
  | 'excerpt'
  | 'originallyPublishedAt'
  | 'publishedAt'
  | 'updatedAt'
  | 'lastReviewedAt'
  | 'category'
  | 'author'
  | 'blocks'
>;

const publishedDate = (a: FeedArticle) => new Date(a.originallyPublishedAt ?? a.publishedAt ?? a.updatedAt ?? 0);

/** The feed, or null when the Public role may not list articles (the home page is a 404 then too). */
export async function rssFeed(strapi: Core.Strapi, locale: string, requestOrigin: string): Promise<string | null> {
  if (!(await publicActions(strapi, [ARTICLES_READABLE])).has(ARTICLES_READABLE)) return null;
  const site = siteInfo(requestOrigin);
  const articles = (await strapi.documents(ARTICLE).findMany({
    status: 'published',
    locale,
    sort: ['originallyPublishedAt:desc', 'publishedAt:desc'],
    limit: FEED_SIZE,
    fields: ['title', 'slug', 'excerpt', 'originallyPublishedAt', 'publishedAt', 'updatedAt'],
    populate: {
      category: { fields: ['name'] },
      author: { fields: ['name'] },
      blocks: { on: { 'blocks.rich-text': { fields: ['body'] } } },
    },
  })) as unknown as FeedArticle[];
  return buildRss(
    {
      title: locale === 'de' ? site.name : `${site.name} (${locale})`,
      link: `${site.origin}${homePath(locale)}`,
      self: `${site.origin}${feedPath(locale)}`,
      description: site.description[locale] ?? site.description.de,
      language: LANGUAGE_TAGS[locale] ?? locale,
    },
    articles.map((a) => ({
      title: a.title,
      link: `${site.origin}${articlePath(a.slug, locale)}`,
      description: teaserFor(a, 400),
      published: publishedDate(a),
      category: a.category?.name ?? null,
      author: a.author?.name ?? null,
    })),
  );
}

export async function sitemap(strapi: Core.Strapi, requestOrigin: string): Promise<string> {
  const site = siteInfo(requestOrigin);
  const allowed = await publicActions(strapi, [ARTICLES_READABLE, STUDIES_READABLE]);
  const entries: SitemapEntry[] = [];
  if (allowed.has(ARTICLES_READABLE)) entries.push(...(await articleEntries(strapi, site.origin)));
  if (allowed.has(STUDIES_READABLE)) entries.push(...(await studyEntries(strapi, site.origin)));
  return buildSitemap(entries);
}

/** The home pages and every published article, with its translations as alternates. */
async function articleEntries(strapi: Core.Strapi, origin: string): Promise<SitemapEntry[]> {
  const site = { origin };
  const entries: SitemapEntry[] = READER_LOCALES.map((locale) => ({ loc: `${site.origin}${homePath(locale)}` }));
  const importedAt = (await strapi.store({ type: 'core', name: 'blog' }).get({ key: IMPORTED_AT_KEY })) as string | null;
  const importedUntil = importedAt ? new Date(importedAt) : null;
  const byDocument = new Map<string, FeedArticle[]>();
  for (const locale of READER_LOCALES) {
    for (let start = 0; ; start += SITEMAP_PAGE) {
      const page = (await strapi.documents(ARTICLE).findMany({
        status: 'published',
        locale,
        sort: ['originallyPublishedAt:desc', 'id:asc'],
        start,
        limit: SITEMAP_PAGE,
        fields: ['slug', 'updatedAt', 'lastReviewedAt', 'originallyPublishedAt', 'publishedAt'],
      })) as unknown as FeedArticle[];
      for (const article of page) {
        const list = byDocument.get(article.documentId) ?? [];
        list.push({ ...article, locale });
        byDocument.set(article.documentId, list);
      }
      if (page.length < SITEMAP_PAGE) break;
    }
  }
  for (const versions of byDocument.values()) {
    const alternates =
      versions.length > 1
        ? versions.map((v) => ({ hreflang: v.locale, href: `${site.origin}${articlePath(v.slug, v.locale)}` }))
        : undefined;
    for (const version of versions) {
      entries.push({
        loc: `${site.origin}${articlePath(version.slug, version.locale)}`,
        lastmod: articleLastChange(version, importedUntil),
        alternates,
      });
    }
  }
  return entries;
}

/** Every published study's page, with its translations as alternates. */
async function studyEntries(strapi: Core.Strapi, origin: string): Promise<SitemapEntry[]> {
  const byDocument = new Map<string, Array<{ slug: string; locale: string; updatedAt?: string | null }>>();
  for (const locale of READER_LOCALES) {
    for (let start = 0; ; start += SITEMAP_PAGE) {
      const page = (await strapi.documents(STUDY).findMany({
        status: 'published',
        locale,
        sort: ['id:asc'],
        start,
        limit: SITEMAP_PAGE,
        fields: ['slug', 'updatedAt'],
      })) as unknown as Array<{ documentId: string; slug: string | null; updatedAt?: string | null }>;
      for (const study of page) {
        if (!study.slug) continue;
        const list = byDocument.get(study.documentId) ?? [];
        list.push({ slug: study.slug, locale, updatedAt: study.updatedAt });
        byDocument.set(study.documentId, list);
      }
      if (page.length < SITEMAP_PAGE) break;
    }
  }
  const entries: SitemapEntry[] = [];
  for (const versions of byDocument.values()) {
    const alternates =
      versions.length > 1 ? versions.map((v) => ({ hreflang: v.locale, href: `${origin}${studyPath(v.slug, v.locale)}` })) : undefined;
    for (const version of versions) {
      entries.push({
        loc: `${origin}${studyPath(version.slug, version.locale)}`,
        lastmod: version.updatedAt ? new Date(version.updatedAt) : null,
        alternates,
      });
    }
  }
  return entries;
}
