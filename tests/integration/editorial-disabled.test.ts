/** EDITORIAL_ENABLED=false: plain Strapi answers, the benchmarks' baseline. */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';

let app: TestInstance;
beforeAll(async () => {
  app = await startStrapi({ name: 'editorial-off', env: { EDITORIAL_ENABLED: 'false' } });
});
afterAll(async () => {
  await app?.stop();
  delete process.env.EDITORIAL_ENABLED;
});

it('serves articles without editorial, rendered or cache headers', async () => {
  expect(app.strapi.plugin('editorial')).toBeUndefined();
  const res = await request(app.server).get('/api/articles?populate[blocks][on][blocks.study-stat]=true');
  expect(res.status).toBe(200);
  expect(res.body.data.length).toBeGreaterThan(0);
  const body = JSON.stringify(res.body);
  expect(body).not.toContain('"editorial"');
  expect(body).not.toContain('"rendered"');
  expect(res.headers['cache-control']).toBeUndefined();
  expect((await request(app.server).get('/api/editorial/outdated')).status).toBe(404);
});

it('the plugin is loaded when enabled (a missing build would skip it silently)', async () => {
  await app.stop();
  process.env.EDITORIAL_ENABLED = 'true';
  app = await startStrapi({ name: 'editorial-on', seed: false });
  expect(app.strapi.plugin('editorial')).toBeDefined();
});

it('a bad plugin config stops startup with a message naming the key', async () => {
  await app.stop();
  await expect(startStrapi({ name: 'editorial-bad-config', seed: false, env: { EDITORIAL_OUTDATED_AFTER_MONTHS: '0' } })).rejects.toThrow(
    /outdatedAfterMonths/,
  );
  process.env.EDITORIAL_OUTDATED_AFTER_MONTHS = '24';
  app = await startStrapi({ name: 'editorial-on', seed: false });
});
