/**
 * The response cache's memory is bounded by what it keeps (docs/security.md): 5,000
 * anonymous reads with unique long URLs (just under the cap the cache keys on) and long
 * Host headers, 20 at a time, against a real Strapi sharing answers through its own Redis:
 * - the bytes the in-process store counts stay under `CACHE_MAX_MB`, and the heap (plus
 *   buffers outside it) grows by no more than that bound and a margin for the rest of the
 *   server (before the fix: keys of 2–15 KB were not counted and each answer was kept
 *   under three of them);
 * - the Redis memory of this instance's keys (`MEMORY USAGE`, summed) stays under
 *   `CACHE_REDIS_MAX_MB`, and so does what Redis itself reports in use;
 * - a URL or Host longer than the cache keys on is answered, uncached (`X-Cache: bypass`).
 */
import { spawn, type ChildProcess } from 'child_process';
import crypto from 'crypto';
import http from 'http';
import net from 'net';
import path from 'path';
import v8 from 'v8';
import vm from 'vm';
import Redis from 'ioredis';
import { startStrapi, APP_DIR, type TestInstance } from '../harness/strapi';

const REQUESTS = 5000;
const IN_FLIGHT = 20;
const LOCAL_MB = 4;
const REDIS_CAP_BYTES = 1 * 2 ** 20;
/** What the rest of the server may keep per unique URL meanwhile (Strapi, Koa, ioredis), measured at < 2 MB. */
const HEAP_MARGIN_BYTES = 8 * 2 ** 20;

let app: TestInstance;
let redisServer: ChildProcess;
let redis: Redis;
let port: number;
const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

v8.setFlagsFromString('--expose-gc');
const gc: () => void = vm.runInNewContext('gc');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as net.AddressInfo;
      server.close(() => resolve(free));
    });
  });
}

function get(urlPath: string, host: string): Promise<{ status: number; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, agent, headers: { Host: host, 'Accept-Encoding': 'gzip, br' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, cache: res.headers['x-cache'] as string | undefined }));
      })
      .on('error', reject);
  });
}

const random = (chars: number) => crypto.randomBytes(chars).toString('base64url').slice(0, chars);
/** About 1,950 characters of URL and 250 of Host, every one different. */
const longRead = () => ({
  url: `/api/articles?filters[slug][$eq]=${random(1900)}`,
  host: `${random(60)}.${random(60)}.${random(60)}.${random(60)}.example`,
});

async function flood(count: number) {
  const statuses = new Map<string, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) {
        next += 1;
        const { url, host } = longRead();
        const res = await get(url, host);
        const seen = `${res.status} ${res.cache}`;
        statuses.set(seen, (statuses.get(seen) ?? 0) + 1);
      }
    }),
  );
  return Object.fromEntries(statuses);
}

function memory() {
  gc();
  gc();
  const used = process.memoryUsage();
  return used.heapUsed + used.external;
}

async function redisBytes() {
  let keys = 0;
  let bytes = 0;
  let cursor = '0';
  do {
    const [nextCursor, found] = await redis.scan(cursor, 'COUNT', 1000);
    cursor = nextCursor;
    for (const key of found) {
      keys += 1;
      bytes += Number(await redis.memory('USAGE', key, 'SAMPLES', 0));
    }
  } while (cursor !== '0');
  const info = await redis.info('memory');
  return { keys, bytes, usedMemory: Number(/used_memory:(\d+)/.exec(info)![1]) };
}

beforeAll(async () => {
  // Its own Redis: what it holds is this test's alone.
  const redisPort = await freePort();
  redisServer = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    redisServer.on('error', (error) => reject(new Error(`this test needs redis-server on the PATH: ${error.message}`)));
    redisServer.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
  });
  redis = new Redis({ port: redisPort, host: '127.0.0.1' });
  app = await startStrapi({
    name: 'cache-memory',
    seed: false,
    env: {
      CACHE_MAX_MB: String(LOCAL_MB),
      CACHE_URL: `redis://127.0.0.1:${redisPort}`,
      CACHE_REDIS_MAX_MB: String(REDIS_CAP_BYTES / 2 ** 20),
    },
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  port = (app.server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  agent.destroy();
  await app?.stop();
  redis?.disconnect();
  redisServer?.kill();
  for (const name of ['CACHE_MAX_MB', 'CACHE_URL', 'CACHE_REDIS_MAX_MB']) delete process.env[name];
});

describe('the response cache under a flood of unique long URLs', () => {
  // 5,000 full requests: about 40 s alone, up to three times that beside another Jest worker in CI.
  it(`keeps memory and Redis within their bounds over ${REQUESTS} requests`, async () => {
    const { answerStoreOf } = require(path.join(APP_DIR, 'dist', 'src', 'http', 'response-cache', 'instance-store'));
    const store = answerStoreOf(app.strapi);
    // Warm up first (compiled code, pools, Redis connection), then measure from there.
    expect(await flood(200)).toEqual({ '200 miss': 200 });
    const before = memory();
    const redisBefore = await redisBytes();

    const started = Date.now();
    const statuses = await flood(REQUESTS);
    const seconds = (Date.now() - started) / 1000;
    const grown = memory() - before;
    const stats = store.stats();
    const kept = await redisBytes();
    // eslint-disable-next-line no-console
    console.log(
      `cache-memory: ${REQUESTS} requests in ${seconds.toFixed(1)} s; heap+external grew ${(grown / 2 ** 20).toFixed(1)} MB; ` +
        `store counts ${stats.entries} entries, ${(stats.bytes / 2 ** 20).toFixed(2)} MB (bound ${LOCAL_MB} MB); ` +
        `Redis ${kept.keys} keys, ${(kept.bytes / 2 ** 20).toFixed(2)} MB by MEMORY USAGE, used_memory +${((kept.usedMemory - redisBefore.usedMemory) / 2 ** 20).toFixed(2)} MB (cap ${(REDIS_CAP_BYTES / 2 ** 20).toFixed(2)} MB)`,
    );

    expect(statuses).toEqual({ '200 miss': REQUESTS });
    expect(stats.bytes).toBeLessThanOrEqual(LOCAL_MB * 2 ** 20);
    expect(grown).toBeLessThan(LOCAL_MB * 2 ** 20 + HEAP_MARGIN_BYTES);
    expect(kept.bytes).toBeLessThanOrEqual(REDIS_CAP_BYTES);
    expect(kept.usedMemory - redisBefore.usedMemory).toBeLessThanOrEqual(REDIS_CAP_BYTES);
    // The cap was reached, so evicted keys were removed from Redis, not just forgotten.
    expect(kept.keys).toBeLessThan(REQUESTS);
    expect(stats.redisBytes).toBeLessThanOrEqual(REDIS_CAP_BYTES);
  }, 360_000);

  it('answers a URL or Host longer than the cache keys on, uncached', async () => {
    const long = `/api/articles?filters[slug][$eq]=${random(4096)}`;
    for (let i = 0; i < 2; i += 1) expect(await get(long, 'blog.example.org')).toEqual({ status: 200, cache: 'bypass' });
    const host = `${random(300)}.example`;
    for (let i = 0; i < 2; i += 1) expect(await get('/api/articles', host)).toEqual({ status: 200, cache: 'bypass' });
    // Within the caps the same reads are kept.
    const short = `/api/articles?filters[slug][$eq]=${random(64)}`;
    expect(await get(short, 'blog.example.org')).toEqual({ status: 200, cache: 'miss' });
    expect(await get(short, 'blog.example.org')).toEqual({ status: 200, cache: 'hit' });
  });
});
