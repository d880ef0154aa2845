/**
 * Serves the reader's site next to the API: the page shell (`public/index.html`, whose
 * script renders every page from the REST API) at `/`, `/artikel/<slug>` and their `/en`
 * twins, with a real 404 status for unknown articles; the RSS feeds and the sitemap.
 * Sits before `strapi::public`, after logger, errors and security headers.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../bootstrap/content-types';
import { matchReaderPath } from '../domain/reader-urls';
import { rssFeed, sitemap } from '../reader-site/feed-data';

const SHELL_MAX_AGE = 60;
const FEED_MAX_AGE = 300;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const shellFile = path.join(strapi.dirs.static.public, 'index.html');
  let shell: string | null = null;
  const readShell = () => (shell ??= fs.readFileSync(shellFile, 'utf8'));

  const articleExists = async (slug: string, locale: string) =>
    Boolean(await strapi.db.query(ARTICLE).findOne({ where: { slug, locale, publishedAt: { $notNull: true } }, select: ['id'] }));

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const route = matchReaderPath(ctx.path);
    switch (route.page) {
      case 'home':
      case 'article': {
        let status = 200;
        if (route.page === 'article') {
          if (typeof ctx.query.preview === 'string') {
            // A draft preview: the page fetches the draft with the token; never cache or index it.
            ctx.set('Cache-Control', 'private, no-store');
            ctx.set('X-Robots-Tag', 'noindex, nofollow');
          } else if (!(await articleExists(route.slug, route.locale))) {
            status = 404;
          }
        }
        if (!ctx.response.get('Cache-Control')) ctx.set('Cache-Control', `public, max-age=${status === 200 ? SHELL_MAX_AGE : 0}`);
        ctx.status = status;
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = readShell();
        return;
      }
      case 'feed':
        ctx.type = 'application/rss+xml; charset=utf-8';
        ctx.set('Cache-Control', `public, max-age=${FEED_MAX_AGE}`);
        ctx.body = await rssFeed(strapi, route.locale, ctx.origin);
        return;
      case 'sitemap':
        ctx.type = 'application/xml; charset=utf-8';
        ctx.set('Cache-Control', `public, max-age=${FEED_MAX_AGE}`);
        ctx.body = await sitemap(strapi, ctx.origin);
        return;
      default:
        return next();
    }
  };
};
