/**
 * The rules of the response cache (src/http/response-cache/middleware.ts), without Koa or a
 * store: which requests may be answered from it, under which key, which answers may be
 * kept and for how long, and which encoding a client gets.
 *
 * An answer is kept with the content version it was computed at (a counter every content
 * write raises in the write's own transaction, read from the database on every request)
 * and the moment it stops being true without any write (the next banner or study-age
 * change, or the end of its `max-age`). It is served only while both still hold, so no
 * write, on any instance, and no passing of time can leave it stale.
 */
import { createHash } from 'crypto';

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
  // Strapi's router matches paths without regard to case: so do these rules.
  const path = req.path.toLowerCase();
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin';
  if (path.startsWith(`${apiPrefix}editorial/preview`) || req.query.has('preview')) return 'preview';
  if (path.startsWith(apiPrefix) && req.query.get('status') === 'draft') return 'draft';
  // Which articles are outdated changes as time passes any article's date, not only the listed ones'.
  if (path.startsWith(`${apiPrefix}editorial/outdated`)) return 'time-dependent list';
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

/**
 * The cache key: a SHA-256 (base64url, 43 characters) of the full URL as the client sent
 * it, the host and protocol it was sent to, and the locale. One key per request, whatever
 * the encoding (an entry holds every encoding): a store's memory and Redis never hold the
 * URL itself, so a long URL costs no more than a short one.
 */
export function cacheKey(parts: { origin: string; url: string; locale: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([parts.locale, parts.origin, parts.url]))
    .digest('base64url');
}

/** The longest DNS name (253) with a port. */
export const MAX_KEYED_HOST_LENGTH = 259;

/**
 * Why a request is not keyed although it may be cached: a URL or Host longer than anyone
 * but a flooder sends is answered, but not kept (`X-Cache: bypass`).
 */
export function unkeyedReason(req: { url: string; host: string }, maxUrlLength: number): string | null {
  if (req.url.length > maxUrlLength) return 'long url';
  if (req.host.length > MAX_KEYED_HOST_LENGTH) return 'long host';
  return null;
}

/** The locale an answer is in: `?locale=`, or the reader path's prefix, or `default` (the default locale, which only changes with the content version). */
export function requestLocale(path: string, query: URLSearchParams): string {
  const asked = query.get('locale');
  if (asked) return asked;
  const prefix = /^\/(en)(?:\/|$)/.exec(path);
  return prefix ? prefix[1] : 'default';
}

/** The body as computed, and brotli and gzip copies when it is worth compressing. */
export interface StoredBodies {
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
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
  bodies: StoredBodies;
}

/** The body a client gets: in its encoding when one is stored, else as computed. */
export function bodyFor(answer: CachedAnswer, encoding: BodyEncoding): { encoding: BodyEncoding; body: Buffer } {
  const body = answer.bodies[encoding];
  return body ? { encoding, body } : { encoding: 'identity', body: answer.bodies.identity };
}

const ENCODINGS: BodyEncoding[] = ['identity', 'br', 'gzip'];

/**
 * Bytes an entry costs this process: its bodies, its headers, its key, and the objects
 * around them (the entry, the header object, a Buffer object per body, the LRU's slot;
 * measured at 490 bytes for one body and two headers on Node 20).
 */
export function entryBytes(key: string, answer: CachedAnswer): number {
  let bytes = 384 + key.length;
  for (const [name, value] of Object.entries(answer.headers)) bytes += name.length + value.length + 32;
  for (const e of ENCODINGS) bytes += (answer.bodies[e]?.length ?? -128) + 128;
  return bytes;
}

/** jemalloc's size class for an allocation (Redis's allocator): 16-byte steps to 128, then four per doubling. */
function allocated(bytes: number): number {
  if (bytes <= 128) return Math.max(8, Math.ceil(bytes / 16) * 16);
  const step = 2 ** Math.floor(Math.log2(bytes - 1)) / 4;
  return Math.ceil(bytes / step) * step;
}

/**
 * Bytes a string key costs Redis: key and value each in their allocator size class (with
 * the string header), the object, the entries for the key and its expiry, and their share
 * of the two hash tables' buckets. Measured on Redis 7: `MEMORY USAGE` is the two
 * allocations and 40 bytes (without the expiry and the buckets), for values from 50 bytes
 * to 300 KB.
 */
export function redisEntryBytes(keyBytes: number, valueBytes: number): number {
  return allocated(keyBytes + 10) + allocated(valueBytes + 10) + 96;
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

/**
 * One kept answer as bytes, for a shared store: 4 bytes of header length, the header as
 * JSON (with each body's length), the bodies one after the other.
 */
export function encodeAnswer(answer: CachedAnswer): Buffer {
  const { bodies, ...meta } = answer;
  const stored = ENCODINGS.filter((e) => bodies[e]);
  const head = Buffer.from(JSON.stringify({ ...meta, lengths: stored.map((e) => [e, bodies[e]!.length]) }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([length, head, ...stored.map((e) => bodies[e]!)]);
}

export function decodeAnswer(bytes: Buffer): CachedAnswer | undefined {
  if (bytes.length < 4) return undefined;
  const length = bytes.readUInt32BE(0);
  if (4 + length > bytes.length) return undefined;
  try {
    const { lengths, ...meta } = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8'));
    if (typeof meta.version !== 'number' || typeof meta.status !== 'number' || !Array.isArray(lengths)) return undefined;
    const bodies: Partial<StoredBodies> = {};
    let at = 4 + length;
    for (const [e, n] of lengths as Array<[BodyEncoding, number]>) {
      if (!ENCODINGS.includes(e) || !Number.isInteger(n) || n < 0 || at + n > bytes.length) return undefined;
      bodies[e] = bytes.subarray(at, at + n);
      at += n;
    }
    if (!bodies.identity || at !== bytes.length) return undefined;
    return { ...meta, bodies: bodies as StoredBodies };
  } catch {
    return undefined;
  }
}

export interface ResponseCacheConfig {
  enabled: boolean;
  /** This process's share, in bytes as `entryBytes` counts them. */
  maxBytes: number;
  redisUrl: string | null;
  /** What this instance may keep in Redis, in bytes as `redisEntryBytes` counts them. */
  redisMaxBytes: number;
  /** Longer URLs are answered uncached. */
  maxUrlLength: number;
}

function wholeNumber(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
  unit: string,
): number {
  const text = (env[name] ?? '').trim();
  if (text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new Error(`${name} must be a whole number of ${unit} (${min}–${max}), not "${env[name]}"`);
  return value;
}

/**
 * From the environment: `RESPONSE_CACHE` (`on` | `off`, default on), `CACHE_MAX_MB` (this
 * process's share, default 64), `CACHE_URL` (`redis://…` or `rediss://…`, shared by all
 * instances), `CACHE_REDIS_MAX_MB` (what one instance keeps in Redis at most, default 64),
 * `CACHE_MAX_URL_LENGTH` (longer URLs are not cached, default 2048). A malformed value
 * stops startup naming the variable.
 */
export function responseCacheConfig(env: Record<string, string | undefined>): ResponseCacheConfig {
  const switchValue = (env.RESPONSE_CACHE ?? 'on').trim().toLowerCase();
  if (!['on', 'off', ''].includes(switchValue)) throw new Error(`RESPONSE_CACHE must be "on" or "off", not "${env.RESPONSE_CACHE}"`);
  const url = (env.CACHE_URL ?? '').trim();
  if (url !== '' && !/^rediss?:\/\/[^\s]+$/.test(url))
    throw new Error(`CACHE_URL must be a redis:// or rediss:// URL, not "${env.CACHE_URL}"`);
  return {
    enabled: switchValue !== 'off',
    maxBytes: wholeNumber(env, 'CACHE_MAX_MB', 64, 1, 999_999, 'megabytes') * 2 ** 20,
    redisUrl: url || null,
    redisMaxBytes: wholeNumber(env, 'CACHE_REDIS_MAX_MB', 64, 1, 999_999, 'megabytes') * 2 ** 20,
    maxUrlLength: wholeNumber(env, 'CACHE_MAX_URL_LENGTH', 2048, 256, 65_536, 'characters'),
  };
}
