/**
 * One spelling per address (`global::canonical-path`, src/http/canonical-path/). Strapi's
 * router matched `/API/articles` while every middleware tested `startsWith('/api/')`, so
 * `/API/…` skipped admission, the read-query checks, the response cache and the editorial
 * answer: `pagination[start]=99999999999999999999` was a 500 again, `pageSize=1000` allowed.
 * - a GET or HEAD of any other spelling of a Content API or reader-site path is a 301 to the
 *   canonical one (query kept) and runs nothing behind it; other methods get a 404;
 * - the canonical path then gets every middleware: read checks (400), cache (`X-Cache`),
 *   enrichment (`editorial`);
 * - the sign-in limit cannot be skipped by spelling `/api/auth/local` differently;
 * - `/rss.xml/`, `/sitemap.xml//` and `/artikel/<slug>/` are redirects, not second copies;
 * - odd paths (`//x`, `/%2F%2F…`, `/artikel/%`) are answered without an error-level log line.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { captureLog } from '../harness/log-capture';

let app: TestInstance;
const api = () => request(app.server);

const SPELLINGS = [
  '/API/articles',
  '/Api/articles',
  '/api//articles',
  '/%61pi/articles',
  '/api/articles/',
  '//api/articles',
  '/%41PI/articles//',
];

beforeAll(async () => {
  app = await startStrapi({ name: 'security-canonical-paths', env: { AUTH_RATE_LIMIT_MAX: '3', AUTH_RATE_LIMIT_WINDOW_SECONDS: '300' } });
});
afterAll(async () => {
  await app?.stop();
});

describe('other spellings of the Content API', () => {
  it.each(SPELLINGS)('GET %s is a 301 to /api/articles, with the query kept and nothing computed', async (path) => {
    const res = await api().get(`${path}?pagination[start]=99999999999999999999&locale=de`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/api/articles?pagination[start]=99999999999999999999&locale=de');
    expect(res.headers['x-cache']).toBeUndefined();
    expect(res.text).not.toContain('"data"');
  });

  it('the canonical address then gets the read checks (400, not 500), the cache and the enrichment', async () => {
    const huge = await api().get('/api/articles?pagination[start]=99999999999999999999');
    expect(huge.status).toBe(400);
    expect((await api().get('/api/articles?pagination[pageSize]=1000')).status).toBe(400);
    const list = await api().get('/api/articles?locale=de');
    expect(list.status).toBe(200);
    expect(list.headers['x-cache']).toMatch(/hit|miss/);
    expect(list.body.data[0].editorial).toBeDefined();
  });

  it('the rest of the path keeps its case (the router matches it without), and every check still applies', async () => {
    expect((await api().get('/api/Articles?pagination[start]=99999999999999999999')).status).toBe(400);
    expect((await api().get('/api/Articles?filters[title][$between]=a')).status).toBe(400);
    const list = await api().get('/api/Articles?locale=de');
    expect(list.status).toBe(200);
    expect(list.body.data[0].editorial).toBeDefined();
    const preview = await api().get('/api/Editorial/preview?token=x');
    expect(preview.headers['x-cache']).toBe('bypass');
  });

  it.each(['/API/articles', '/api/articles/', '/api//articles'])('POST, PUT and DELETE on %s are 404 naming the address', async (path) => {
    for (const method of ['post', 'put', 'delete'] as const) {
      const agent = api();
      const res = await agent[method](path).send({ data: { title: 'x' } });
      expect(res.status).toBe(404);
      expect(res.body.error.details.canonical).toBe('/api/articles');
    }
  });

  it('the sign-in limit counts every spelling of /api/auth/local (they are refused before it)', async () => {
    const attempt = (path: string) => api().post(path).send({ identifier: 'niemand@example.org', password: 'Falsch-1234' });
    for (const path of ['/API/auth/local', '/api/auth/local/', '/api//auth/local', '/%61pi/auth/local']) {
      expect((await attempt(path)).status).toBe(404);
    }
    // The rest of the path in another case reaches the route, and the limiter counts it as the same route.
    const statuses: number[] = [];
    for (const path of ['/api/auth/local', '/api/Auth/Local', '/api/auth/local', '/api/AUTH/local', '/api/auth/local'])
      statuses.push((await attempt(path)).status);
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
  });

  it('a redirect never names another host', async () => {
    for (const path of ['//evil.example/api/articles', '/api//evil.example', '///api/articles']) {
      const res = await api().get(path);
      const location = res.headers.location as string | undefined;
      if (location) expect(location).toMatch(/^\/[^/]/);
    }
  });
});

describe('the reader site has one address per page', () => {
  it.each([
    ['/rss.xml/', '/rss.xml'],
    ['/sitemap.xml//', '/sitemap.xml'],
    ['/en/rss.xml/', '/en/rss.xml'],
    ['/artikel/studie-social-media-manager-kleine-teams-viele-ziele/', '/artikel/studie-social-media-manager-kleine-teams-viele-ziele'],
    ['//artikel//studie-social-media-manager-kleine-teams-viele-ziele', '/artikel/studie-social-media-manager-kleine-teams-viele-ziele'],
    ['/en', '/en/'],
    ['/index.html', '/'],
    ['/suche/?q=Studie', '/suche?q=Studie'],
  ])('%s → 301 %s', async (path, location) => {
    const res = await api().get(path);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(location);
  });

  it.each(['/', '/en/', '/rss.xml', '/sitemap.xml', '/artikel/studie-social-media-manager-kleine-teams-viele-ziele'])(
    '%s is served as it is',
    async (path) => {
      expect((await api().get(path)).status).toBe(200);
    },
  );
});

describe('odd paths are client errors, not logged errors', () => {
  it.each(['//x', '/%2F%2Fevil.example', '/artikel/%', '/%', '/api/%', '/artikel/%E0%A4%A', '/uploads/%'])('%s', async (path) => {
    const log = captureLog(app.strapi);
    try {
      const res = await api().get(path).set('Accept', 'text/html');
      expect(res.status).toBeGreaterThanOrEqual(300);
      expect(res.status).toBeLessThan(500);
      expect(log.errors()).toEqual([]);
    } finally {
      log.restore();
    }
  });
});
