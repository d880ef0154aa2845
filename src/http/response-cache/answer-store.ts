/**
 * Where the response cache keeps answers: in this process (lru-cache, bounded in bytes) by
 * default, and also in Redis (ioredis) when `CACHE_URL=redis://…` is set, so instances
 * share what one of them computed. Correctness never depends on the store: every answer
 * carries its content version and is checked against the database's on each request
 * (http/response-cache/rules.ts), so a store may lose, keep or mix answers of old versions.
 * A failing Redis makes lookups misses (logged once a minute), never failed requests.
 *
 * Both are bounded by what they keep: this process by `entryBytes` (bodies, headers, key,
 * objects) within `maxBytes`; Redis by what this instance wrote, `redisEntryBytes` each,
 * within `redisMaxBytes` (docs/performance.md#the-response-cache).
 */
import { LRUCache } from 'lru-cache';
import Redis from 'ioredis';
import { decodeAnswer, encodeAnswer, entryBytes, redisEntryBytes, type CachedAnswer, type StoredBodies } from './rules';

export interface AnswerStore {
  /** The kept answer for a key that `usable` accepts (this process's copy first, then the shared one). */
  get(key: string, usable: (answer: CachedAnswer) => boolean): Promise<CachedAnswer | undefined>;
  set(key: string, answer: CachedAnswer): Promise<void>;
  close(): Promise<void>;
  /** What is kept, for the docs' and tests' eyes: entries and counted bytes here, keys and bytes this instance keeps in Redis. */
  stats(): { entries: number; bytes: number; shared: boolean; redisKeys: number; redisBytes: number };
}

export interface StoreOptions {
  /** This process's share, as `entryBytes` counts. */
  maxBytes: number;
  /** redis://… to share answers between instances; empty for this process only. */
  redisUrl?: string;
  /** What this instance keeps in Redis at most, as `redisEntryBytes` counts (default 64 MB). */
  redisMaxBytes?: number;
  /** Longest time Redis keeps an answer (answers of old versions are never read again). */
  redisTtlMs?: number;
  keyPrefix?: string;
  warn?: (message: string) => void;
}

/**
 * A Buffer that owns its memory: small Buffers are slices of Node's shared 8 KB pool, and
 * Redis replies slices of the socket's chunk, so keeping one would keep the whole block.
 */
function owned(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes;
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  return copy;
}

function withOwnedBodies(answer: CachedAnswer): CachedAnswer {
  const bodies: StoredBodies = { identity: owned(answer.bodies.identity) };
  if (answer.bodies.br) bodies.br = owned(answer.bodies.br);
  if (answer.bodies.gzip) bodies.gzip = owned(answer.bodies.gzip);
  return { ...answer, bodies };
}

function memoryStore(maxBytes: number) {
  return new LRUCache<string, CachedAnswer>({ maxSize: maxBytes, sizeCalculation: (answer, key) => entryBytes(key, answer) });
}

export function createAnswerStore(options: StoreOptions): AnswerStore {
  const local = memoryStore(options.maxBytes);
  const keepHere = (key: string, answer: CachedAnswer) => void local.set(key, withOwnedBodies(answer));
  if (!options.redisUrl) {
    return {
      get: async (key, usable) => {
        const answer = local.get(key);
        return answer && usable(answer) ? answer : undefined;
      },
      set: async (key, answer) => keepHere(key, answer),
      close: async () => local.clear(),
      stats: () => ({ entries: local.size, bytes: local.calculatedSize, shared: false, redisKeys: 0, redisBytes: 0 }),
    };
  }

  const prefix = options.keyPrefix ?? 'blog:answer:';
  const ttl = options.redisTtlMs ?? 60 * 60_000;
  const redis = new Redis(options.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    lazyConnect: false,
  });
  let lastWarning = 0;
  const warn = (error: unknown) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    options.warn?.(`response cache: Redis unavailable (${(error as Error)?.message ?? error}); answering from this instance's memory only`);
  };
  redis.on('error', warn);
  // The keys this instance wrote, with what each costs Redis: beyond the cap the least
  // recently written go, from Redis too, so a flood of unique URLs cannot fill it.
  const written = new LRUCache<string, number>({
    maxSize: options.redisMaxBytes ?? 64 * 2 ** 20,
    sizeCalculation: (bytes) => bytes,
    dispose: (_bytes, key, reason) => {
      if (reason === 'evict') redis.unlink(prefix + key).catch(warn);
    },
  });

  return {
    async get(key, usable) {
      const near = local.get(key);
      if (near && usable(near)) return near;
      // This process's copy is missing or old: another instance may have kept a newer one.
      try {
        const bytes = await redis.getBuffer(prefix + key);
        const answer = bytes ? decodeAnswer(bytes) : undefined;
        if (!answer || !usable(answer)) return undefined;
        keepHere(key, answer);
        return answer;
      } catch (error) {
        warn(error);
        return undefined;
      }
    },
    async set(key, answer) {
      keepHere(key, answer);
      // Never longer than the answer holds: a dead answer must not take up Redis for an hour.
      const life = answer.validUntil === null ? ttl : Math.min(ttl, answer.validUntil - Date.now());
      if (life <= 0) return;
      const value = encodeAnswer(answer);
      written.set(key, redisEntryBytes(Buffer.byteLength(prefix + key), value.length));
      // Larger than the whole cap: not kept in Redis at all (nor an older copy).
      if (!written.has(key)) return void redis.unlink(prefix + key).catch(warn);
      try {
        await redis.set(prefix + key, value, 'PX', Math.ceil(life));
      } catch (error) {
        written.delete(key);
        warn(error);
      }
    },
    async close() {
      local.clear();
      redis.disconnect();
    },
    stats: () => ({
      entries: local.size,
      bytes: local.calculatedSize,
      shared: true,
      redisKeys: written.size,
      redisBytes: written.calculatedSize,
    }),
  };
}
