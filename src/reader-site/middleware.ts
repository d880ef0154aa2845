/**
 * Serves the reader's site next to the API: every page (home, category filter, article,
 * preview, 404) as complete server-rendered HTML, `robots.txt`, the RSS feeds, the sitemap
 * and the fingerprinted stylesheet. Pages are made from the blog's own REST API, read
 * anonymously over loopback (or from `API_URL`), so they show exactly what the Public role
 * may read. Sits before `strapi::public`, after logger, errors and security headers.
 */
import type { Context } from 'koa';
import crypto from 'crypto';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { legacyCategoryRedirect, matchReaderPath } from './urls';
import { rssFeed, sitemap } from './feeds/load';
import { siteInfo } from './server/site';
import { answerStore, ApiError, ApiUnreachableError, httpReaderApi } from './templates/api';
import { loadPage, pageHtml, type ReaderPageRoute } from './server/render-page';
import { fingerprintedAsset, IMMUTABLE } from './server/assets';
import { pageKey, pageStore, recordingApi } from './server/page-cache';
import { brandAssets } from './server/brand-assets';
import { loadShareCard } from './share-card/image';
import { contentApiSubpathOf, restPrefix } from '../http/canonical-path/rules';

const FEED_MAX_AGE = 300;
const DEFAULT_PAGE_MAX_AGE = 60;
const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The server's own address as this request reached it: the API is read from there. */
function loopbackOrigin(ctx: Context): string {
  const socket = ctx.req.socket;
  let host = String(socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  if (host === '::' || host === '0.0.0.0') host = '127.0.0.1';
  return `http://${host.includes(':') ? `[${host}]` : host}:${socket.localPort}`;
}

/** The card's API answers, kept for revalidation: an unchanged article costs the API a 304. */
const shareCardAnswers = answerStore(4 * 2 ** 20);

/**
 * An article's generated share card (its og:image when it has no cover). The ETag names
 * what is drawn, so a revalidation costs one API read and no drawing.
 */
async function serveShareImage(ctx: Context, route: { locale: string; slug: string }) {
  const apiUrl = (process.env.API_URL ?? '').replace(/\/+$/, '');
  let card;
  try {
    card = await loadShareCard(
      httpReaderApi(apiUrl || loopbackOrigin(ctx), shareCardAnswers),
      route.slug,
      route.locale,
      siteInfo(ctx.origin).name,
    );
  } catch (error) {
    if (error instanceof ApiUnreachableError) {
      ctx.status = 503;
      ctx.set('Cache-Control', 'private, no-store');
      return;
    }
    if (!(error instanceof ApiError && error.status < 500)) throw error;
  }
  if (!card) {
    ctx.status = 404;
    ctx.set('Cache-Control', `public, max-age=${DEFAULT_PAGE_MAX_AGE}`);
    return;
  }
  ctx.status = 200;
  ctx.set('Cache-Control', `public, max-age=${Math.max(0, card.maxAge ?? DEFAULT_PAGE_MAX_AGE)}`);
  ctx.set('ETag', `"sc-${card.key}"`);
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'image/png';
  ctx.body = await card.png();
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const stylesheet = fingerprintedAsset(path.join(strapi.dirs.static.public, 'reader.css'), 'text/css; charset=utf-8');
  const brand = brandAssets();

  // Per server: API answers kept for revalidation, and pages per the answers they were made from.
  const answers = answerStore();
  const pages = pageStore();

  const renderPage = async (ctx: Context, route: ReaderPageRoute) => {
    const site = siteInfo(ctx.origin);
    const apiUrl = (process.env.API_URL ?? '').replace(/\/+$/, '');
    const recorded = recordingApi(httpReaderApi(apiUrl || loopbackOrigin(ctx), answers));
    const logo = { url: `${site.origin}${brand.logo.path}`, width: brand.logo.width, height: brand.logo.height };
    const page = await loadPage(recorded.api, route, {
      locale: route.locale,
      url: new URL(ctx.href),
      origin: site.origin,
      siteName: site.name,
      logo,
    });
    const key = page.noStore ? null : pageKey(ctx.href, `${site.origin} ${site.name}`, recorded.sources);
    let rendered = key ? pages.get(key) : undefined;
    if (!rendered) {
      const markup = pageHtml(page, site.name, { stylesheet: stylesheet.path, icon: brand.icon.path });
      rendered = { html: markup, etag: `"p-${crypto.createHash('sha256').update(markup).digest('base64url').slice(0, 27)}"` };
      if (key) pages.set(key, rendered);
    }
    const { html } = rendered;
    ctx.status = page.status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Referrer-Policy', REFERRER_POLICY);
    if (page.noStore) {
      ctx.set('Cache-Control', 'private, no-store');
      if (page.head.noindex) ctx.set('X-Robots-Tag', 'noindex, nofollow');
      ctx.body = html;
      return;
    }
    ctx.set('Cache-Control', `public, max-age=${Math.max(0, page.maxAge ?? DEFAULT_PAGE_MAX_AGE)}`);
    ctx.set('ETag', rendered.etag);
    if (page.status === 200 && ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.body = html;
  };

  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const asset = [stylesheet, brand.icon, brand.logo].find((a) => a.path === ctx.path);
    if (asset) {
      ctx.type = asset.type;
      ctx.set('Cache-Control', IMMUTABLE);
      ctx.body = asset.body;
      return;
    }
    if (ctx.path === '/robots.txt') {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.set('Cache-Control', `public, max-age=${FEED_MAX_AGE}`);
      ctx.body = `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/editorial/preview\n\nSitemap: ${siteInfo(ctx.origin).origin}/sitemap.xml\n`;
      return;
    }
    const route = matchReaderPath(ctx.path);
    switch (route.page) {
      case 'home': {
        const moved = legacyCategoryRedirect(route.locale, new URLSearchParams(ctx.querystring));
        if (!moved) return renderPage(ctx, route);
        ctx.status = 301;
        ctx.set('Cache-Control', `public, max-age=${FEED_MAX_AGE}`);
        ctx.redirect(moved);
        return;
      }
      case 'article':
      case 'category':
      case 'study':
      case 'search':
        return renderPage(ctx, route);
      case 'share-image':
        return serveShareImage(ctx, route);
      case 'feed': {
        const feed = await rssFeed(strapi, route.locale, ctx.origin);
        ctx.set('Cache-Control', `public, max-age=${FEED_MAX_AGE}`);
        if (feed === null) {
          // The Public role may not list articles: no feed, as there is no home page.
          ctx.status = 404;
          ctx.type = 'text/plain; charset=utf-8';
          ctx.body = 'Not Found';
          return;
        }
        ctx.type = 'application/rss+xml; charset=utf-8';
        ctx.body = feed;
        return;
      }
      case 'sitemap':
        ctx.type = 'application/xml; charset=utf-8';
        ctx.set('Cache-Control', `public, max-age=${FEED_MAX_AGE}`);
        ctx.body = await sitemap(strapi, ctx.origin);
        return;
      default: {
        await next();
        // An unknown address that nothing else served, asked for by a browser: the reader's 404 page.
        const api = contentApiSubpathOf(ctx.state, ctx.path, restPrefix(strapi.config.get('api.rest.prefix'))) !== null;
        if (ctx.status === 404 && !ctx.body && String(ctx.get('accept')).includes('text/html') && !api) {
          await renderPage(ctx, { page: 'not-found', locale: ctx.path.startsWith('/en/') ? 'en' : 'de' });
          ctx.status = 404;
        }
      }
    }
  };
};
