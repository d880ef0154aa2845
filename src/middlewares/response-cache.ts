/**
 * The response cache (`global::response-cache`): anonymous GET/HEAD requests of the
 * Content API and of the reader's pages and feeds are answered from a kept copy while it
 * is still true, otherwise computed, kept (stored compressed once, brotli and gzip) and
 * sent. Every request reads the content version (one small query), so a write answered on
 * any instance is never followed by an older answer (docs/performance.md#the-response-cache).
 * `X-Cache: hit | miss | bypass` says what happened. The rules are in
 * src/domain/response-cache.ts; where answers are kept in src/response-cache/answer-store.ts.
 *
 * Sits inside the security and CORS middlewares (their headers are set on hits too) and
 * outside compression (it compresses what it keeps itself) and everything that computes
 * an answer.
 */
import zlib from 'zlib';
import { promisify } from 'util';
import type { Core } from '@strapi/strapi';
import {
  bypassReason,
  cacheKey,
  isCompressible,
  isCurrent,
  keepUntil,
  keptHeaders,
  negotiateEncoding,
  requestLocale,
  servedCacheControl,
  type BodyEncoding,
  type CachedAnswer,
  type CacheVerdict,
} from '../domain/response-cache';
import { matchReaderPath } from '../domain/reader-urls';
import { answerStoreOf } from '../response-cache/instance-store';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const BROTLI_QUALITY = 5;

/** What the rest of the app may tell the cache through `ctx.state`. */
export interface ResponseCacheState {
  /** Content version read by the cache; the editorial middleware reuses it. */
  editorialContentVersion?: number;
  /** Epoch ms until which the answer holds without writes (null: until the next write). */
  answerValidUntil?: number | null;
}

function bodyBytes(body: unknown): Buffer | undefined {
  if (typeof body === 'string') return Buffer.from(body);
  if (Buffer.isBuffer(body)) return body;
  if (body && typeof body === 'object' && typeof (body as any).pipe !== 'function') return Buffer.from(JSON.stringify(body));
  return undefined;
}

async function encodings(identity: Buffer, type: string | undefined): Promise<Record<BodyEncoding, Buffer> | Record<'identity', Buffer>> {
  if (!isCompressible(type, identity.length)) return { identity };
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }),
    gzip(identity, { level: 6 }),
  ]);
  return { identity, br, gzip: gz };
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const apiPrefix = `${String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/$/, '')}/`;
  const store = answerStoreOf(strapi);
  /** Computations under way, per version and key: later askers wait for them. */
  const computing = new Map<string, Promise<void>>();

  /** Content API reads and the reader site's pages and feeds; static files and the admin (panel and API) never. */
  const inScope = (path: string) => path.startsWith(apiPrefix) || matchReaderPath(path).page !== 'unknown';

  const send = (ctx: any, answer: CachedAnswer, verdict: CacheVerdict, now: number) => {
    ctx.status = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) ctx.set(name, value);
    ctx.set('Cache-Control', servedCacheControl(answer, now));
    ctx.set('X-Cache', verdict);
    ctx.compress = false;
    if (answer.encoding !== 'identity') ctx.set('Content-Encoding', answer.encoding);
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.body = answer.body;
  };

  const compute = async (
    ctx: any,
    next: () => Promise<unknown>,
    { version, encoding, key }: { version: number; encoding: BodyEncoding; key: (e: BodyEncoding) => string },
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
    const bodies = await encodings(identity, ctx.response.get('Content-Type'));
    const make = (e: BodyEncoding, body: Buffer): CachedAnswer => ({
      version,
      validUntil: life.validUntil,
      maxAge: life.maxAge,
      status: 200,
      headers,
      encoding: e,
      body,
    });
    const compressed = 'br' in bodies;
    // A body too small to compress is kept as is under every encoding's key.
    const variants: Array<[BodyEncoding, CachedAnswer]> = compressed
      ? (Object.entries(bodies) as Array<[BodyEncoding, Buffer]>).map(([e, body]) => [e, make(e, body)])
      : (['identity', 'br', 'gzip'] as const).map((e) => [e, make('identity', identity)]);
    await Promise.all(variants.map(([e, answer]) => store!.set(key(e), answer)));
    const mine = variants.find(([e]) => e === encoding)![1];
    send(ctx, mine, 'miss', now);
  };

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!store) return next();
    const query = new URLSearchParams(ctx.querystring);
    const request = { method: ctx.method, path: ctx.path, query, header: (name: string) => ctx.get(name) || undefined };
    if (!inScope(ctx.path) || bypassReason(request, apiPrefix)) {
      ctx.set('X-Cache', 'bypass');
      return next();
    }
    const versions = strapi.plugin('editorial')?.service('content-version');
    if (!versions) {
      ctx.set('X-Cache', 'bypass');
      return next();
    }

    const version: number = await versions.current();
    ctx.state.editorialContentVersion = version;
    const encoding = negotiateEncoding(ctx.get('accept-encoding') || undefined);
    const keyParts = { origin: ctx.origin, url: ctx.originalUrl, locale: requestLocale(ctx.path, query) };
    const key = (e: BodyEncoding) => cacheKey({ ...keyParts, encoding: e });
    const lookUp = () => store.get(key(encoding), (answer) => isCurrent(answer, version, Date.now()));
    const kept = await lookUp();
    if (kept) return send(ctx, kept, 'hit', Date.now());

    // Many readers asking for the same thing at once (right after a write, say) wait for
    // the one computation already under way instead of each computing it again.
    const flight = `${version}\n${key('identity')}`;
    const underWay = computing.get(flight);
    if (underWay) {
      await underWay;
      const shared = await lookUp();
      if (shared) return send(ctx, shared, 'hit', Date.now());
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
