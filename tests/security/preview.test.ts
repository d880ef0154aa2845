/**
 * A preview link shows its own document's draft, and everything the draft relates to as
 * readers would see it: no other draft through category, author, tags, related articles,
 * localizations or stat blocks, at any populate depth.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { findPublished } from '../harness/content';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { signPreviewToken } from '../../src/plugins/editorial/server/src/preview/preview-token';

const PREVIEW_SECRET = 'security-preview-secret-4711-abcdef';

const ARTICLE = 'api::article.article';
const STATISTIC = 'api::statistic.statistic';
const OTHER = 'ANDERER-ENTWURF vertraulich';
const OWN_TITLE = 'Vorschau: eigener Entwurf';

let app: TestInstance;
let token: string;
const ids: Record<string, string> = {};

const preview = (query: string) =>
  request(app.server).get(`/api/editorial/preview?token=${encodeURIComponent(token)}${query ? `&${query}` : ''}`);

beforeAll(async () => {
  app = await startStrapi({
    name: 'security-preview',
    env: { PREVIEW_SECRET, ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password },
  });
  const docs = (uid: string) => app.strapi.documents(uid as any);
  const category = (await docs('api::category.category').findFirst({ filters: { slug: 'studien' } } as any)) as any;
  const author = (await docs('api::author.author').findFirst({} as any)) as any;
  const tag = (await docs('api::tag.tag').findFirst({} as any)) as any;
  const main = await findPublished(app.strapi, ARTICLE, { slug: 'studie-social-media-manager-kleine-teams-viele-ziele' });
  const cited = (await findPublished(app.strapi, STATISTIC, { label: 'nennen Vertrieb als Hauptziel' })) as any;
  const study = (cited &&
    (await docs(STATISTIC).findOne({
      documentId: cited.documentId,
      locale: 'de',
      status: 'published',
      populate: ['study'],
    } as any))) as any;

  // Another editor's draft, reachable from the previewed draft in every way.
  ids.other = (
    await docs(ARTICLE).create({
      data: {
        title: `${OTHER} Artikel`,
        excerpt: `${OTHER} Auszug`,
        category: category.documentId,
        author: author.documentId,
        tags: [tag.documentId],
      },
      locale: 'de',
    } as any)
  ).documentId;
  await docs(ARTICLE).update({ documentId: ids.other, locale: 'en', data: { title: `${OTHER} english` } } as any);
  // A draft-only statistic, and a pending change to the published one the draft cites.
  ids.draftStat = (
    await docs(STATISTIC).create({
      data: { label: `${OTHER} Wert`, value: 3, unit: 'percent', study: study.study.documentId },
      locale: 'de',
    } as any)
  ).documentId;
  await docs(STATISTIC).update({ documentId: cited.documentId, locale: 'de', data: { label: `${OTHER} geänderter Wert` } } as any);
  // A published article with a pending change, related from the draft.
  await docs(ARTICLE).update({ documentId: main!.documentId, locale: 'de', data: { title: `${OTHER} geänderter Titel` } } as any);

  ids.own = (
    await docs(ARTICLE).create({
      data: {
        title: OWN_TITLE,
        excerpt: 'Nur in der Vorschau.',
        category: category.documentId,
        author: author.documentId,
        tags: [tag.documentId],
        related: [ids.other, main!.documentId],
        blocks: [{ __component: 'blocks.study-stat', heading: 'Zahlen', statistics: [ids.draftStat, cited.documentId] }],
      },
      locale: 'de',
    } as any)
  ).documentId;
  ids.citedLabel = cited.label;
  const link: string = await app.strapi.plugin('editorial').service('preview').link(ARTICLE, { documentId: ids.own, locale: 'de' });
  token = new URL(link, 'http://localhost').searchParams.get('preview')!;
});

afterAll(async () => {
  await app?.stop();
});

describe('a preview shows its own draft and nothing else unpublished', () => {
  const queries = [
    '',
    'populate=*',
    'populate[category][populate][articles]=true',
    'populate[category][populate][articles][populate]=*',
    'populate[author][populate][articles]=true',
    'populate[author][populate][articles][populate][localizations]=true',
    'populate[tags][populate][articles]=true',
    'populate[related]=true',
    'populate[related][populate][category][populate][articles]=true',
    'populate[localizations]=true',
    'populate[blocks][on][blocks.study-stat][populate][statistics][populate][study]=true',
    'populate[category][populate][articles][filters][title][$containsi]=anderer',
  ];

  it.each(queries)('%s', async (query) => {
    const res = await preview(query);
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe(OWN_TITLE);
    expect(res.text).not.toContain(OTHER);
  });

  it('related articles and category lists show the published versions', async () => {
    const res = await preview('populate[related]=true&populate[category][populate][articles]=true');
    const related = res.body.data.related.map((a: any) => a.title);
    expect(related).toEqual(['Studie: Social Media Manager – kleine Teams, viele Ziele']);
    const listed = res.body.data.category.articles.map((a: any) => a.title);
    expect(listed).toContain('Studie: Social Media Manager – kleine Teams, viele Ziele');
    expect(listed).not.toContain(OWN_TITLE);
  });

  it('stat blocks cite the published statistics (a draft-only one is left out)', async () => {
    const res = await preview('populate[blocks][on][blocks.study-stat]=true');
    const block = res.body.data.blocks.find((b: any) => b.__component === 'blocks.study-stat');
    const labels = JSON.stringify(block.rendered);
    expect(labels).toContain(ids.citedLabel);
    expect(labels).not.toContain(OTHER);
    expect(block.rendered.figures).toHaveLength(1);
    const populated = await preview('populate[blocks][on][blocks.study-stat][populate][statistics][populate][study]=true');
    const statBlock = populated.body.data.blocks.find((b: any) => b.__component === 'blocks.study-stat');
    expect(statBlock.statistics.map((s: any) => s.label)).toEqual([ids.citedLabel]);
    expect(statBlock.statistics[0].study.title).toBeTruthy();
  });
});

describe('the preview secret stays on the server, and a token signed with it is bounded', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const open = (signed: string) => request(app.server).get(`/api/editorial/preview?token=${encodeURIComponent(signed)}`);

  it('no settings answer carries the secret (read and save)', async () => {
    const auth = `Bearer ${await adminToken(app.server)}`;
    const read = await request(app.server).get('/editorial/settings').set('Authorization', auth);
    expect(read.status).toBe(200);
    expect(read.text).not.toContain(PREVIEW_SECRET);
    expect(read.text).not.toContain('previewSecret');
    const saved = await request(app.server).put('/editorial/settings').set('Authorization', auth).send({ maxAge: 300 });
    expect(saved.status).toBe(200);
    expect(saved.text).not.toContain(PREVIEW_SECRET);
    expect(saved.text).not.toContain('previewSecret');
  });

  it('a token with a ten-year expiry opens nothing past an hour from its issue', async () => {
    const tenYears = { uid: ARTICLE, documentId: ids.own, locale: 'de', exp: now() + 10 * 365 * 86_400 };
    const fresh = await open(signPreviewToken({ ...tenYears, iat: now() }, PREVIEW_SECRET));
    expect(fresh.status).toBe(200);
    const old = await open(signPreviewToken({ ...tenYears, iat: now() - 3601 }, PREVIEW_SECRET));
    expect(old.status).toBe(401);
    expect(old.body.error.details.reason).toBe('expired');
    expect(old.text).not.toContain(OWN_TITLE);
  });

  it('a token naming a statistic (or any type without previews) opens nothing', async () => {
    for (const uid of [STATISTIC, 'api::study.study', 'api::category.category']) {
      const res = await open(
        signPreviewToken({ uid, documentId: ids.draftStat, locale: 'de', exp: now() + 600, iat: now() }, PREVIEW_SECRET),
      );
      expect(res.status).toBe(401);
      expect(res.body.error.details.reason).toBe('type');
      expect(res.text).not.toContain(OTHER);
    }
  });
});
