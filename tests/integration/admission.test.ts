/**
 * Bounded admission (`global::admission`, docs/performance.md#under-load-no-reader-waits):
 * with room for one computed request and one waiting, a burst of reads with an API token
 * (the cache never answers those) gets some answers and, for the rest, a quick 503 with
 * `Retry-After: 1`, `no-store` and a JSON error that says why; nothing waits for long.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { createApiToken } from '../harness/tokens';

let app: TestInstance;
let token: string;

beforeAll(async () => {
  app = await startStrapi({ name: 'admission', env: { ADMISSION_CONCURRENCY: '1', ADMISSION_QUEUE: '1', ADMISSION_MAX_WAIT_MS: '300' } });
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
  // Refused at once or after the documented wait (300 ms here), never after the work of the others.
  const slowestRefusal = Math.max(...refused.map((a) => a.ms));
  expect(slowestRefusal).toBeLessThan(300 + 1500);
  for (const { res } of served) expect(res.body.data.length).toBeGreaterThan(0);
});
