/** What a reader's frontend gets without credentials: published content, never drafts, no writes. */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { findPublished } from '../harness/content';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
let app: TestInstance;
let draftArticleId: string;
let draftStatisticId: string;

beforeAll(async () => {
  app = await startStrapi({ name: 'public-read' });
  const { strapi } = app;
  // A draft article, related from the published main article's draft only after publishing it again.
  const draft = await strapi.documents('api::article.article').create({
    data: { title: 'Entwurf: noch geheim', excerpt: 'Nicht für Leser.' },
    locale: 'de',
  } as any);
  draftArticleId = draft.documentId;
  const study = await findPublished(strapi, 'api::study.study', { slug: 'social-media-manager-in-deutschen-unternehmen-2014' });
  const draftStat = await strapi.documents('api::statistic.statistic').create({
    data: { label: 'Geheimer Entwurfswert', value: 42, unit: 'percent', study: study!.documentId },
    locale: 'de',
  } as any);
  draftStatisticId = draftStat.documentId;
  // The main article's new version links the draft article and the draft statistic.
  const main = await findPublished(strapi, 'api::article.article', { slug: MAIN });
  const full: any = await strapi.documents('api::article.article').findOne({
    documentId: main!.documentId,
    locale: 'de',
    populate: { related: true, blocks: { on: { 'blocks.study-stat': { populate: ['statistics'] } } } },
  } as any);
  await strapi.documents('api::article.article').update({
    documentId: main!.documentId,
    locale: 'de',
    data: {
      related: [...full.related.map((r: any) => r.documentId), draftArticleId],
      blocks: [{ __component: 'blocks.study-stat', heading: 'Mit Entwurf', display: 'auto', statistics: [draftStatisticId] }],
    },
    status: 'published',
  } as any);
});

afterAll(async () => {
  await app?.stop();
});

describe('public reads', () => {
  it('lists published articles in German by default', async () => {
    const res = await request(app.server).get('/api/articles');
    expect(res.status).toBe(200);
    const slugs = res.body.data.map((a: any) => a.slug);
    expect(slugs).toContain(MAIN);
    expect(res.body.data.every((a: any) => a.locale === 'de')).toBe(true);
    expect(res.body.meta.pagination.total).toBe(8);
  });

  it('gets one article by documentId, and its English version', async () => {
    const list = await request(app.server).get(`/api/articles?filters[slug][$eq]=${MAIN}`);
    const documentId = list.body.data[0].documentId;
    const de = await request(app.server).get(`/api/articles/${documentId}`);
    expect(de.status).toBe(200);
    expect(de.body.data.title).toBe('Studie: Social Media Manager – kleine Teams, viele Ziele');
    expect(de.body.data.originallyPublishedAt).toBe('2014-03-04T00:00:00.000Z');
    const en = await request(app.server).get(`/api/articles/${documentId}?locale=en`);
    expect(en.status).toBe(200);
    expect(en.body.data.locale).toBe('en');
    expect(en.body.data.title).toMatch(/^Survey: social media managers/);
  });

  it('lists and gets studies, statistics, book tips, categories, tags and authors', async () => {
    const studies = await request(app.server).get('/api/studies?populate=statistics');
    expect(studies.status).toBe(200);
    const study = studies.body.data.find((s: any) => s.slug === 'social-media-manager-in-deutschen-unternehmen-2014');
    expect(study).toMatchObject({ sampleSize: 102, representative: false, publishedOn: '2014-02-01', publishedOnPrecision: 'month' });
    expect(study.statistics).toHaveLength(8);

    const stats = await request(app.server).get('/api/statistics?pagination[pageSize]=100&populate=study');
    expect(stats.status).toBe(200);
    const teamSize = stats.body.data.find((s: any) => s.label === 'haben ein Team mit fünf bis zehn Personen');
    expect(teamSize).toMatchObject({ value: 13.7, unit: 'percent', qualifier: 'exact' });
    expect(teamSize.study.sampleSize).toBe(102);
    const share = stats.body.data.find((s: any) => s.unit === 'share' && s.base === 3);
    expect(share.value).toBe(2);

    const one = await request(app.server).get(`/api/statistics/${teamSize.documentId}`);
    expect(one.status).toBe(200);

    const books = await request(app.server).get('/api/book-tips');
    expect(books.status).toBe(200);
    expect(books.body.data).toHaveLength(5);
    for (const book of books.body.data) expect(book.link).toMatch(/^https:\/\//);
    const book = await request(app.server).get(`/api/book-tips/${books.body.data[0].documentId}`);
    expect(book.status).toBe(200);

    for (const path of ['/api/categories', '/api/tags', '/api/authors']) {
      const res = await request(app.server).get(path);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeGreaterThan(0);
    }
  });

  it('populates the dynamic zone per component', async () => {
    const res = await request(app.server).get(
      `/api/articles?filters[slug][$eq]=5-buchtipps-fuer-social-media-manager&populate[blocks][on][blocks.book-tip][populate][bookTips]=true&populate[blocks][on][blocks.rich-text]=true`,
    );
    expect(res.status).toBe(200);
    const blocks = res.body.data[0].blocks;
    const books = blocks.find((b: any) => b.__component === 'blocks.book-tip');
    expect(books.bookTips).toHaveLength(5);
    expect(blocks.find((b: any) => b.__component === 'blocks.rich-text').body[0].type).toBe('paragraph');
  });
});

describe('drafts stay private', () => {
  it('a draft article is not listed and not found', async () => {
    const list = await request(app.server).get('/api/articles?pagination[pageSize]=100');
    expect(list.body.data.map((a: any) => a.documentId)).not.toContain(draftArticleId);
    const one = await request(app.server).get(`/api/articles/${draftArticleId}`);
    expect(one.status).toBe(404);
  });

  it('status=draft does not reveal drafts to the public', async () => {
    const list = await request(app.server).get('/api/articles?status=draft&pagination[pageSize]=100');
    expect([200, 400, 403]).toContain(list.status);
    const body = JSON.stringify(list.body);
    expect(body).not.toContain('Entwurf: noch geheim');
    const one = await request(app.server).get(`/api/articles/${draftArticleId}?status=draft`);
    expect(JSON.stringify(one.body)).not.toContain('Entwurf: noch geheim');
    const stat = await request(app.server).get(`/api/statistics/${draftStatisticId}?status=draft`);
    expect(JSON.stringify(stat.body)).not.toContain('Geheimer Entwurfswert');
  });

  it('populate never reaches a draft through a relation or a block', async () => {
    const res = await request(app.server).get(
      `/api/articles?filters[slug][$eq]=${MAIN}&populate[related]=true&populate[blocks][on][blocks.study-stat][populate][statistics]=true`,
    );
    expect(res.status).toBe(200);
    const article = res.body.data[0];
    expect(article.related.length).toBe(4);
    const body = JSON.stringify(res.body);
    expect(body).not.toContain('Entwurf: noch geheim');
    expect(body).not.toContain('Geheimer Entwurfswert');
    const statsRes = await request(app.server).get('/api/studies?populate=statistics');
    expect(JSON.stringify(statsRes.body)).not.toContain('Geheimer Entwurfswert');
  });
});

describe('public writes are refused', () => {
  it.each([
    ['post', '/api/articles'],
    ['post', '/api/studies'],
    ['post', '/api/statistics'],
    ['post', '/api/book-tips'],
    ['post', '/api/categories'],
  ])('%s %s → 403', async (method, path) => {
    const res = await (request(app.server) as any)[method](path).send({ data: { title: 'x', name: 'x', label: 'x' } });
    expect(res.status).toBe(403);
  });

  it('PUT and DELETE on an article → 403, article unchanged', async () => {
    const list = await request(app.server).get(`/api/articles?filters[slug][$eq]=${MAIN}`);
    const id = list.body.data[0].documentId;
    expect(
      (
        await request(app.server)
          .put(`/api/articles/${id}`)
          .send({ data: { title: 'gehackt' } })
      ).status,
    ).toBe(403);
    expect((await request(app.server).delete(`/api/articles/${id}`)).status).toBe(403);
    const after = await request(app.server).get(`/api/articles/${id}`);
    expect(after.body.data.title).toBe('Studie: Social Media Manager – kleine Teams, viele Ziele');
  });

  it('private fields are not exposed', async () => {
    const res = await request(app.server).get('/api/articles?populate=*');
    const body = JSON.stringify(res.body);
    expect(body).not.toContain('createdBy');
    expect(body).not.toContain('updatedBy');
  });
});
