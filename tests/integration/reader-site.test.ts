/** The reader's site next to the API: page shell and 404s, RSS, sitemap, and draft previews. */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const MAIN_EN = 'survey-social-media-managers-small-teams-many-goals';
const ARTICLE = 'api::article.article';

let app: TestInstance;
let draftDocumentId: string;

beforeAll(async () => {
  app = await startStrapi({ name: 'reader-site', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  const draft = await app.strapi.documents(ARTICLE).create({
    data: { title: 'Geheimer Entwurf über Budgets', excerpt: 'Noch nicht für Leser.' } as any,
    locale: 'de',
    status: 'draft',
  } as any);
  draftDocumentId = draft.documentId;
});
afterAll(async () => {
  await app?.stop();
});

const get = (path: string) => request(app.server).get(path);
const publishedCount = (locale: string) => app.strapi.documents(ARTICLE).count({ locale, status: 'published' } as any);

describe('page shell', () => {
  it('serves the reader page for home and articles, with a real 404 for unknown or unpublished slugs', async () => {
    for (const path of ['/', '/en/', `/artikel/${MAIN}`, `/en/artikel/${MAIN_EN}`]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('src="/assets/reader.js"');
    }
    for (const path of ['/artikel/gibt-es-nicht', `/en/artikel/${MAIN}`, '/artikel/geheimer-entwurf-ueber-budgets']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.text).toContain('src="/assets/reader.js"');
    }
  });

  it('leaves the API and the admin alone', async () => {
    expect((await get('/api/articles')).headers['content-type']).toMatch(/json/);
    expect((await get('/robots.txt')).status).toBe(200);
  });
});

describe('RSS and sitemap', () => {
  it('the German feed lists the published German articles, newest first, without drafts', async () => {
    const res = await get('/rss.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/rss\+xml/);
    const items = [...res.text.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
    expect(items).toHaveLength(await publishedCount('de'));
    expect(res.text).not.toContain('Geheimer Entwurf');
    const dates = items.map((item) => new Date(/<pubDate>(.*)<\/pubDate>/.exec(item)![1]).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(res.text).toContain(`/artikel/${MAIN}</link>`);
    expect(res.text).toContain('<pubDate>Tue, 04 Mar 2014');
  });

  it('the English feed lists the English article', async () => {
    const res = await get('/en/rss.xml');
    expect(res.status).toBe(200);
    expect(res.text).toContain(`/en/artikel/${MAIN_EN}</link>`);
    expect([...res.text.matchAll(/<item>/g)]).toHaveLength(await publishedCount('en'));
  });

  it('the sitemap lists every published article in both languages with alternates, and no draft', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    const locs = [...res.text.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs.filter((l) => l.includes('/artikel/'))).toHaveLength((await publishedCount('de')) + (await publishedCount('en')));
    expect(res.text).toContain(`hreflang="en" href="${new URL(locs[0]).origin}/en/artikel/${MAIN_EN}"`);
    expect(res.text).not.toContain('geheimer-entwurf');
  });
});

describe('draft preview', () => {
  const preview = () => app.strapi.plugin('editorial').service('preview');

  it('the admin Preview button gets a signed link to the reader page', async () => {
    const jwt = await adminToken(app.server);
    const res = await get(`/content-manager/preview/url/${ARTICLE}?documentId=${draftDocumentId}&locale=de&status=draft`).set('Authorization', `Bearer ${jwt}`);
    expect(res.status).toBe(200);
    expect(res.body.data.url).toMatch(/^\/artikel\/geheimer-entwurf-ueber-budgets\?preview=[\w-]+\.[\w-]+$/);
  });

  it('a valid link shows the draft, enriched and never cached; a changed or expired one shows nothing', async () => {
    const url: string = await preview().link(ARTICLE, { documentId: draftDocumentId, locale: 'de' });
    const token = new URL(url, 'http://x').searchParams.get('preview')!;
    const ok = await get(`/api/editorial/preview?token=${token}&populate[category]=true`);
    expect(ok.status).toBe(200);
    expect(ok.body.data.title).toBe('Geheimer Entwurf über Budgets');
    expect(ok.body.data.publishedAt).toBeNull();
    expect(ok.body.data).toHaveProperty('editorial');
    expect(ok.body.data).not.toHaveProperty('createdBy');
    expect(ok.headers['cache-control']).toBe('private, no-store');
    expect(ok.headers['x-robots-tag']).toMatch(/noindex/);
    const page = await get(`/artikel/geheimer-entwurf-ueber-budgets?preview=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers['x-robots-tag']).toMatch(/noindex/);

    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const tampered = await get(`/api/editorial/preview?token=${token.slice(0, -1)}${last}`);
    expect(tampered.status).toBe(401);
    expect(tampered.body.data).toBeNull();
    expect(tampered.body.error.message).toMatch(/^Vorschau abgelaufen/);

    const oldUrl: string = await preview().link(ARTICLE, { documentId: draftDocumentId, locale: 'de' }, new Date(Date.now() - 2 * 3600_000));
    const expired = await get(`/api/editorial/preview?token=${new URL(oldUrl, 'http://x').searchParams.get('preview')}`);
    expect(expired.status).toBe(401);
    expect(expired.body.error.details.reason).toBe('expired');
    expect((await get('/api/editorial/preview')).status).toBe(401);
  });

  it('no link for types without a reader page', async () => {
    expect(await preview().link('api::study.study', { documentId: 'x', locale: 'de' })).toBeNull();
  });
});
