/**
 * PostgreSQL stopped for 10 s under load, then started again: during the outage requests
 * fail fast with 503 (within FAIL_FAST_MS, the bound docs/security.md names), Strapi
 * recovers without a restart, no write that was acknowledged (201) is lost, and no write
 * refused with 503 left anything behind. Needs the local PostgreSQL 15 cluster and the right to
 * stop and start it (pg_ctlcluster), as on the CI machine.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import { prepareTestDatabase } from '../harness/database';
import { fullAccessToken, startServer, type RunningServer } from '../e2e/harness';

process.env.TEST_DB = 'postgres';
const OUTAGE_MS = 10_000;
const FAIL_FAST_MS = 2000;
/** A request without an answer this long counts as hung (and fails the test) instead of stalling it. */
const HUNG_MS = 20_000;
const CLUSTER = fs.readdirSync('/etc/postgresql')[0];

const pg = (action: 'start' | 'stop') =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', CLUSTER, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], {
    stdio: 'inherit',
  });
const pgReady = () => {
  try {
    execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']);
    return true;
  } catch {
    return false;
  }
};

let server: RunningServer;

beforeAll(async () => {
  const db = await prepareTestDatabase('outage', { sqliteFile: '' });
  server = await startServer('outage', {
    ...db,
    SERVE_ADMIN_PANEL: 'false',
    SEED_DEMO_COVERS: 'false',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_MIN: '0',
    DATABASE_POOL_MAX: '10',
  });
});

afterAll(async () => {
  if (!pgReady()) pg('start');
  await server?.stop();
});

interface Sample {
  at: number;
  ms: number;
  status: number;
  kind: 'read' | 'write';
}

it('fails fast with 503 while PostgreSQL is down, recovers by itself, loses no acknowledged write', async () => {
  const token = await fullAccessToken(server.url, 'outage-writer');

  const samples: Sample[] = [];
  const acknowledged: string[] = [];
  /** Titles of writes refused with 503 (or cut off): none of them may have been stored. */
  const refused: string[] = [];
  const failures: string[] = [];
  const t0 = Date.now();
  let running = true;
  const timed = async (kind: Sample['kind'], request: () => Promise<Response>, title?: string) => {
    const started = Date.now();
    let status = 0;
    try {
      const res = await request();
      status = res.status;
      const body: any = await res.json().catch(() => null);
      if (kind === 'write' && status === 201) acknowledged.push(body.data.documentId);
      if (kind === 'write' && status === 503 && title) refused.push(title);
      if (status >= 500 && status !== 503) failures.push(`${kind} at ${started - t0} ms: ${status} ${JSON.stringify(body).slice(0, 300)}`);
    } catch (error) {
      // -2: no answer within HUNG_MS (a request stuck in the server); -1: connection refused or reset
      status = (error as Error)?.name === 'TimeoutError' ? -2 : -1;
      if (status === -2) failures.push(`${kind} at ${started - t0} ms: no answer within ${HUNG_MS} ms`);
    }
    samples.push({ at: started - t0, ms: Date.now() - started, status, kind });
  };
  const reader = async () => {
    while (running)
      await timed('read', () =>
        fetch(`${server.url}/api/articles?pagination[pageSize]=10&populate[blocks]=true`, { signal: AbortSignal.timeout(HUNG_MS) }),
      );
  };
  let n = 0;
  const writer = async () => {
    while (running) {
      n += 1;
      const title = `Ausfall-Test ${n}`;
      await timed(
        'write',
        () =>
          fetch(`${server.url}/api/articles`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify({ data: { title } }),
            signal: AbortSignal.timeout(HUNG_MS),
          }),
        title,
      );
    }
  };
  const loops = [...Array.from({ length: 8 }, reader), writer(), writer()];

  await new Promise((r) => setTimeout(r, 3000));
  const stoppedAt = Date.now() - t0;
  pg('stop');
  await new Promise((r) => setTimeout(r, OUTAGE_MS));
  const startedAt = Date.now() - t0;
  pg('start');
  // Load goes on until reads have been fine for 3 s, at most 30 s.
  let recoveredAt: number | null = null;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const recent = samples.filter((s) => s.at > startedAt && s.kind === 'read');
    const firstOk = recent.find((s) => s.status === 200);
    if (firstOk) recoveredAt ??= firstOk.at;
    if (recoveredAt !== null && Date.now() - t0 > recoveredAt + 3000) break;
  }
  running = false;
  await Promise.all(loops);

  const during = samples.filter((s) => s.at > stoppedAt + 500 && s.at + s.ms < startedAt);
  const after = samples.filter((s) => recoveredAt !== null && s.at > recoveredAt + 1000);
  const byStatus = (list: Sample[]) =>
    list.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.status]: (acc[s.status] ?? 0) + 1 }), {});
  // eslint-disable-next-line no-console
  console.log(
    `[outage] before: ${JSON.stringify(byStatus(samples.filter((s) => s.at + s.ms < stoppedAt)))}; during (${OUTAGE_MS} ms): ${JSON.stringify(byStatus(during))}, slowest ${Math.max(...during.map((s) => s.ms))} ms; ` +
      `recovered ${recoveredAt === null ? 'never' : `${recoveredAt - startedAt} ms`} after PostgreSQL started; after: ${JSON.stringify(byStatus(after))}; ${acknowledged.length} writes acknowledged`,
  );

  if (failures.length > 0) {
    // eslint-disable-next-line no-console -- what went wrong, printed before the expectations fail
    console.log(`[outage] 5xx other than 503, or no answer (first 5 of ${failures.length}):\n${failures.slice(0, 5).join('\n')}`);
  }
  if (samples.some((s) => s.status < 0 || s.status === 500)) {
    // eslint-disable-next-line no-console -- the server's own account of a 500 or a hang
    console.log(`[outage] server log (end):\n${server.log.join('').split('\n').slice(-40).join('\n')}`);
  }
  expect(during.length).toBeGreaterThan(20);
  expect(during.every((s) => s.status === 503)).toBe(true);
  expect(Math.max(...during.map((s) => s.ms))).toBeLessThan(FAIL_FAST_MS);
  expect(samples.some((s) => s.status === 500)).toBe(false);
  expect(samples.some((s) => s.status === -2)).toBe(false);
  expect(recoveredAt).not.toBeNull();
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((s) => s.status === 200 || s.status === 201)).toBe(true);

  // Every acknowledged write is there, read through the API.
  for (const documentId of acknowledged) {
    const res = await fetch(`${server.url}/api/articles/${documentId}?fields[0]=title`);
    expect(res.status).toBe(200);
  }
  // No write refused with 503 left anything behind, published or draft.
  expect(refused.length).toBeGreaterThan(0);
  const storedTitles = new Set<string>();
  for (const status of ['published', 'draft']) {
    for (let page = 1; ; page++) {
      const res = await fetch(
        `${server.url}/api/articles?filters[title][$startsWith]=Ausfall-Test&status=${status}&fields[0]=title&pagination[pageSize]=100&pagination[page]=${page}`,
        { headers: { Authorization: `Bearer ${token}` } },
      );
      expect(res.status).toBe(200);
      const body: any = await res.json();
      for (const article of body.data) storedTitles.add(article.title);
      if (page >= body.meta.pagination.pageCount) break;
    }
  }
  const stored = refused.filter((title) => storedTitles.has(title));
  // eslint-disable-next-line no-console
  console.log(
    `[outage] ${refused.length} writes refused with 503, ${stored.length} of them stored anyway${stored.length ? `: ${stored.slice(0, 5).join(', ')}` : ''} (${storedTitles.size} stored in all)`,
  );
  expect(stored).toEqual([]);
  // And nothing else: every stored test article is one whose write was acknowledged.
  expect(storedTitles.size).toBe(acknowledged.length);
});
