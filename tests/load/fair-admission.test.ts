/**
 * Fair admission under a flood (docs/performance.md#under-load-no-reader-waits), on
 * PostgreSQL: one client floods the API with 300 connections of reads the cache never
 * answers (API token), while another client reads the same way over 4 connections. The
 * server tells them apart by source address (127.0.0.2 and 127.0.0.3; all of 127.0.0.0/8
 * is loopback on Linux). Each client waits behind its own requests only: the well-behaved
 * one gets no 503 and p99 under 1 s; the flooder gets quick 503s, and still some answers.
 * Admission's refusals are one counted warning per second, never an error line per 503.
 */
import { prepareTestDatabase } from '../harness/database';
import { fullAccessToken, startServer, type RunningServer } from '../e2e/harness';
import { runLoad, percentile, maxOf, summary, type LoadRequest } from '../../bench/load-generator';

process.env.TEST_DB = 'postgres';
const FLOOD_CONNECTIONS = 300;
const POLITE_CONNECTIONS = 4;
/** The flood was 15 s long; CI's LOAD_DURATION (20) bounds it too. */
const DURATION_S = Math.min(Number(process.env.LOAD_DURATION ?? 60), 15);
const TIMEOUT_MS = 5000;
const HOST = 'blog.example.org';

let server: RunningServer;
let floodToken: string;
let politeToken: string;

beforeAll(async () => {
  const db = await prepareTestDatabase('load-fair', { sqliteFile: '' });
  server = await startServer('load-fair', { ...db, SERVE_ADMIN_PANEL: 'false', SEED_DEMO_COVERS: 'false', LOG_LEVEL: 'warn' });
  floodToken = await fullAccessToken(server.url, 'load-fair-flood');
  politeToken = await fullAccessToken(server.url, 'load-fair-polite');
});
afterAll(async () => {
  await server?.stop();
});

it(`a client flooding with ${FLOOD_CONNECTIONS} connections × ${DURATION_S} s leaves another client no 503 and p99 under 1 s`, async () => {
  const slugs: string[] = (
    await (await fetch(`${server.url}/api/articles?fields[0]=slug&locale=de&pagination[pageSize]=100`)).json()
  ).data.map((a: any) => a.slug);
  const reads = (token: string): LoadRequest[] =>
    [
      '/api/articles?sort[0]=originallyPublishedAt:desc&pagination[pageSize]=25&populate[blocks]=true&populate[category]=true',
      ...slugs.map(
        (slug) =>
          `/api/articles?filters[slug][$eq]=${slug}&populate[blocks][on][blocks.study-stat]=true&populate[related]=true&populate[category]=true`,
      ),
    ].map((path) => ({ path, headers: { Authorization: `Bearer ${token}` } }));
  const load = (localAddress: string, connections: number, requests: LoadRequest[], durationS = DURATION_S) =>
    runLoad({ url: server.url, connections, durationS, timeoutMs: TIMEOUT_MS, host: HOST, requests, localAddress });

  await load('127.0.0.3', 8, reads(politeToken), 2); // warm-up: the pool, the planner, the JIT
  const logFrom = server.log.length;
  const [flood, polite] = await Promise.all([
    load('127.0.0.2', FLOOD_CONNECTIONS, reads(floodToken)),
    // The flood's connections are open before the well-behaved client starts.
    new Promise((r) => setTimeout(r, 500)).then(() => load('127.0.0.3', POLITE_CONNECTIONS, reads(politeToken), DURATION_S - 1)),
  ]);
  // eslint-disable-next-line no-console
  console.log(summary(`fair admission, flooder (${FLOOD_CONNECTIONS} connections)`, flood));
  // eslint-disable-next-line no-console
  console.log(summary(`fair admission, well-behaved (${POLITE_CONNECTIONS} connections)`, polite));
  const log = server.log.slice(logFrom).join('');
  const refusalLines = log.split('\n').filter((line) => /admission refused/.test(line));
  // eslint-disable-next-line no-console
  console.log(`[load] admission log lines: ${refusalLines.length}, e.g. ${refusalLines[0] ?? '(none)'}`);

  expect(polite.failed).toBe(0);
  expect(polite.byStatus).toEqual({ 200: polite.answered });
  expect(polite.answered).toBeGreaterThan(10 * (DURATION_S - 1));
  expect(percentile(polite.latencies, 99)).toBeLessThan(1000);

  expect(flood.failed).toBe(0);
  expect(Object.keys(flood.byStatus).sort()).toEqual(['200', '503']);
  expect(maxOf(flood.latencies, flood.latencies503)).toBeLessThan(TIMEOUT_MS);

  // Thousands of 503s, yet at most one warning a second and no error line for any of them.
  expect(refusalLines.length).toBeGreaterThan(0);
  expect(refusalLines.length).toBeLessThanOrEqual(DURATION_S + 2);
  expect(log).not.toMatch(/→ 503/);
});
