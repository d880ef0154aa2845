/**
 * Every field that reaches the editorial plugin's `html` (statistic label and note; study
 * title, publisher, field-work period, source URL and newer edition; study-stat heading;
 * banner templates saved by an admin) gets each payload of tests/security/xss-vectors.ts
 * through the real write paths: REST with a full-access token, and PUT /editorial/settings
 * with an admin session. Where a write rule refuses a value (a source URL must be http(s)),
 * the 400 is asserted instead. Then the articles are read as the public reads them, and
 * every `editorial.banner.html` and `rendered.html` must be the plugin's inert markup
 * (tests/security/inert-html.ts), every link an absolute http(s) URL.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { createApiToken } from '../harness/tokens';
import { findPublished } from '../harness/content';
import { isHttpUrl } from '../../src/domain/web-link';
import { validateBannerTemplate } from '../../src/plugins/editorial/shared/banner-message';
import { XSS_VECTORS, URL_VECTORS } from './xss-vectors';
import { isSafeHref, markupProblems, pageProblems, pluginHtmlFields } from './inert-html';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
// Markup (the blocks' html, the charts' svg) comes only when asked for.
const STAT_POPULATE = 'populate[blocks][on][blocks.study-stat][populate][statistics][populate]=study&editorial[html]=true';

let app: TestInstance;
let auth: { Authorization: string };
let adminAuth: { Authorization: string };
const articleIds: string[] = [];

const api = () => request(app.server);

/** Every plugin html in a public answer must be inert; returns how many were checked. */
function expectInertAnswer(body: unknown, where: string): number {
  const fields = pluginHtmlFields(body);
  const problems = fields.flatMap(({ path, html }) => markupProblems(html).map((p) => `${where} ${path}: ${p}`));
  expect(problems).toEqual([]);
  return fields.length;
}

/** Links the plugin hands to frontends (`citation.url`, `citations[].url`) are http(s) or null. */
function expectSafeCitationUrls(body: unknown): void {
  const urls: unknown[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, any>;
      if (record.rendered) {
        urls.push(record.rendered.citation?.url ?? null, ...(record.rendered.citations ?? []).map((c: any) => c.url));
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(body);
  for (const url of urls) if (url !== null) expect({ url, safe: typeof url === 'string' && isSafeHref(url) }).toEqual({ url, safe: true });
}

beforeAll(async () => {
  app = await startStrapi({ name: 'security-xss', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  auth = { Authorization: `Bearer ${await createApiToken(app.strapi, 'full-access')}` };
  adminAuth = { Authorization: `Bearer ${await adminToken(app.server)}` };
});
afterAll(async () => {
  await app?.stop();
});

describe('XSS vectors in every field that reaches the plugin html', () => {
  it('has at least 30 vectors, each short enough for the shortest field', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30);
    for (const { payload } of XSS_VECTORS) expect(payload.length).toBeLessThanOrEqual(120);
  });

  it('studies, statistics and study-stat blocks: written over REST, read as the public, inert', async () => {
    const blocks: Array<Record<string, unknown>> = [];
    let newerEdition: string | null = null;
    for (const [i, { name, payload }] of XSS_VECTORS.entries()) {
      const study: Record<string, unknown> = {
        title: payload,
        publisher: payload,
        fieldworkPeriod: payload,
        publishedOn: '2014-02-01',
        sampleSize: 100 + i,
        sourceUrl: payload,
        supersededBy: newerEdition,
      };
      let res = await api().post('/api/studies').set(auth).send({ data: study });
      if (!isHttpUrl(payload)) {
        // The write rule refuses script and data URLs as a source; the rest of the study may be stored.
        expect({ name, status: res.status, paths: res.body?.error?.details?.errors?.map((e: any) => e.path.join('.')) }).toEqual({
          name,
          status: 400,
          paths: ['sourceUrl'],
        });
        res = await api()
          .post('/api/studies')
          .set(auth)
          .send({ data: { ...study, sourceUrl: `https://example.org/quelle/${i}` } });
      }
      expect({ name, status: res.status, error: res.body?.error?.message }).toEqual({ name, status: 201, error: undefined });
      const studyId = res.body.data.documentId;
      newerEdition = studyId;

      const stat = await api()
        .post('/api/statistics')
        .set(auth)
        .send({ data: { label: payload, note: payload, value: 12.5, unit: 'percent', qualifier: 'approximately', study: studyId } });
      expect({ name, status: stat.status, error: stat.body?.error?.message }).toEqual({ name, status: 201, error: undefined });
      blocks.push({
        __component: 'blocks.study-stat',
        heading: payload,
        display: ['auto', 'bars', 'tiles', 'pictogram', 'compare'][i % 5],
        statistics: [stat.body.data.documentId],
      });
    }

    for (const [title, freshness] of [
      ['XSS-Prüfung veraltet', 'auto'],
      ['XSS-Prüfung archiviert', 'archived'],
    ] as const) {
      const article = await api()
        .post('/api/articles')
        .set(auth)
        .send({ data: { title, freshness, originallyPublishedAt: '2014-03-04T00:00:00.000Z', blocks } });
      expect({ title, status: article.status, error: article.body?.error?.message }).toEqual({ title, status: 201, error: undefined });
      articleIds.push(article.body.data.documentId);
    }

    for (const id of articleIds) {
      const res = await api().get(`/api/articles/${id}?${STAT_POPULATE}`);
      expect(res.status).toBe(200);
      // One banner plus one rendered block and one chart SVG per vector.
      expect(expectInertAnswer(res.body, id)).toBe(2 * XSS_VECTORS.length + 1);
      expectSafeCitationUrls(res.body);
    }
    const list = await api().get(`/api/articles?pagination[pageSize]=100&populate[related]=true&${STAT_POPULATE}`);
    expect(expectInertAnswer(list.body, 'list')).toBeGreaterThan(2 * XSS_VECTORS.length);
    expectSafeCitationUrls(list.body);

    // What editors typed is still shown, as text.
    const one = await api().get(`/api/articles/${articleIds[0]}?${STAT_POPULATE}`);
    const first = one.body.data.blocks[0].rendered.html as string;
    expect(first).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    // The server-rendered article pages put every vector through the same templates: inert.
    for (const id of articleIds) {
      const { slug } = (await api().get(`/api/articles/${id}?fields[0]=slug`)).body.data;
      const page = await api().get(`/artikel/${slug}`);
      expect(page.status).toBe(200);
      expect(pageProblems(page.text)).toEqual([]);
      expect(page.text).toContain('&lt;script>alert(1)&lt;/script>');
    }
  });

  it('banner templates saved in the admin: inert in outdated and archived banners', async () => {
    expect(articleIds).toHaveLength(2);
    const main = await findPublished(app.strapi, 'api::article.article', { slug: MAIN });
    for (const { name, payload } of XSS_VECTORS) {
      const templates = { one: `${payload} {years}`, other: `${payload} {years}`, archived: payload };
      const valid = Object.values(templates).every((t) => validateBannerTemplate(t) === null);
      const saved = await api()
        .put('/editorial/settings')
        .set(adminAuth)
        .send({ bannerTemplates: { de: templates } });
      expect({ name, status: saved.status }).toEqual({ name, status: valid ? 200 : 400 });
      if (!valid) continue;
      for (const id of [main!.documentId, articleIds[1]]) {
        const res = await api().get(`/api/articles/${id}?fields[0]=title&editorial[html]=true`);
        expect(res.body.data.editorial.banner).not.toBeNull();
        expect(expectInertAnswer(res.body, `${name} ${id}`)).toBe(1);
      }
    }
  });

  it('links editors type into book tips and rich text are http(s) or refused', async () => {
    for (const url of URL_VECTORS) {
      const book = await api()
        .post('/api/book-tips')
        .set(auth)
        .send({ data: { title: 'Linkprüfung', authors: 'Test', link: url } });
      if (isHttpUrl(url)) {
        expect(book.status).toBe(201);
        const read = await api().get(`/api/book-tips/${book.body.data.documentId}`);
        expect(read.body.data.link).toMatch(/^https?:\/\//);
      } else {
        expect({ url, status: book.status }).toEqual({ url, status: 400 });
      }
      const body = [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'Klick' }] }] }];
      const article = await api()
        .post('/api/articles')
        .set(auth)
        .send({ data: { title: 'Rich-Text-Linkprüfung', blocks: [{ __component: 'blocks.rich-text', body }] } });
      if (article.status === 201) {
        // Strapi's blocks validator let it through: then a browser resolves it to a link that runs no script.
        // (The reader follows only http(s), mailto and same-site paths: tests/unit/app/reader-safe-url.test.ts.)
        const { protocol } = new URL(url, 'https://blog.example');
        expect({ url, protocol }).toEqual({ url, protocol: expect.stringMatching(/^(https?|mailto|tel|ftp):$/) });
      } else {
        expect({ url, status: article.status }).toEqual({ url, status: 400 });
      }
    }
  });
});

describe('XSS vectors on the search page and the category pages', () => {
  /** The page is inert, and a payload with markup never appears as it was typed. */
  const expectInertPage = (html: string, payload: string, where: string) => {
    expect({ where, problems: pageProblems(html) }).toEqual({ where, problems: [] });
    if (/[<>]/.test(payload)) expect({ where, raw: html.includes(payload) }).toEqual({ where, raw: false });
  };

  it('every vector as the search query (/suche?q= and /en/suche?q=) is shown back as text only', async () => {
    for (const { name, payload } of XSS_VECTORS) {
      for (const path of ['/suche', '/en/suche']) {
        const page = await api().get(`${path}?q=${encodeURIComponent(payload)}`);
        expect({ name, path, status: page.status }).toEqual({ name, path, status: 200 });
        expectInertPage(page.text, payload, `${name} ${path}`);
        // In the search box, escaped.
        expect(page.text).toMatch(/<input id="search-page-q" type="search" name="q" value="[^"]*"/);
      }
    }
  });

  it('every vector as a category name and description: category pages and the navigation are inert', async () => {
    const categories = app.strapi.documents('api::category.category' as any) as any;
    const slugs: Array<{ name: string; payload: string; slug: string }> = [];
    for (const [i, { name, payload }] of XSS_VECTORS.entries()) {
      const category = await categories.create({
        data: { name: `${i} ${payload}`.slice(0, 100), slug: `xss-kategorie-${i}`, description: payload },
        locale: 'de',
      });
      await app.strapi.documents('api::article.article' as any).create({
        data: { title: `Kategorieprüfung ${i}`, category: category.documentId } as any,
        locale: 'de',
        status: 'published',
      } as any);
      slugs.push({ name, payload, slug: category.slug });
    }
    for (const { name, payload, slug } of slugs) {
      const page = await api().get(`/kategorie/${encodeURIComponent(slug)}`);
      expect({ name, slug, status: page.status }).toEqual({ name, slug, status: 200 });
      expectInertPage(page.text, payload, `${name} /kategorie/${slug}`);
    }
    const home = await api().get('/');
    for (const { name, payload, slug } of slugs) {
      expect(home.text).toContain(`href="/kategorie/${encodeURIComponent(slug)}"`);
      expectInertPage(home.text, payload, `${name} home`);
    }
  });
});
