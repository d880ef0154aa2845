/**
 * The load test's rounds that depend on the database, on PostgreSQL: 50 connections of
 * anonymous cached reads and of uncached reads with an API token, LOAD_DURATION seconds
 * each (default 60), judged like the SQLite rounds in sustained-load.test.ts (a request
 * unanswered after 5 s fails; cached p99 ≤ 50 ms and none over 1 s; uncached p99 ≤ 2 s).
 */
import { prepareTestDatabase } from '../harness/database';
import { fullAccessToken, startServer, type RunningServer } from '../e2e/harness';
import { runLoad, percentile, maxOf, summary, type LoadRequest } from '../../bench/load-generator';

process.env.TEST_DB = 'postgres';
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.LOAD_DURATION ?? 60);
const TIMEOUT_MS = 5000;
const HOST = 'blog.example.org';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  const db = await prepareTestDatabase('load-pg', { sqliteFile: '' });
  server = await startServer('load-pg', { ...db, SERVE_ADMIN_PANEL: 'false', SEED_DEMO_COVERS: 'false', LOG_LEVEL: 'warn' });
  token = await fullAccessToken(server.url, 'load-pg');
});
afterAll(async () => {
  await server?.stop();
});

it(`PostgreSQL, ${CONNECTIONS} connections × ${DURATION_S} s: cached reads fast, uncached reads without stalls`, async () => {
  const slugs: string[] = (
    await (await fetch(`${server.url}/api/articles?fields[0]=slug&locale=de&pagination[pageSize]=100`)).json()
  ).data.map((a: any) => a.slug);
  const hot: LoadRequest[] = [
    { path: '/api/articles?sort[0]=originallyPublishedAt:desc&pagination[pageSize]=25&populate[blocks]=true&populate[category]=true' },
    { path: '/' },
    ...slugs.flatMap((slug) => [
      {
        path: `/api/articles?filters[slug][$eq]=${slug}&populate[blocks][on][blocks.study-stat]=true&populate[related]=true&populate[category]=true`,
      },
      { path: `/artikel/${slug}` },
    ]),
  ];
  await runLoad({ url: server.url, connections: CONNECTIONS, durationS: 5, timeoutMs: TIMEOUT_MS, host: HOST, requests: hot });

  for (const [name, headers] of [
    ['cached', undefined],
    ['uncached (API token)', { Authorization: `Bearer ${token}` }],
  ] as const) {
    const r = await runLoad({
      url: server.url,
      connections: CONNECTIONS,
      durationS: DURATION_S,
      timeoutMs: TIMEOUT_MS,
      host: HOST,
      requests: headers ? hot.map((q) => ({ ...q, headers })) : hot,
    });
    // eslint-disable-next-line no-console
    console.log(summary(`PostgreSQL ${name}`, r));
    expect(r.failed).toBe(0);
    expect(r.sent - r.answered).toBeLessThanOrEqual(CONNECTIONS);
    expect(maxOf(r.latencies, r.latencies503)).toBeLessThan(TIMEOUT_MS);
    expect(Object.keys(r.byStatus).filter((s) => s !== '200' && s !== '503')).toEqual([]);
    if (headers) {
      expect(percentile(r.latencies, 99)).toBeLessThanOrEqual(2000);
    } else {
      expect(r.byStatus).toEqual({ 200: r.answered });
      expect(percentile(r.latencies, 99)).toBeLessThanOrEqual(50);
      expect(maxOf(r.latencies)).toBeLessThanOrEqual(1000);
    }
  }
});
