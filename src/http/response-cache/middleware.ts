/**
 * The response cache (`global::response-cache`): anonymous GET/HEAD requests of the
 * Content API and of the reader's pages and feeds are answered from a kept copy while it
 * is still true, otherwise computed, kept (stored compressed once, brotli and gzip) and
 * sent. Every request reads the content version (one small query), so a write answered on
 * any instance is never followed by an older answer (docs/performance.md#the-response-cache).
 * `X-Cache: hit | miss | bypass` says what happened. The rules are in
 * src/http/response-cache/rules.ts; where answers are kept in src/http/response-cache/answer-store.ts.
 *
 * Sits inside the security and CORS middlewares (their headers are set on hits too) and
 * outside compression (it compresses what it keeps itself) and everything that computes
 * an answer.
 */
import type { Context } from 'koa';
import zlib from 'zlib';
import { promisify } from 'util';
import type { Core } from '@strapi/strapi';
import {
  bodyFor,
  bypassReason,
  cacheKey,
  isCompressible,
  isCurrent,
  keepUntil,
  keptHeaders,
  negotiateEncoding,
  requestLocale,
  responseCacheConfig,
  servedCacheControl,
  unkeyedReason,
  type BodyEncoding,
  type CachedAnswer,
  type CacheVerdict,
  type StoredBodies,
} from './rules';
import { matchReaderPath } from '../../reader-site/urls';
import { contentApiSubpathOf, restPrefix } from '../canonical-path/rules';
import { answerStoreOf } from './instance-store';
import type { ResponseHandOff } from '../../plugins/editorial/shared/contracts';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const BROTLI_QUALITY = 5;

/** What the rest of the app may tell the cache through `ctx.state` (declared once, with the plugin). */
export type ResponseCacheState = ResponseHandOff;

function bodyBytes(body: unknown): Buffer | undefined {
  if (typeof body === 'string') return Buffer.from(body);
  if (Buffer.isBuffer(body)) return body;
  if (body && typeof body === 'object' && typeof (body as any).pipe !== 'function') return Buffer.from(JSON.stringify(body));
  return undefined;
}

async function encodings(identity: Buffer, type: string | undefined): Promise<StoredBodies> {
  if (!isCompressible(type, identity.length)) return { identity };
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }),
    gzip(identity, { level: 6 }),
  ]);
  return { identity, br, gzip: gz };
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const apiPrefix = `${restPrefix(strapi.config.get('api.rest.prefix'))}/`;
  const store = answerStoreOf(strapi);
  const { maxUrlLength } = responseCacheConfig(process.env);
  /** Computations under way, per version and key: later askers wait for them. */
  const computing = new Map<string, Promise<void>>();

  /** Content API reads and the reader site's pages and feeds; static files and the admin (panel and API) never. */
  const inScope = (ctx: Context) =>
    contentApiSubpathOf(ctx.state, ctx.path, apiPrefix.slice(0, -1)) !== null || matchReaderPath(ctx.path).page !== 'unknown';

  const send = (ctx: Context, answer: CachedAnswer, encoding: BodyEncoding, verdict: CacheVerdict, now: number) => {
    const sent = bodyFor(answer, encoding);
    ctx.status = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) ctx.set(name, value);
    ctx.set('Cache-Control', servedCacheControl(answer, now));
    ctx.set('X-Cache', verdict);
    ctx.compress = false;
    if (sent.encoding !== 'identity') ctx.set('Content-Encoding', sent.encoding);
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.body = sent.body;
  };

  const compute = async (
    ctx: Context,
    next: () => Promise<unknown>,
    { version, encoding, key }: { version: number; encoding: BodyEncoding; key: string },
  ) => {
    // A revalidation the app can confirm cheaply (the editorial ETags) is left to it: a 304 is not kept.
    const before = { ...ctx.response.headers };
    await next();
    const now = Date.now();
    const admin = ctx.state.route?.info?.type === 'admin';
    const life = admin
      ? undefined
      : keepUntil(
          {
            status: ctx.status,
            cacheControl: ctx.response.get('Cache-Control'),
            setsCookie: Boolean(ctx.response.get('Set-Cookie')),
            stated: ctx.state.answerValidUntil,
          },
          now,
        );
    const identity = life ? bodyBytes(ctx.body) : undefined;
    if (!life || !identity) {
      ctx.set('X-Cache', admin || /private|no-store/.test(ctx.response.get('Cache-Control')) ? 'bypass' : 'miss');
      return;
    }
    const headers = keptHeaders(before, ctx.response.headers);
    // One entry per request with every encoding (a body too small to compress only as is).
    const answer: CachedAnswer = {
      version,
      validUntil: life.validUntil,
      maxAge: life.maxAge,
      status: 200,
      headers,
      bodies: await encodings(identity, ctx.response.get('Content-Type')),
    };
    await store!.set(key, answer);
    send(ctx, answer, encoding, 'miss', now);
  };

  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (!store) return next();
    const query = new URLSearchParams(ctx.querystring);
    const request = { method: ctx.method, path: ctx.path, query, header: (name: string) => ctx.get(name) || undefined };
    if (!inScope(ctx) || bypassReason(request, apiPrefix)) {
      ctx.set('X-Cache', 'bypass');
      return next();
    }
    const versions = strapi.plugin('editorial')?.service('content-version');
    // A URL or Host no reader sends is computed, never kept: a flood of them cannot fill the store.
    if (!versions || unkeyedReason({ url: ctx.originalUrl, host: ctx.host }, maxUrlLength)) {
      ctx.set('X-Cache', 'bypass');
      return next();
    }

    const version: number = await versions.current();
    ctx.state.editorialContentVersion = version;
    const encoding = negotiateEncoding(ctx.get('accept-encoding') || undefined);
    const key = cacheKey({ origin: ctx.origin, url: ctx.originalUrl, locale: requestLocale(ctx.path, query) });
    const lookUp = () => store.get(key, (answer) => isCurrent(answer, version, Date.now()));
    const kept = await lookUp();
    if (kept) return send(ctx, kept, encoding, 'hit', Date.now());

    // Many readers asking for the same thing at once (right after a write, say) wait for
    // the one computation already under way instead of each computing it again.
    const flight = `${version}\n${key}`;
    const underWay = computing.get(flight);
    if (underWay) {
      await underWay;
      const shared = await lookUp();
      if (shared) return send(ctx, shared, encoding, 'hit', Date.now());
    }
    let landed!: () => void;
    if (!underWay) computing.set(flight, new Promise<void>((resolve) => (landed = resolve)));
    try {
      await compute(ctx, next, { version, encoding, key });
    } finally {
      if (!underWay) {
        computing.delete(flight);
        landed();
      }
    }
  };
};
