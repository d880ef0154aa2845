/**
 * 50 connections against the production server (SQLite, demo content), in rounds of
 * LOAD_DURATION seconds (default 60), with our own closed-loop generator
 * (bench/load-generator.js): a request unanswered after 5 s is a failure, and requests still
 * open when a round ends are waited for and counted, not dropped.
 *
 * 1. cached: anonymous reads of the hot pages and API lists → p99 ≤ 50 ms, none over 1 s.
 * 2. uncached: the same reads with an API token (the cache never answers those) → none
 *    over 5 s, p99 ≤ 2 s; excess load gets a quick 503 (docs/performance.md).
 * 3. and 4. rotating: anonymous reads over 1,000+ distinct URLs while a write lands every
 *    2 s (each one makes every kept answer old) → none over 5 s, only 200s or quick 503s;
 *    memory after a full GC within 10 % from round 3 to 4 (the cache filled to its bound
 *    in both) and under MEMORY_CEILING_MB after every round.
 * Each round's figures are printed: latency percentiles, first answer per connection,
 * statuses and X-Cache counts.
 */
import { fullAccessToken, publicJson, startServer, type RunningServer } from '../e2e/harness';
import { runLoad, percentile, maxOf, summary, type LoadRequest, type LoadResult } from '../../bench/load-generator';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.LOAD_DURATION ?? 60);
const TIMEOUT_MS = 5000;
/** RSS after a full GC: the documented ceiling (docs/performance.md#memory). */
const MEMORY_CEILING_MB = 700;
const HOST = 'blog.example.org';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startServer('load', { SERVE_ADMIN_PANEL: 'false', SEED_DEMO_COVERS: 'false', LOG_LEVEL: 'warn' }, { inspect: true });
  token = await fullAccessToken(server.url, 'load');
});
afterAll(async () => {
  await server?.stop();
});

function expectNoFailures(r: LoadResult) {
  expect(r.failed).toBe(0);
  expect(r.sent - r.answered).toBeLessThanOrEqual(CONNECTIONS);
  expect(maxOf(r.latencies, r.latencies503)).toBeLessThan(TIMEOUT_MS);
  expect(r.answered).toBeGreaterThan(10 * DURATION_S);
}

it(`${CONNECTIONS} connections, ${DURATION_S} s rounds: cached reads fast, rotation with writes and uncached reads without stalls, no leak`, async () => {
  const articles: Array<{ slug: string; documentId: string; locale: string }> = (
    await publicJson(server.url, '/api/articles?fields[0]=slug&locale=de&pagination[pageSize]=100')
  ).data;
  const articleApi = (slug: string) =>
    `/api/articles?filters[slug][$eq]=${slug}&populate[blocks][on][blocks.study-stat]=true&populate[blocks][on][blocks.rich-text]=true&populate[related]=true&populate[category]=true`;
  const hot: LoadRequest[] = [
    { path: '/api/articles?sort[0]=originallyPublishedAt:desc&pagination[pageSize]=25&populate[blocks]=true&populate[category]=true' },
    { path: '/' },
    ...articles.flatMap((a) => [{ path: articleApi(a.slug) }, { path: `/artikel/${a.slug}` }]),
  ];
  const rotating: LoadRequest[] = [];
  for (let size = 1; size <= 25; size++)
    for (let page = 1; page <= 40; page++)
      rotating.push({ path: `/api/articles?pagination[page]=${page}&pagination[pageSize]=${size}&populate[blocks]=true` });
  rotating.push(...hot);
  expect(new Set(rotating.map((r) => r.path)).size).toBeGreaterThanOrEqual(1000);

  const memory: Array<{ rssMb: number; heapUsedMb: number }> = [];
  const measureMemory = async () => {
    await new Promise((r) => setTimeout(r, 500));
    memory.push(await server.memoryAfterGc());
    // eslint-disable-next-line no-console
    console.log(`[load] memory after GC: RSS ${memory.at(-1)!.rssMb} MB, heap ${memory.at(-1)!.heapUsedMb} MB`);
  };
  const round = async (name: string, requests: LoadRequest[], headers?: Record<string, string>) => {
    const r = await runLoad({
      url: server.url,
      connections: CONNECTIONS,
      durationS: DURATION_S,
      timeoutMs: TIMEOUT_MS,
      host: HOST,
      requests: headers ? requests.map((q) => ({ ...q, headers })) : requests,
    });
    // eslint-disable-next-line no-console
    console.log(summary(name, r));
    return r;
  };

  // Warm-up (not judged): JIT and the kept answers reach their steady state.
  await runLoad({ url: server.url, connections: CONNECTIONS, durationS: 5, timeoutMs: TIMEOUT_MS, host: HOST, requests: hot });

  // A write every 2 s: each makes every kept answer old.
  const rotatingRound = async (name: string) => {
    let writes = 0;
    const writeFailures: number[] = [];
    const writer = setInterval(() => {
      const target = articles[writes % articles.length];
      writes += 1;
      void fetch(`${server.url}/api/articles/${target.documentId}?locale=de`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ data: { metaDescription: `Lastprobe ${writes}` } }),
      }).then((res) => {
        if (res.status !== 200) writeFailures.push(res.status);
      });
    }, 2000);
    const rotated = await round(name, rotating).finally(() => clearInterval(writer));
    expectNoFailures(rotated);
    expect(Object.keys(rotated.byStatus).filter((s) => s !== '200' && s !== '503')).toEqual([]);
    // eslint-disable-next-line no-console
    console.log(`[load] ${writes} writes during the round, ${writeFailures.length} not answered 200 (${writeFailures.join(', ')})`);
    expect(writes).toBeGreaterThanOrEqual(Math.floor(DURATION_S / 2) - 1);
    return rotated;
  };

  const cached = await round('1 cached', hot);
  expectNoFailures(cached);
  expect(cached.byStatus).toEqual({ 200: cached.answered });
  expect(percentile(cached.latencies, 99)).toBeLessThanOrEqual(50);
  expect(maxOf(cached.latencies)).toBeLessThanOrEqual(1000);

  const uncached = await round('2 uncached (API token)', hot, { Authorization: `Bearer ${token}` });
  expectNoFailures(uncached);
  expect(uncached.xCache).toEqual({ bypass: uncached.answered });
  expect(Object.keys(uncached.byStatus).filter((s) => s !== '200' && s !== '503')).toEqual([]);
  expect(percentile(uncached.latencies, 99)).toBeLessThanOrEqual(2000);
  await measureMemory();

  // Rotation fills the cache to its bound (CACHE_MAX_MB); from then on memory must hold
  // still: two rotating rounds in a row, compared after a full GC.
  await rotatingRound('3 rotating, a write every 2 s');
  await measureMemory();
  await rotatingRound('4 rotating again, a write every 2 s');
  await measureMemory();
  const growth = (pick: (m: { rssMb: number; heapUsedMb: number }) => number) => (pick(memory[2]) - pick(memory[1])) / pick(memory[1]);
  // eslint-disable-next-line no-console
  console.log(
    `[load] memory after GC, round 3 → 4 (both rotating, cache full): RSS ${(growth((m) => m.rssMb) * 100).toFixed(1)} %, heap ${(growth((m) => m.heapUsedMb) * 100).toFixed(1)} %`,
  );
  expect(growth((m) => m.rssMb)).toBeLessThanOrEqual(0.1);
  expect(growth((m) => m.heapUsedMb)).toBeLessThanOrEqual(0.1);
  for (const m of memory) expect(m.rssMb).toBeLessThanOrEqual(MEMORY_CEILING_MB);
});
