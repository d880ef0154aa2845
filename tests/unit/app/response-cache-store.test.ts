/**
 * The response cache's stores (src/http/response-cache/answer-store.ts): this process's copy is
 * bounded by what it keeps (bodies, headers, key, objects), and what one instance writes to
 * Redis is bounded by `redisMaxBytes`: beyond it the least recently written keys are
 * removed from Redis, and no key outlives its answer. Redis is a stand-in here that records
 * the commands; tests/security/cache-memory.test.ts floods a real one.
 */
import { cacheKey, redisEntryBytes, type CachedAnswer } from '../../../src/http/response-cache/rules';

interface FakeRedis {
  values: Map<string, { value: Buffer; px: number }>;
  unlinked: string[];
}
const redises: FakeRedis[] = [];

jest.mock('ioredis', () => ({
  __esModule: true,
  default: class {
    values = new Map<string, { value: Buffer; px: number }>();
    unlinked: string[] = [];
    constructor() {
      redises.push(this);
    }
    on() {
      return this;
    }
    async set(key: string, value: Buffer, _px: 'PX', px: number) {
      this.values.set(key, { value, px });
      return 'OK';
    }
    async getBuffer(key: string) {
      return this.values.get(key)?.value ?? null;
    }
    async unlink(key: string) {
      this.unlinked.push(key);
      return this.values.delete(key) ? 1 : 0;
    }
    disconnect() {}
  },
}));

// After the mock: the store must get the stand-in.
import { createAnswerStore } from '../../../src/http/response-cache/answer-store';

const answer = (body: Buffer, validUntil: number | null = null): CachedAnswer => ({
  version: 1,
  validUntil,
  maxAge: 60,
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  bodies: { identity: body },
});
const longKey = (i: number) =>
  cacheKey({ origin: `http://${'h'.repeat(250)}`, url: `/api/articles?x=${i}${'a'.repeat(15_000)}`, locale: 'default' });
const always = () => true;

describe('this process', () => {
  it('stays within its bound in counted bytes, and keeps the newest', async () => {
    const store = createAnswerStore({ maxBytes: 2 ** 20 });
    for (let i = 0; i < 5000; i += 1) await store.set(longKey(i), answer(Buffer.from(`{"data":[],"i":${i}}`)));
    const { entries, bytes } = store.stats();
    expect(bytes).toBeLessThanOrEqual(2 ** 20);
    expect(entries).toBeLessThan(5000);
    expect(entries).toBeGreaterThan(1000);
    expect(await store.get(longKey(4999), always)).toBeDefined();
    expect(await store.get(longKey(0), always)).toBeUndefined();
  });

  it('keeps a small body in memory of its own, not a slice of a shared block', async () => {
    const store = createAnswerStore({ maxBytes: 2 ** 20 });
    const pooled = Buffer.from('{"data":[]}');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length);
    await store.set('k', answer(pooled));
    const kept = (await store.get('k', always))!.bodies.identity;
    expect(kept.equals(pooled)).toBe(true);
    expect(kept.buffer.byteLength).toBe(kept.length);
  });
});

describe('Redis', () => {
  const prefix = 'blog:answer:';

  it('keeps what this instance wrote under its cap, removing the least recently written keys from Redis', async () => {
    const cap = 256 * 1024;
    const store = createAnswerStore({ maxBytes: 2 ** 20, redisUrl: 'redis://fake', redisMaxBytes: cap });
    const redis = redises[redises.length - 1];
    for (let i = 0; i < 2000; i += 1) await store.set(longKey(i), answer(Buffer.alloc(300, i % 256)));
    const counted = [...redis.values].reduce((sum, [key, { value }]) => sum + redisEntryBytes(key.length, value.length), 0);
    expect(counted).toBeLessThanOrEqual(cap);
    expect(store.stats().redisBytes).toBe(counted);
    expect(redis.values.size + redis.unlinked.length).toBe(2000);
    expect(redis.unlinked[0]).toBe(prefix + longKey(0));
    expect(redis.values.has(prefix + longKey(1999))).toBe(true);
    // Keys are hashes: nothing of the long URL or Host reaches Redis.
    for (const key of redis.values.keys()) expect(key.length).toBe(prefix.length + 43);
  });

  it('writes the same key again without removing it', async () => {
    const store = createAnswerStore({ maxBytes: 2 ** 20, redisUrl: 'redis://fake', redisMaxBytes: 2 ** 20 });
    const redis = redises[redises.length - 1];
    await store.set('k', answer(Buffer.from('a')));
    await store.set('k', answer(Buffer.from('b')));
    expect(redis.unlinked).toEqual([]);
    expect(redis.values.size).toBe(1);
  });

  it('lets no key outlive its answer, and keeps none past an hour', async () => {
    const store = createAnswerStore({ maxBytes: 2 ** 20, redisUrl: 'redis://fake' });
    const redis = redises[redises.length - 1];
    await store.set('soon', answer(Buffer.from('a'), Date.now() + 5_000));
    await store.set('write', answer(Buffer.from('a'), null));
    await store.set('gone', answer(Buffer.from('a'), Date.now() - 1));
    expect(redis.values.get(`${prefix}soon`)!.px).toBeLessThanOrEqual(5_000);
    expect(redis.values.get(`${prefix}write`)!.px).toBe(60 * 60_000);
    expect(redis.values.has(`${prefix}gone`)).toBe(false);
  });

  it('reads one entry with every encoding from Redis when this process has none', async () => {
    const writer = createAnswerStore({ maxBytes: 2 ** 20, redisUrl: 'redis://fake' });
    const full: CachedAnswer = {
      ...answer(Buffer.from('plain')),
      bodies: { identity: Buffer.from('plain'), br: Buffer.from('b'), gzip: Buffer.from('g') },
    };
    await writer.set('k', full);
    const reader = createAnswerStore({ maxBytes: 2 ** 20, redisUrl: 'redis://fake' });
    redises[redises.length - 1].values = redises[redises.length - 2].values;
    expect(await reader.get('k', always)).toEqual(full);
  });
});
