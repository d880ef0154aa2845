/**
 * Who may see and change what, probed over HTTP against the demo blog:
 * - the Public role never sees drafts (plain reads, `status=draft`, draft cohort filters,
 *   populate through relations and blocks, feeds, the plugin's routes), never a private
 *   field, cannot filter or sort on private fields (400) and cannot write;
 * - the plugin's admin routes need an admin session (401);
 * - a read-only API token reads but cannot write; a custom token limited to articles
 *   cannot read book tips, not even through a populated block;
 * - without `CORS_ORIGINS`, a foreign origin gets no CORS headers.
 * Drafts carry the marker `SECRET`; no public answer may contain it.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { createApiToken } from '../harness/tokens';
import { findPublished } from '../harness/content';
import { contentSnapshot } from '../harness/content-snapshot';
import { privateKeyPaths } from './leaks';

const ARTICLE = 'api::article.article';
const STUDY = 'api::study.study';
const STATISTIC = 'api::statistic.statistic';
const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const STUDY_2014 = 'social-media-manager-in-deutschen-unternehmen-2014';
const SECRET = 'GEHEIM-ENTWURF-7f3a';
const PUBLISHED_TITLE = 'Öffentlicher Artikel mit wartendem Entwurf';

/** REST path → content-type UID, and a body that would be valid for a writer. */
const TYPES: Array<{ path: string; uid: string; body: () => Record<string, unknown> }> = [
  { path: 'articles', uid: ARTICLE, body: () => ({ title: 'Von außen geschrieben' }) },
  { path: 'studies', uid: STUDY, body: () => ({ title: 'Von außen', publishedOn: '2020-01-01', sampleSize: 10 }) },
  { path: 'statistics', uid: STATISTIC, body: () => ({ label: 'Von außen', value: 1, unit: 'percent', study: ids.study2014 }) },
  { path: 'book-tips', uid: 'api::book-tip.book-tip', body: () => ({ title: 'Von außen', authors: 'Niemand' }) },
  { path: 'categories', uid: 'api::category.category', body: () => ({ name: 'Von außen' }) },
  { path: 'tags', uid: 'api::tag.tag', body: () => ({ name: 'Von außen' }) },
  { path: 'authors', uid: 'api::author.author', body: () => ({ name: 'Von außen' }) },
];

let app: TestInstance;
let jwt: string;
const ids: Record<string, string> = {};
/** One published documentId per REST path, for PUT and DELETE probes. */
const existing: Record<string, string> = {};

const api = () => request(app.server);
const asAdmin = (req: request.Test) => req.set('Authorization', `Bearer ${jwt}`);
const containsSecret = (text: string) => text.toLowerCase().includes(SECRET.toLowerCase());

beforeAll(async () => {
  app = await startStrapi({ name: 'security-access', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  jwt = await adminToken(app.server);
  const { strapi } = app;
  const docs = (uid: string) => strapi.documents(uid as any);

  ids.main = (await findPublished(strapi, ARTICLE, { slug: MAIN }))!.documentId;
  ids.study2014 = (await findPublished(strapi, STUDY, { slug: STUDY_2014 }))!.documentId;
  ids.studien = (await strapi.documents('api::category.category').findFirst({ filters: { slug: 'studien' } } as any))!.documentId;
  const publicStat = await findPublished(strapi, STATISTIC, { label: 'nennen Vertrieb als Hauptziel' });

  // An admin writes in the content manager, so createdBy/updatedBy point at an admin user.
  const created = await asAdmin(api().post(`/content-manager/collection-types/${ARTICLE}/actions/publish?locale=de`)).send({
    title: PUBLISHED_TITLE,
    excerpt: 'Veröffentlichte Fassung.',
    freshness: 'auto',
    category: { connect: [{ documentId: ids.studien }] },
  });
  if (created.status >= 300) throw new Error(`content manager publish failed: ${created.status} ${JSON.stringify(created.body)}`);
  ids.withDraft = created.body.data.documentId;
  // … then changes the draft without publishing.
  const changed = await asAdmin(api().put(`/content-manager/collection-types/${ARTICLE}/${ids.withDraft}?locale=de`)).send({
    title: `${SECRET} neuer Titel`,
    excerpt: `${SECRET} neuer Auszug`,
    blocks: [{ __component: 'blocks.quote', text: `${SECRET} Zitat im Entwurf` }],
  });
  if (changed.status >= 300) throw new Error(`content manager update failed: ${changed.status} ${JSON.stringify(changed.body)}`);
  const category = await asAdmin(api().post('/content-manager/collection-types/api::category.category')).send({ name: 'Sicherheitstest' });
  if (category.status >= 300) throw new Error(`content manager category failed: ${category.status} ${JSON.stringify(category.body)}`);

  // Draft-only documents of every kind, reachable from published ones.
  ids.draftArticle = (
    await docs(ARTICLE).create({
      data: { title: `${SECRET} Entwurfsartikel`, excerpt: `${SECRET} Auszug`, category: ids.studien, related: [ids.main] },
      locale: 'de',
      status: 'draft',
    } as any)
  ).documentId;
  ids.draftStudy = (
    await docs(STUDY).create({
      data: { title: `${SECRET} Entwurfsstudie`, publisher: `${SECRET} Verlag`, publishedOn: '2020-01-01', sampleSize: 10 },
      locale: 'de',
      status: 'draft',
    } as any)
  ).documentId;
  ids.draftStat = (
    await docs(STATISTIC).create({
      data: { label: `${SECRET} Entwurfswert`, value: 42, unit: 'percent', study: ids.study2014 },
      locale: 'de',
      status: 'draft',
    } as any)
  ).documentId;
  ids.statOfDraftStudy = (
    await docs(STATISTIC).create({
      data: { label: 'Öffentlicher Wert aus einer Entwurfsstudie', value: 7, unit: 'percent', study: ids.draftStudy },
      locale: 'de',
      status: 'published',
    } as any)
  ).documentId;
  ids.linking = (
    await docs(ARTICLE).create({
      data: {
        title: 'Artikel mit Bezügen auf Entwürfe',
        category: ids.studien,
        related: [ids.draftArticle, ids.main],
        blocks: [
          { __component: 'blocks.study-stat', heading: 'Werte', statistics: [ids.draftStat, ids.statOfDraftStudy, publicStat!.documentId] },
        ],
      },
      locale: 'de',
      status: 'published',
    } as any)
  ).documentId;
  // An English version that exists only as a draft.
  await docs(ARTICLE).update({ documentId: ids.withDraft, locale: 'en', data: { title: `${SECRET} English draft` } } as any);

  for (const { path, uid } of TYPES) {
    const entry = await docs(uid).findFirst({ status: 'published' } as any);
    existing[path] = entry!.documentId;
  }
});

afterAll(async () => {
  await app?.stop();
});

describe('the Public role never sees drafts', () => {
  const probes = (): Array<[string, number[]]> => [
    ['/api/articles?pagination[pageSize]=100', [200]],
    ['/api/articles?locale=en&pagination[pageSize]=100', [200]],
    ['/api/articles?locale=*&pagination[pageSize]=100', [200, 400]],
    ['/api/articles?status=draft&pagination[pageSize]=100', [200]],
    ['/api/articles?status=draft&locale=en', [200]],
    [`/api/articles/${ids.draftArticle}`, [404]],
    [`/api/articles/${ids.draftArticle}?status=draft`, [404]],
    [`/api/articles/${ids.withDraft}?status=draft`, [200]],
    [`/api/articles/${ids.withDraft}?locale=en&status=draft`, [404]],
    [`/api/articles/${ids.withDraft}?populate=*`, [200]],
    ['/api/articles?populate=*&pagination[pageSize]=100', [200]],
    ['/api/articles?populate[related][populate]=*&pagination[pageSize]=100', [200, 400]],
    ['/api/articles?populate[localizations]=true&pagination[pageSize]=100', [200, 400]],
    ['/api/articles?status=draft&populate[localizations]=true&locale=en', [200, 400]],
    [
      '/api/articles?pagination[pageSize]=100&populate[blocks][on][blocks.study-stat][populate][statistics][populate][study][populate]=*&populate[blocks][on][blocks.quote]=true',
      [200],
    ],
    ['/api/articles?status=draft&populate[blocks][on][blocks.study-stat][populate][statistics][populate]=study', [200]],
    [`/api/articles?filters[title][$contains]=${SECRET}`, [200]],
    [`/api/articles?filters[excerpt][$containsi]=geheim&status=draft`, [200]],
    ['/api/articles?filters[publishedAt][$null]=true&status=draft', [200]],
    [`/api/articles?_q=${SECRET}&status=draft`, [200]],
    ['/api/articles?publicationFilter=modified', [200]],
    ['/api/articles?publicationFilter=never-published&status=draft', [200]],
    ['/api/articles?publicationFilter=published-with-draft', [200]],
    ['/api/articles?hasPublishedVersion=false&status=draft', [200]],
    ['/api/categories?populate[articles][populate]=*', [200, 400]],
    ['/api/categories?status=draft&populate[articles]=true', [200]],
    ['/api/categories?populate=*', [200]],
    ['/api/tags?populate[articles]=true', [200]],
    ['/api/authors?populate=*', [200]],
    ['/api/studies?populate=*&pagination[pageSize]=100', [200]],
    ['/api/studies?status=draft&populate[statistics][populate]=*', [200, 400]],
    [`/api/studies/${ids.draftStudy}`, [404]],
    [`/api/studies/${ids.draftStudy}?status=draft`, [404]],
    ['/api/statistics?populate=*&pagination[pageSize]=100', [200]],
    ['/api/statistics?status=draft&populate=study&pagination[pageSize]=100', [200]],
    [`/api/statistics/${ids.draftStat}?status=draft`, [404]],
    [`/api/statistics/${ids.statOfDraftStudy}?populate=study`, [200]],
    ['/api/book-tips?populate=*', [200]],
    ['/api/editorial/outdated', [403]],
    // Study pages: the published 2014 study has a draft statistic; the draft study has no page.
    ['/api/editorial/studies/social-media-manager-in-deutschen-unternehmen-2014', [200]],
    ['/api/editorial/studies/social-media-manager-in-deutschen-unternehmen-2014?locale=en', [200]],
    ['/studie/social-media-manager-in-deutschen-unternehmen-2014', [200]],
    ['/api/editorial/studies/geheim-entwurf-7f3a-entwurfsstudie', [404]],
    ['/studie/geheim-entwurf-7f3a-entwurfsstudie', [404]],
    ['/api/editorial/preview', [401]],
    ['/api/editorial/preview?token=abc', [401]],
    ['/rss.xml', [200]],
    ['/en/rss.xml', [200]],
    ['/sitemap.xml', [200]],
    ['/artikel/geheim-entwurf-7f3a-entwurfsartikel', [404]],
  ];

  it('no public answer carries draft content, with or without status=draft, filters, cohorts or populate', async () => {
    const failures: string[] = [];
    for (const [path, statuses] of probes()) {
      const res = await api().get(path);
      if (!statuses.includes(res.status))
        failures.push(`${path}: status ${res.status} (expected ${statuses.join('/')}) ${res.text.slice(0, 200)}`);
      if (containsSecret(res.text)) failures.push(`${path}: draft content in the answer`);
    }
    expect(failures).toEqual([]);
  });

  it('a published article with a changed draft shows the published version everywhere', async () => {
    const one = await api().get(`/api/articles/${ids.withDraft}?status=draft&populate[blocks][on][blocks.quote]=true`);
    expect(one.body.data.title).toBe(PUBLISHED_TITLE);
    expect(one.body.data.blocks ?? []).toEqual([]);
    const list = await api().get('/api/articles?pagination[pageSize]=100&status=draft');
    expect(list.body.data.find((a: any) => a.documentId === ids.withDraft).title).toBe(PUBLISHED_TITLE);
    const viaCategory = await api().get('/api/categories?filters[slug][$eq]=studien&populate[articles]=true&status=draft');
    const titles = viaCategory.body.data[0].articles.map((a: any) => a.title);
    expect(titles).toContain(PUBLISHED_TITLE);
    expect(titles.some((t: string) => t.includes(SECRET))).toBe(false);
  });

  it('relations and blocks of a published article skip draft-only targets', async () => {
    const res = await api().get(
      `/api/articles/${ids.linking}?populate[related]=true&populate[blocks][on][blocks.study-stat][populate][statistics][populate]=study`,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.related.map((a: any) => a.documentId)).toEqual([ids.main]);
    const block = res.body.data.blocks[0];
    expect(block.statistics.map((s: any) => s.documentId).sort()).not.toContain(ids.draftStat);
    const fromDraftStudy = block.statistics.find((s: any) => s.documentId === ids.statOfDraftStudy);
    if (fromDraftStudy) expect(fromDraftStudy.study).toBeNull();
    // The plugin's rendered block reads published statistics and studies only.
    expect(block.rendered.figures.map((f: any) => f.label)).not.toContain(`${SECRET} Entwurfswert`);
    expect(JSON.stringify(block.rendered)).not.toContain(SECRET);
  });

  it('draft cohort filters are ignored for readers: the same answer as without them', async () => {
    const plain = await api().get('/api/articles?pagination[pageSize]=100&fields[0]=title');
    for (const query of ['publicationFilter=modified', 'publicationFilter=published-with-draft', 'hasPublishedVersion=true']) {
      const res = await api().get(`/api/articles?pagination[pageSize]=100&fields[0]=title&${query}`);
      expect(res.status).toBe(200);
      expect(res.body.data.map((a: any) => a.documentId)).toEqual(plain.body.data.map((a: any) => a.documentId));
    }
  });

  it("the plugin's preview answers 401 without content for a missing, malformed or tampered token", async () => {
    const link = await app.strapi.plugin('editorial').service('preview').link(ARTICLE, { documentId: ids.withDraft, locale: 'de' });
    const token = new URL(link, 'http://localhost').searchParams.get('preview')!;
    const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.slice(-1)}`;
    for (const query of [
      '',
      '?token=',
      `?token=${encodeURIComponent(tampered)}`,
      `?token=${encodeURIComponent(`${token}x`)}`,
      '?token[0]=a',
    ]) {
      const res = await api().get(`/api/editorial/preview${query}`);
      expect(res.status).toBe(401);
      expect(res.body.data).toBeNull();
      expect(containsSecret(res.text)).toBe(false);
    }
  });
});

describe('no private fields reach the public', () => {
  const paths = () => [
    '/api/articles?populate=*&pagination[pageSize]=100',
    `/api/articles/${ids.withDraft}?populate=*`,
    '/api/articles?populate[related][populate]=*&populate[category][populate]=*&populate[author][populate]=*',
    '/api/articles?populate[blocks][on][blocks.study-stat][populate][statistics][populate][study][populate]=*',
    '/api/categories?populate[articles][populate]=*',
    '/api/categories?populate=*',
    '/api/studies?populate[statistics][populate]=*&populate[supersededBy][populate]=*',
    '/api/statistics?populate[study][populate]=*',
    '/api/book-tips?populate=*',
    '/api/tags?populate[articles][populate]=*',
    '/api/authors?populate[articles][populate]=*',
  ];

  it('no createdBy, updatedBy, password, token or admin address anywhere, with populate=* and deep populate', async () => {
    for (const path of paths()) {
      const res = await api().get(path);
      expect([200, 400]).toContain(res.status);
      expect({ path, keys: privateKeyPaths(res.body) }).toEqual({ path, keys: [] });
      expect(res.text).not.toContain(TEST_ADMIN.email);
    }
  });

  it('users and admin users are not readable', async () => {
    for (const path of ['/api/users', '/api/users/1', '/api/users/me', '/admin/users', '/admin/users/me']) {
      const res = await api().get(path);
      expect([401, 403]).toContain(res.status);
      expect(res.text).not.toContain(TEST_ADMIN.email);
    }
  });

  // Strapi's validate.query throws "Invalid key" for private and password attributes
  // (node_modules/@strapi/utils/dist/validate/validators.js); with strictParams it is a 400.
  const privateQueries = [
    'filters[createdBy][password][$eq]=x',
    'filters[updatedBy][resetPasswordToken][$notNull]=true',
    'filters[createdBy][email][$startsWith]=a',
    'filters[createdBy][email][$startsWith]=r',
    'filters[createdBy][id][$eq]=1',
    'filters[updatedBy][firstname][$null]=false',
    'filters[$or][0][createdBy][email][$startsWith]=r',
    'filters[$and][0][updatedBy][password][$startsWith]=%24',
    'filters[$not][createdBy][email][$null]=true',
    'sort=createdBy.email',
    'sort=createdBy.password:desc',
    'sort[0]=updatedBy.email:asc',
    'sort[0]=updatedAt:asc&sort[1]=updatedBy.resetPasswordToken',
    'sort[createdBy][email]=asc',
    'fields[0]=createdBy',
    'populate[createdBy]=true',
    'populate[updatedBy][fields][0]=email',
    'populate=createdBy',
  ];
  const deepQueries = [
    'filters[related][createdBy][email][$startsWith]=r',
    'filters[category][articles][updatedBy][email][$startsWith]=r',
    'filters[author][articles][createdBy][password][$notNull]=true',
    'populate[related][populate][createdBy]=true',
    'populate[related][filters][createdBy][email][$startsWith]=r',
    'populate[related][sort]=createdBy.email',
    'populate[blocks][on][blocks.study-stat][populate][statistics][populate][createdBy]=true',
    'populate[blocks][on][blocks.study-stat][populate][statistics][filters][updatedBy][email][$startsWith]=r',
  ];

  it.each(TYPES.map((t) => t.path))('filters and sorts on private fields of /api/%s are answered 400', async (path) => {
    for (const query of privateQueries) {
      const res = await api().get(`/api/${path}?${query}`);
      expect({ query, status: res.status, name: res.body?.error?.name }).toEqual({ query, status: 400, name: 'ValidationError' });
      expect(res.text).not.toContain(TEST_ADMIN.email);
    }
  });

  it('… also through relations, blocks and nested populate', async () => {
    for (const query of deepQueries) {
      const res = await api().get(`/api/articles?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });

  it('… and in the preview route, even with a valid token', async () => {
    const link = await app.strapi.plugin('editorial').service('preview').link(ARTICLE, { documentId: ids.withDraft, locale: 'de' });
    const token = encodeURIComponent(new URL(link, 'http://localhost').searchParams.get('preview')!);
    const ok = await api().get(`/api/editorial/preview?token=${token}&populate=*`);
    expect(ok.status).toBe(200);
    expect(privateKeyPaths(ok.body)).toEqual([]);
    expect(ok.text).not.toContain(TEST_ADMIN.email);
    for (const query of ['filters[createdBy][email][$startsWith]=r', 'populate[createdBy]=true', 'sort=updatedBy.email']) {
      const res = await api().get(`/api/editorial/preview?token=${token}&${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });
});

describe('the Public role cannot write', () => {
  it('POST, PUT and DELETE on every content type are refused, and nothing changes', async () => {
    const before = await contentSnapshot(app.strapi);
    for (const { path, body } of TYPES) {
      const post = await api().post(`/api/${path}`).send({ data: body() });
      const put = await api().put(`/api/${path}/${existing[path]}`).send({ data: body() });
      const del = await api().delete(`/api/${path}/${existing[path]}`);
      for (const [method, res] of [
        ['POST', post],
        ['PUT', put],
        ['DELETE', del],
      ] as const) {
        expect({ path, method, status: [401, 403, 405].includes(res.status) }).toEqual({ path, method, status: true });
      }
    }
    const upload = await api().post('/api/upload').attach('files', Buffer.from('hallo'), 'hallo.txt');
    expect([401, 403]).toContain(upload.status);
    expect(await contentSnapshot(app.strapi)).toEqual(before);
  });
});

describe("the plugin's admin routes need an admin session", () => {
  // Every row has three entries: a shorter row would make Jest pass a `done` callback instead.
  const routes: Array<['get' | 'put' | 'post', string, object | undefined]> = [
    ['get', '/editorial/settings', undefined],
    ['put', '/editorial/settings', { outdatedAfterMonths: 1 }],
    ['get', '/editorial/freshness', undefined],
    ['get', '/editorial/document?documentId=x&locale=de', undefined],
    ['post', '/editorial/mark-reviewed', { documentIds: ['x'] }],
  ];

  it.each(routes)('%s %s → 401 without a session, with a content API token, or with a forged JWT', async (method, path, body) => {
    const token = await createApiToken(app.strapi, 'full-access');
    const forged = `${jwt.split('.').slice(0, 2).join('.')}.AAAA`;
    for (const authorization of [undefined, `Bearer ${token}`, `Bearer ${forged}`, 'Bearer ']) {
      let req = (api() as any)[method](path);
      if (authorization) req = req.set('Authorization', authorization);
      const res = await (body ? req.send(body) : req);
      expect({ authorization: authorization?.slice(0, 12), status: res.status }).toEqual({
        authorization: authorization?.slice(0, 12),
        status: 401,
      });
    }
  });
});

describe('API tokens', () => {
  it('a read-only token reads but cannot write', async () => {
    const token = await createApiToken(app.strapi, 'read-only');
    const auth = { Authorization: `Bearer ${token}` };
    for (const { path } of TYPES) expect((await api().get(`/api/${path}`).set(auth)).status).toBe(200);
    const before = await contentSnapshot(app.strapi);
    for (const { path, body } of TYPES) {
      expect((await api().post(`/api/${path}`).set(auth).send({ data: body() })).status).toBe(403);
      expect((await api().put(`/api/${path}/${existing[path]}`).set(auth).send({ data: body() })).status).toBe(403);
      expect((await api().delete(`/api/${path}/${existing[path]}`).set(auth)).status).toBe(403);
    }
    expect(await contentSnapshot(app.strapi)).toEqual(before);
  });

  it('a custom token limited to articles reads articles but no book tips, not even through a block', async () => {
    const created = await app.strapi.service('admin::api-token').create({
      name: `custom-articles-${Date.now()}`,
      type: 'custom',
      lifespan: null,
      permissions: ['api::article.article.find', 'api::article.article.findOne'],
    });
    const auth = { Authorization: `Bearer ${created.accessKey}` };
    expect((await api().get('/api/articles').set(auth)).status).toBe(200);
    expect((await api().get(`/api/articles/${ids.main}`).set(auth)).status).toBe(200);
    expect((await api().get('/api/book-tips').set(auth)).status).toBe(403);
    expect((await api().get(`/api/book-tips/${existing['book-tips']}`).set(auth)).status).toBe(403);
    expect((await api().get('/api/studies').set(auth)).status).toBe(403);
    expect(
      (
        await api()
          .post('/api/articles')
          .set(auth)
          .send({ data: { title: 'Mit begrenztem Token' } })
      ).status,
    ).toBe(403);

    const viaBlock = await api()
      .get(
        '/api/articles?filters[slug][$eq]=5-buchtipps-fuer-social-media-manager&populate[blocks][on][blocks.book-tip][populate][bookTips]=true',
      )
      .set(auth);
    expect([200, 400]).toContain(viaBlock.status);
    const bookTips: unknown[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'bookTips' && Array.isArray(value)) bookTips.push(...value);
          walk(value);
        }
      }
    };
    walk(viaBlock.body);
    expect(bookTips).toEqual([]);
    expect(viaBlock.text).not.toContain('(Demo-Buch)');
  });
});

describe('CORS without CORS_ORIGINS', () => {
  it('a foreign origin gets no Access-Control-Allow-Origin, on reads and on preflights', async () => {
    const read = await api().get('/api/articles').set('Origin', 'https://evil.example');
    expect(read.status).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await api()
      .options('/api/articles')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});
