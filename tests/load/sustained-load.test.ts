/**
 * 50 concurrent connections for 30 s on the article list and single articles with the
 * plugin on, three rounds: no errors, no non-2xx, and memory after the third round within
 * 10 % of after the first (no leak). Production build, SQLite, demo content.
 *
 * Memory is read after a full garbage collection (through the inspector): RSS read at a
 * random moment depends on when V8 last collected and swung by 26 % between otherwise
 * equal runs; after a collection it measures what the process really keeps.
 */
import autocannon from 'autocannon';
import { startServer, publicJson, type RunningServer } from '../e2e/harness';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.LOAD_DURATION ?? 30);
const ROUNDS = 3;
/**
 * A request counts as failed when it gets no answer within 60 s; slower answers show in
 * the latency figures. At the start of each round, the first request of some of the 50
 * new connections waits far longer than the rest (up to 29 s on CI's machine while the
 * median is under 1 s; see docs/security.md): a known, open problem, reported, not hidden.
 */
const TIMEOUT_S = 60;

let server: RunningServer;

beforeAll(async () => {
  server = await startServer('load', { SERVE_ADMIN_PANEL: 'false', SEED_DEMO_COVERS: 'false', LOG_LEVEL: 'warn' }, { inspect: true });
});
afterAll(async () => {
  await server?.stop();
});

it(`${CONNECTIONS} connections × ${DURATION_S} s × ${ROUNDS} rounds: no errors, no leak`, async () => {
  const slugs: string[] = (await publicJson(server.url, '/api/articles?fields[0]=slug&pagination[pageSize]=100')).data.map((a: any) => a.slug);
  const requests = [
    { method: 'GET' as const, path: '/api/articles?sort[0]=originallyPublishedAt:desc&pagination[pageSize]=25&populate[blocks]=true&populate[category]=true' },
    ...slugs.map((slug) => ({
      method: 'GET' as const,
      path: `/api/articles?filters[slug][$eq]=${slug}&populate[blocks][on][blocks.study-stat]=true&populate[blocks][on][blocks.rich-text]=true&populate[related]=true&populate[category]=true`,
    })),
  ];
  // Warm-up (not judged): JIT, caches and the connection pool reach their steady state first.
  await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url: server.url, connections: CONNECTIONS, duration: 10, requests, timeout: TIMEOUT_S }, (error, r) => (error ? reject(error) : resolve(r))),
  );
  const memory: Array<{ rssMb: number; heapUsedMb: number }> = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ url: server.url, connections: CONNECTIONS, duration: DURATION_S, requests, timeout: TIMEOUT_S }, (error, r) => (error ? reject(error) : resolve(r))),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const rssBeforeGc = server.rssMb();
    memory.push(await server.memoryAfterGc());
    // eslint-disable-next-line no-console
    console.log(
      `[load] round ${round}: ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; RSS ${rssBeforeGc} MB, after GC ${memory.at(-1)!.rssMb} MB, heap ${memory.at(-1)!.heapUsedMb} MB`,
    );
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    // Answers keep coming: a sanity floor (10 req/s), not a speed target (see the benchmark).
    expect(result.requests.total).toBeGreaterThan(10 * DURATION_S);
  }
  const growth = (pick: (m: { rssMb: number; heapUsedMb: number }) => number) => (pick(memory[ROUNDS - 1]) - pick(memory[0])) / pick(memory[0]);
  // eslint-disable-next-line no-console
  console.log(`[load] memory after GC, round 1 → ${ROUNDS}: RSS ${(growth((m) => m.rssMb) * 100).toFixed(1)} %, heap ${(growth((m) => m.heapUsedMb) * 100).toFixed(1)} %`);
  expect(growth((m) => m.rssMb)).toBeLessThanOrEqual(0.1);
  expect(growth((m) => m.heapUsedMb)).toBeLessThanOrEqual(0.1);
});
