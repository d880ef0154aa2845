/**
 * `global::canonical-path`, first after the error handlers: a Content API or reader-site
 * path in another spelling (`/API/articles`, `/api//articles/`, `/%61pi/…`, `/rss.xml/`) is
 * answered here, before admission, the read checks and the response cache see it. A GET or
 * HEAD gets a 301 to the canonical address (its query kept); any other method a 404 that
 * names it, so a write cannot slip past checks keyed by path (the sign-in limits, say).
 * Everything canonical goes on, with `ctx.state.contentApiSubpath` set for the middlewares
 * and the editorial plugin that ask whether this is a Content API request.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { canonicalReaderPath } from '../../reader-site/urls';
import { canonicalLocation, canonicalPathOf, contentApiSubpath, restPrefix, type ContentApiState } from './rules';

/** Redirects of spelling never change: browsers and CDNs may keep them a day. */
const REDIRECT_MAX_AGE = 86_400;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = restPrefix(strapi.config.get('api.rest.prefix'));
  const rules = { prefix, readerPath: canonicalReaderPath };
  return async (ctx: Context, next: Next) => {
    const canonical = canonicalPathOf(ctx.path, rules);
    if (canonical === null) {
      (ctx.state as ContentApiState).contentApiSubpath = contentApiSubpath(ctx.path, prefix);
      return next();
    }
    if (ctx.method === 'GET' || ctx.method === 'HEAD') {
      ctx.status = 301;
      ctx.set('Cache-Control', `public, max-age=${REDIRECT_MAX_AGE}`);
      ctx.redirect(canonicalLocation(canonical, ctx.querystring));
      return;
    }
    ctx.status = 404;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: null,
      error: { status: 404, name: 'NotFoundError', message: `Not Found: this address is written ${canonical}`, details: { canonical } },
    };
  };
};
