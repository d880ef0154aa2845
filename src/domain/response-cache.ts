/**
 * The rules of the response cache (src/middlewares/response-cache.ts), without Koa or a
 * store: which requests may be answered from it, under which key, which answers may be
 * kept and for how long, and which encoding a client gets.
 *
 * An answer is kept with the content version it was computed at (a counter every content
 * write raises in the write's own transaction, read from the database on every request)
 * and the moment it stops being true without any write (the next banner or study-age
 * change, or the end of its `max-age`). It is served only while both still hold, so no
 * write, on any instance, and no passing of time can leave it stale.
 */

export type CacheVerdict = 'hit' | 'miss' | 'bypass';
export type BodyEncoding = 'br' | 'gzip' | 'identity';

export interface CacheRequest {
  method: string;
  path: string;
  /** Parsed query (only `preview` and `locale` matter here). */
  query: URLSearchParams;
  /** Header lookup, lower-case names. */
  header(name: string): string | undefined;
}

/** Why a request never touches the cache, or null when it may. */
export function bypassReason(req: CacheRequest, apiPrefix: string): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return 'method';
  // Answers to a caller with credentials depend on who the caller is (and a token may
  // have been revoked since): always computed.
  if (req.header('authorization')) return 'credentials';
  if (req.path === '/admin' || req.path.startsWith('/admin/')) return 'admin';
  if (req.path.startsWith(`${apiPrefix}editorial/preview`) || req.query.has('preview')) return 'preview';
  if (req.path.startsWith(apiPrefix) && req.query.get('status') === 'draft') return 'draft';
  // Which articles are outdated changes as time passes any article's date, not only the listed ones'.
  if (req.path.startsWith(`${apiPrefix}editorial/outdated`)) return 'time-dependent list';
  return null;
}

/** The encodings a client accepts, best first among the ones stored: br, then gzip, else identity. */
export function negotiateEncoding(acceptEncoding: string | undefined): BodyEncoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best ?? 'identity';
}

/** The cache key: the full URL as the client sent it, on which host, in which locale, in which encoding. */
export function cacheKey(parts: { origin: string; url: string; locale: string; encoding: BodyEncoding }): string {
  return `${parts.encoding} ${parts.locale} ${parts.origin}${parts.url}`;
}

/** The locale an answer is in: `?locale=`, or the reader path's prefix, or `default` (the default locale, which only changes with the content version). */
export function requestLocale(path: string, query: URLSearchParams): string {
  const asked = query.get('locale');
  if (asked) return asked;
  const prefix = /^\/(en)(?:\/|$)/.exec(path);
  return prefix ? prefix[1] : 'default';
}

export interface CachedAnswer {
  /** Content version the answer was computed at. */
  version: number;
  /** Epoch ms until which it holds without writes; null: until the next write. */
  validUntil: number | null;
  /** The answer's own max-age (seconds), cut shorter as `validUntil` comes near. */
  maxAge: number;
  status: number;
  headers: Record<string, string>;
  encoding: BodyEncoding;
  body: Buffer;
}

/** Whether a kept answer is still what the request would get now. */
export function isCurrent(answer: Pick<CachedAnswer, 'version' | 'validUntil'>, version: number, now: number): boolean {
  return answer.version === version && (answer.validUntil === null || now < answer.validUntil);
}

function directives(cacheControl: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (cacheControl ?? '').toLowerCase().split(',')) {
    const [name, value] = part.trim().split('=');
    if (name) found.set(name, value ?? '');
  }
  return found;
}

/**
 * Until when an answer may be kept, or undefined when it must not be: only 200s the app
 * itself marked `public` (never `private`, `no-store`, `no-cache`, a `Set-Cookie`). The
 * moment is the one the app named (`stated`: the editorial enrichment's next change, null
 * for none) or else the end of its `max-age`, which the reader pages derive from the API
 * answers they were made from.
 */
export function keepUntil(
  answer: { status: number; cacheControl?: string; setsCookie: boolean; stated?: number | null },
  now: number,
): { validUntil: number | null; maxAge: number } | undefined {
  if (answer.status !== 200 || answer.setsCookie) return undefined;
  const cc = directives(answer.cacheControl);
  if (!cc.has('public') || cc.has('private') || cc.has('no-store') || cc.has('no-cache')) return undefined;
  const maxAge = Number(cc.get('max-age'));
  if (!Number.isFinite(maxAge) || maxAge <= 0) return undefined;
  const validUntil = answer.stated !== undefined ? answer.stated : now + maxAge * 1000;
  if (validUntil !== null && validUntil <= now) return undefined;
  return { validUntil, maxAge };
}

/** Cache-Control for a kept answer served now: its max-age, cut short by the next change. */
export function servedCacheControl(answer: Pick<CachedAnswer, 'maxAge' | 'validUntil'>, now: number): string {
  let maxAge = answer.maxAge;
  if (answer.validUntil !== null) maxAge = Math.min(maxAge, Math.max(0, Math.floor((answer.validUntil - now) / 1000)));
  return `public, max-age=${maxAge}`;
}

/** Headers a kept answer repeats: what the app set while answering, not per-request or transport ones. */
const NOT_KEPT = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'set-cookie',
  'x-request-id',
  'date',
  'vary',
  'x-cache',
  'cache-control',
  'connection',
  'keep-alive',
]);

export function keptHeaders(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(after)) {
    if (NOT_KEPT.has(name.toLowerCase()) || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    if (before[name] !== undefined && String(before[name]) === text) continue;
    kept[name.toLowerCase()] = text;
  }
  return kept;
}

/** Bodies this small are kept and sent uncompressed: compression would save next to nothing. */
export const COMPRESS_THRESHOLD_BYTES = 1024;
/** Text answers worth compressing (also `global::compression`'s filter). */
export const COMPRESSIBLE_TYPE = /^(text\/|application\/(json|xml|rss\+xml|ld\+json|javascript)|image\/svg\+xml)/i;

export function isCompressible(contentType: string | undefined, bytes: number): boolean {
  return bytes >= COMPRESS_THRESHOLD_BYTES && COMPRESSIBLE_TYPE.test(contentType ?? '');
}

/** One kept answer as bytes, for a shared store: 4 bytes of header length, the header as JSON, the body. */
export function encodeAnswer(answer: CachedAnswer): Buffer {
  const { body, ...meta } = answer;
  const head = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([length, head, body]);
}

export function decodeAnswer(bytes: Buffer): CachedAnswer | undefined {
  if (bytes.length < 4) return undefined;
  const length = bytes.readUInt32BE(0);
  if (4 + length > bytes.length) return undefined;
  try {
    const meta = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8'));
    if (typeof meta.version !== 'number' || typeof meta.status !== 'number') return undefined;
    return { ...meta, body: bytes.subarray(4 + length) };
  } catch {
    return undefined;
  }
}

export interface ResponseCacheConfig {
  enabled: boolean;
  maxBytes: number;
  redisUrl: string | null;
}

/**
 * From the environment: `RESPONSE_CACHE` (`on` | `off`, default on), `CACHE_MAX_MB` (this
 * process's share, default 64), `CACHE_URL` (`redis://…` or `rediss://…`, shared by all
 * instances). A malformed value stops startup naming the variable.
 */
export function responseCacheConfig(env: Record<string, string | undefined>): ResponseCacheConfig {
  const switchValue = (env.RESPONSE_CACHE ?? 'on').trim().toLowerCase();
  if (!['on', 'off', ''].includes(switchValue)) throw new Error(`RESPONSE_CACHE must be "on" or "off", not "${env.RESPONSE_CACHE}"`);
  const mb = (env.CACHE_MAX_MB ?? '').trim();
  if (mb !== '' && !/^[1-9]\d{0,5}$/.test(mb))
    throw new Error(`CACHE_MAX_MB must be a whole number of megabytes (1–999999), not "${env.CACHE_MAX_MB}"`);
  const url = (env.CACHE_URL ?? '').trim();
  if (url !== '' && !/^rediss?:\/\/[^\s]+$/.test(url))
    throw new Error(`CACHE_URL must be a redis:// or rediss:// URL, not "${env.CACHE_URL}"`);
  return { enabled: switchValue !== 'off', maxBytes: (mb === '' ? 64 : Number(mb)) * 2 ** 20, redisUrl: url || null };
}
