/**
 * Wraps every Content API read: after Strapi's controller has answered (and sanitized the
 * answer for the caller's role), attaches `editorial` and `rendered`, then sets
 * Cache-Control and an ETag (answering 304 to a matching If-None-Match).
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { Status } from '../services/freshness';

type Ctx = {
  method: string;
  status: number;
  body: any;
  query: Record<string, any>;
  state: { route?: { info?: { type?: string }; handler?: string }; auth?: { strategy?: { name?: string } }; editorialRootUid?: string };
  fresh: boolean;
  set(name: string, value: string): void;
  get(name: string): string;
  remove(name: string): void;
};

/** Readers: anonymous or users-permissions users. API tokens belong to operators' tools. */
export const isReader = (ctx: Ctx) => {
  const strategy = ctx.state.auth?.strategy?.name;
  return !strategy || strategy === 'users-permissions';
};

function rootUidOf(ctx: Ctx, strapi: Core.Strapi): string | null {
  if (ctx.state.editorialRootUid) return ctx.state.editorialRootUid;
  const handler = ctx.state.route?.handler;
  if (typeof handler !== 'string') return null;
  const uid = handler.slice(0, handler.lastIndexOf('.'));
  return strapi.contentType(uid as any) ? uid : null;
}

export function createEditorialResponseMiddleware(strapi: Core.Strapi) {
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    await next();
    if (ctx.state.route?.info?.type !== 'content-api') return;
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.status !== 200) return;
    if (!ctx.body || typeof ctx.body !== 'object' || Buffer.isBuffer(ctx.body) || typeof ctx.body.pipe === 'function') return;
    const rootUid = rootUidOf(ctx, strapi);
    if (!rootUid) return;

    const reader = isReader(ctx);
    const status: Status = !reader && ctx.query?.status === 'draft' ? 'draft' : 'published';
    const locale = typeof ctx.query?.locale === 'string' ? ctx.query.locale : await defaultLocale(strapi);
    const now = new Date();
    const { nextChangeAt } = await getService(strapi, 'enrichment').enrich(rootUid, ctx.body.data, { locale, status, now });

    const settings = await getService(strapi, 'settings').get();
    if (reader) {
      let maxAge = settings.maxAge;
      if (nextChangeAt) maxAge = Math.min(maxAge, Math.max(0, Math.floor(((nextChangeAt as Date).getTime() - now.getTime()) / 1000)));
      ctx.set('Cache-Control', `public, max-age=${maxAge}`);
    } else {
      ctx.set('Cache-Control', 'private, no-cache');
    }
    const payload = JSON.stringify(ctx.body);
    ctx.set('ETag', `"${crypto.createHash('sha1').update(payload).digest('base64url')}"`);
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
}

let cachedDefaultLocale: { code: string; at: number } | null = null;
async function defaultLocale(strapi: Core.Strapi): Promise<string> {
  if (cachedDefaultLocale && Date.now() - cachedDefaultLocale.at < 5000) return cachedDefaultLocale.code;
  const code = ((await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale()) as string | undefined) ?? 'de';
  cachedDefaultLocale = { code, at: Date.now() };
  return code;
}
