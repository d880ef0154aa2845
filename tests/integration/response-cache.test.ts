/**
 * The response cache (src/http/response-cache/middleware.ts): hits are byte for byte what a
 * full computation gives, in every encoding; callers with credentials, previews and the
 * admin never touch it; and no answer is stale after any of the changes the community
 * REST caches are known to miss: bulk publish and unpublish in the admin's list view,
 * writes from code, a change to related content, the editorial settings, time passing a
 * banner's date with no write at all, and a new default locale. (A write on another
 * instance: tests/cluster/two-instances.test.ts.)
 */
import http from 'http';
import type { AddressInfo } from 'net';
import zlib from 'zlib';
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { createApiToken } from '../harness/tokens';

const ARTICLE = 'api::article.article';
const STUDY = 'api::study.study';
const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';

let app: TestInstance;
let auth: { Authorization: string };
let token: string;

const HOST = 'blog.example.org';
// supertest listens on a new port for each request; the host is part of the key (pages carry absolute links).
const api = () => {
  const agent = request(app.server);
  const withHost = (verb: 'get' | 'head' | 'post' | 'put') => (url: string) => agent[verb](url).set('Host', HOST);
  return { get: withHost('get'), head: withHost('head'), post: withHost('post'), put: withHost('put') };
};

/** The raw bytes as sent (supertest would decompress them). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const server = app.server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      http
        .get({ host: '127.0.0.1', port, path, headers: { Host: HOST, ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => server.close(() => resolve({ headers: res.headers, body: Buffer.concat(chunks) })));
        })
        .on('error', reject);
    });
  });
}

/** Reads a URL anonymously, twice if needed, until it is answered from the cache. */
async function cachedRead(url: string) {
  const first = await api().get(url);
  const second = await api().get(url);
  return { first, second };
}

const articleUrl = (slug: string, locale = 'de') =>
  `/api/articles?filters[slug][$eq]=${slug}&locale=${locale}&populate[blocks][on][blocks.study-stat]=true`;
const article = async (slug: string, locale = 'de') => (await api().get(articleUrl(slug, locale))).body.data[0];

beforeAll(async () => {
  app = await startStrapi({ name: 'response-cache', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  auth = { Authorization: `Bearer ${await adminToken(app.server)}` };
  token = `Bearer ${await createApiToken(app.strapi, 'full-access')}`;
});

afterAll(async () => {
  await app?.stop();
});

describe('hits', () => {
  it('answers a repeated anonymous read from the cache, byte for byte the computed answer', async () => {
    const url = articleUrl(MAIN);
    const { first, second } = await cachedRead(url);
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    // Headers set outside the cache are on hits too.
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(second.headers['x-request-id']).toBeTruthy();
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it('keeps brotli and gzip bodies that decode to the same answer, and sends each client its encoding', async () => {
    const url = `/api/articles?locale=de&populate=*`;
    const identity = (await api().get(url)).text;
    for (const encoding of ['br', 'gzip']) {
      const res = await rawGet(url, { 'Accept-Encoding': encoding });
      expect(res.headers['x-cache']).toBe('hit');
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      const decoded = encoding === 'br' ? zlib.brotliDecompressSync(res.body) : zlib.gunzipSync(res.body);
      expect(decoded.toString()).toBe(identity);
      expect(res.body.length).toBeLessThan(identity.length / 3);
    }
  });

  it('answers HEAD and a matching If-None-Match from the cache', async () => {
    const url = `/api/categories?locale=de`;
    const full = await api().get(url);
    const head = await api().head(url);
    expect(head.status).toBe(200);
    expect(head.headers['x-cache']).toBe('hit');
    const revalidated = await api().get(url).set('If-None-Match', full.headers.etag);
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers['x-cache']).toBe('hit');
  });

  it('caches the reader pages and feeds too', async () => {
    for (const path of [`/artikel/${MAIN}`, '/', '/rss.xml', '/sitemap.xml']) {
      const { first, second } = await cachedRead(path);
      expect([path, first.status, second.headers['x-cache']]).toEqual([path, 200, 'hit']);
      expect(second.text).toBe(first.text);
    }
  });

  it('keeps a URL apart by host: pages carry absolute links', async () => {
    const one = await api().get('/');
    const other = await api().get('/').set('Host', 'andere.example.org');
    expect(other.text).toContain('andere.example.org');
    expect(other.text).not.toContain('blog.example.org');
    expect(one.text).toContain('blog.example.org');
  });
});

describe('bypass', () => {
  it('never answers a caller with credentials, a preview, the admin or a write from the cache', async () => {
    const url = `/api/articles?locale=de`;
    await cachedRead(url);
    const withToken = await api().get(url).set('Authorization', token);
    expect(withToken.headers['x-cache']).toBe('bypass');
    expect(withToken.headers['cache-control']).toBe('private, no-cache');
    const admin = await api().get('/editorial/settings').set(auth);
    expect(admin.headers['x-cache']).toBe('bypass');
    const preview = await api().get('/api/editorial/preview?token=abc');
    expect(preview.headers['x-cache']).toBe('bypass');
    const page = await api().get(`/artikel/${MAIN}?preview=abc`);
    expect(page.headers['x-cache']).toBe('bypass');
    const write = await api()
      .post('/api/tags')
      .set('Authorization', token)
      .send({ data: { name: `cache-${Date.now()}` } });
    expect(write.headers['x-cache']).toBe('bypass');
  });
});

describe('writes no answer depends on', () => {
  it('the upload plugin’s metrics schedule (written 15 s after a first start, then weekly) keeps the kept answers', async () => {
    const url = articleUrl(MAIN);
    expect((await cachedRead(url)).second.headers['x-cache']).toBe('hit');
    const store = app.strapi.store({ type: 'plugin', name: 'upload', key: 'metrics' });
    await store.set({ value: { ...((await store.get()) as object), lastWeeklyUpdate: Date.now() } });
    expect((await api().get(url)).headers['x-cache']).toBe('hit');
    // Any other core-store row may change an answer (the default locale, the settings): it counts.
    const other = app.strapi.store({ type: 'plugin', name: 'editorial-test', key: 'probe' });
    await other.set({ value: { at: Date.now() } });
    expect((await api().get(url)).headers['x-cache']).toBe('miss');
  });
});

describe('never stale', () => {
  it('after a bulk unpublish and publish in the admin list view', async () => {
    const doc = await app.strapi
      .documents(ARTICLE)
      .create({ data: { title: 'Bulk-Test Cache' }, locale: 'de', status: 'published' } as any);
    const slug = (doc as any).slug;
    const list = `/api/articles?locale=de&pagination[pageSize]=100&fields[0]=slug`;
    const slugs = async () => (await api().get(list)).body.data.map((a: any) => a.slug);
    expect(await slugs()).toContain(slug);
    expect((await api().get(list)).headers['x-cache']).toBe('hit');

    const unpublish = await api()
      .post(`/content-manager/collection-types/${ARTICLE}/actions/bulkUnpublish`)
      .set(auth)
      .send({ documentIds: [doc.documentId] });
    expect(unpublish.status).toBe(200);
    expect(await slugs()).not.toContain(slug);
    expect(await slugs()).not.toContain(slug);

    const publish = await api()
      .post(`/content-manager/collection-types/${ARTICLE}/actions/bulkPublish`)
      .set(auth)
      .send({ documentIds: [doc.documentId] });
    expect(publish.status).toBe(200);
    expect(await slugs()).toContain(slug);
  });

  it('after a write from code (strapi.documents(), as a cron job or a release does)', async () => {
    const doc = await app.strapi
      .documents(ARTICLE)
      .create({ data: { title: 'Code-Schreibtest' }, locale: 'de', status: 'published' } as any);
    const slug = (doc as any).slug;
    const url = articleUrl(slug);
    await cachedRead(url);
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: doc.documentId, locale: 'de', data: { title: 'Code-Schreibtest, geändert' } } as any);
    await app.strapi.documents(ARTICLE).publish({ documentId: doc.documentId, locale: 'de' } as any);
    const after = await api().get(url);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body.data[0].title).toBe('Code-Schreibtest, geändert');
  });

  it('after a change to related content: a cited study renamed', async () => {
    const before = await article(MAIN);
    const block = before.blocks.find((b: any) => b.__component === 'blocks.study-stat');
    const studyTitle: string = block.rendered.studies[0].title;
    const page = `/artikel/${MAIN}`;
    await cachedRead(page);
    const [study] = await app.strapi
      .documents(STUDY)
      .findMany({ filters: { title: studyTitle }, locale: 'de', status: 'published' } as any);
    const renamed = `${studyTitle} (neu benannt)`;
    await app.strapi.documents(STUDY).update({ documentId: study.documentId, locale: 'de', data: { title: renamed } } as any);
    await app.strapi.documents(STUDY).publish({ documentId: study.documentId, locale: 'de' } as any);
    const after = await article(MAIN);
    expect(after.blocks.find((b: any) => b.__component === 'blocks.study-stat').rendered.studies[0].title).toBe(renamed);
    const pageAfter = await api().get(page);
    expect(pageAfter.headers['x-cache']).toBe('miss');
    expect(pageAfter.text).toContain(renamed.replace(/&/g, '&amp;'));
    await app.strapi.documents(STUDY).update({ documentId: study.documentId, locale: 'de', data: { title: studyTitle } } as any);
    await app.strapi.documents(STUDY).publish({ documentId: study.documentId, locale: 'de' } as any);
  });

  it('after a change of the editorial settings', async () => {
    const url = articleUrl(MAIN);
    expect((await article(MAIN)).editorial.banner?.kind).toBe('outdated');
    expect((await api().get(url)).headers['x-cache']).toBe('hit');
    const save = (months: number) => api().put('/editorial/settings').set(auth).send({ outdatedAfterMonths: months });
    expect((await save(240)).status).toBe(200);
    const after = await api().get(url);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body.data[0].editorial.banner).toBeNull();
    expect((await save(24)).status).toBe(200);
    expect((await article(MAIN)).editorial.banner?.kind).toBe('outdated');
  });

  it('when time passes a banner date, with no write at all', async () => {
    // Outdated one month after its date: that moment is 2.5 s from now.
    const soon = new Date(Date.now() + 2500);
    const date = new Date(soon);
    date.setUTCMonth(date.getUTCMonth() - 1);
    const doc = await app.strapi.documents(ARTICLE).create({
      data: { title: 'Gleich veraltet', originallyPublishedAt: date.toISOString(), outdatedAfterMonths: 1 },
      locale: 'de',
      status: 'published',
    } as any);
    const url = articleUrl((doc as any).slug);
    const { first, second } = await cachedRead(url);
    expect(first.body.data[0].editorial.banner).toBeNull();
    expect(second.headers['x-cache']).toBe('hit');
    expect(Number(/max-age=(\d+)/.exec(second.headers['cache-control'])![1])).toBeLessThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, soon.getTime() - Date.now()) + 50));
    const later = await api().get(url);
    expect(later.headers['x-cache']).toBe('miss');
    expect(later.body.data[0].editorial.banner?.kind).toBe('outdated');
  });

  it('after a new default locale', async () => {
    const url = '/api/categories?fields[0]=name&sort=name';
    const german = (await api().get(url)).body.data.map((c: any) => c.name);
    expect((await api().get(url)).headers['x-cache']).toBe('hit');
    const locales = app.strapi.plugin('i18n').service('locales');
    await locales.setDefaultLocale({ code: 'en' });
    try {
      const after = await api().get(url);
      expect(after.headers['x-cache']).toBe('miss');
      const english = after.body.data.map((c: any) => c.name);
      expect(english).not.toEqual(german);
      expect(after.body.data.every((c: any) => c.locale === undefined || c.locale === 'en')).toBe(true);
    } finally {
      await locales.setDefaultLocale({ code: 'de' });
    }
    expect((await api().get(url)).body.data.map((c: any) => c.name)).toEqual(german);
  });
});
