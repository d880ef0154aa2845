/**
 * Where the response cache keeps answers: in this process (lru-cache, bounded in bytes) by
 * default, and also in Redis (ioredis) when `CACHE_URL=redis://…` is set, so instances
 * share what one of them computed. Correctness never depends on the store: every answer
 * carries its content version and is checked against the database's on each request
 * (domain/response-cache.ts), so a store may lose, keep or mix answers of old versions.
 * A failing Redis makes lookups misses (logged once a minute), never failed requests.
 */
import { LRUCache } from 'lru-cache';
import Redis from 'ioredis';
import { decodeAnswer, encodeAnswer, type CachedAnswer } from '../domain/response-cache';

export interface AnswerStore {
  /** The kept answer for a key that `usable` accepts (this process's copy first, then the shared one). */
  get(key: string, usable: (answer: CachedAnswer) => boolean): Promise<CachedAnswer | undefined>;
  set(key: string, answer: CachedAnswer): Promise<void>;
  close(): Promise<void>;
  /** What is kept here, for the docs' and tests' eyes: entries and bytes in this process. */
  stats(): { entries: number; bytes: number; shared: boolean };
}

export interface StoreOptions {
  maxBytes: number;
  /** redis://… to share answers between instances; empty for this process only. */
  redisUrl?: string;
  /** Longest time Redis keeps an answer (answers of old versions are never read again). */
  redisTtlMs?: number;
  keyPrefix?: string;
  warn?: (message: string) => void;
}

const OVERHEAD_BYTES = 512;

function memoryStore(maxBytes: number) {
  return new LRUCache<string, CachedAnswer>({ maxSize: maxBytes, sizeCalculation: (a) => a.body.length + OVERHEAD_BYTES });
}

export function createAnswerStore(options: StoreOptions): AnswerStore {
  const local = memoryStore(options.maxBytes);
  if (!options.redisUrl) {
    return {
      get: async (key, usable) => {
        const answer = local.get(key);
        return answer && usable(answer) ? answer : undefined;
      },
      set: async (key, answer) => void local.set(key, answer),
      close: async () => local.clear(),
      stats: () => ({ entries: local.size, bytes: local.calculatedSize, shared: false }),
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

  return {
    async get(key, usable) {
      const near = local.get(key);
      if (near && usable(near)) return near;
      // This process's copy is missing or old: another instance may have kept a newer one.
      try {
        const bytes = await redis.getBuffer(prefix + key);
        const answer = bytes ? decodeAnswer(bytes) : undefined;
        if (!answer || !usable(answer)) return undefined;
        local.set(key, answer);
        return answer;
      } catch (error) {
        warn(error);
        return undefined;
      }
    },
    async set(key, answer) {
      local.set(key, answer);
      const life = answer.validUntil === null ? ttl : Math.min(ttl, answer.validUntil - Date.now());
      if (life <= 0) return;
      try {
        await redis.set(prefix + key, encodeAnswer(answer), 'PX', Math.ceil(life));
      } catch (error) {
        warn(error);
      }
    },
    async close() {
      local.clear();
      redis.disconnect();
    },
    stats: () => ({ entries: local.size, bytes: local.calculatedSize, shared: true }),
  };
}
