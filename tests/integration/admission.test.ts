/**
 * Bounded admission (`global::admission`, docs/performance.md#under-load-no-reader-waits):
 * with room for one computed request and one waiting, a burst of reads with an API token
 * (the cache never answers those) gets some answers and, for the rest, a quick 503 with
 * `Retry-After: 1`, `no-store` and a JSON error that says why; nothing waits for long.
 * Each client (here told apart by X-Forwarded-For, behind a trusted proxy) gets a fair share:
 * a flooding client gets the 503s, another client none, and a reader page's loopback reads
 * count to its reader, not to 127.0.0.1.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { createApiToken } from '../harness/tokens';

let app: TestInstance;
let token: string;
const MAX_WAIT_MS = 1000;

beforeAll(async () => {
  app = await startStrapi({
    name: 'admission',
    // One computed at a time, two waiting, one of them per client.
    env: { ADMISSION_CONCURRENCY: '1', ADMISSION_QUEUE: '2', ADMISSION_MAX_WAIT_MS: String(MAX_WAIT_MS), IS_PROXIED: 'true' },
  });
  token = `Bearer ${await createApiToken(app.strapi, 'read-only')}`;
});
afterAll(async () => {
  await app?.stop();
});

it('answers a burst beyond its bounds with quick 503s and Retry-After, and the rest in full', async () => {
  const url = '/api/articles?locale=de&populate[blocks]=true&populate[category]=true&pagination[pageSize]=25';
  const started = Date.now();
  const answers = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const res = await request(app.server).get(url).set('Authorization', token);
      return { res, ms: Date.now() - started };
    }),
  );
  const refused = answers.filter((a) => a.res.status === 503);
  const served = answers.filter((a) => a.res.status === 200);
  expect(served.length + refused.length).toBe(20);
  expect(served.length).toBeGreaterThanOrEqual(1);
  expect(refused.length).toBeGreaterThanOrEqual(1);
  for (const { res } of refused) {
    expect(res.headers['retry-after']).toBe('1');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
    expect(['queue full', 'waited too long']).toContain(res.body.error.details.reason);
  }
  // Refused at once or after the documented wait, never after the work of the others.
  const slowestRefusal = Math.max(...refused.map((a) => a.ms));
  expect(slowestRefusal).toBeLessThan(MAX_WAIT_MS + 1500);
  for (const { res } of served) expect(res.body.data.length).toBeGreaterThan(0);
});

/** Six requests at a time from `from` (no X-Forwarded-For: the socket's 127.0.0.1) until `until()`; the statuses seen. */
async function flood(from: string | null, until: () => boolean): Promise<number[]> {
  const url = '/api/articles?locale=de&populate[blocks]=true&populate[category]=true&pagination[pageSize]=25';
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (!until()) {
        const req = request(app.server).get(url).set('Authorization', token);
        statuses.push((await (from ? req.set('X-Forwarded-For', from) : req)).status);
      }
    }),
  );
  return statuses;
}

it('gives each client a fair share: a flooding client gets the 503s, another client none', async () => {
  let done = false;
  const flooding = flood('198.51.100.1', () => done);
  await new Promise((r) => setTimeout(r, 100));
  const polite: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await request(app.server)
      .get(`/api/articles?locale=de&pagination[pageSize]=${5 + i}`)
      .set('Authorization', token)
      .set('X-Forwarded-For', '198.51.100.2');
    polite.push(res.status);
  }
  done = true;
  const flooder = await flooding;
  expect(polite).toEqual([200, 200, 200, 200, 200, 200]);
  expect(flooder).toContain(503);
  expect(flooder).toContain(200);
});

it('counts a reader page’s loopback API reads to its reader, not to the flood from 127.0.0.1', async () => {
  const page = (q: string) => request(app.server).get(`/suche?q=${q}`).set('X-Forwarded-For', '198.51.100.3');
  expect((await page('marketing')).status).toBe(200); // what the layout reads is in the cache now
  let done = false;
  const flooding = flood(null, () => done);
  await new Promise((r) => setTimeout(r, 100));
  const statuses: number[] = [];
  // Each search is a read the cache has not seen: it goes through admission.
  for (let i = 0; i < 4; i++) statuses.push((await page(`strategie${i}x${Date.now()}`)).status);
  done = true;
  expect(await flooding).toContain(503);
  expect(statuses).toEqual([200, 200, 200, 200]);
});
