/**
 * The review clock: `lastReviewedAt` and `originallyPublishedAt` decide when an article
 * shows readers the outdated banner. A token limited to "update articles" had set
 * `lastReviewedAt` to 2099 (banner gone until 2101) and `originallyPublishedAt` accepted
 * any date. Now:
 * - neither date may lie in the future (5 minutes of clock skew tolerated), whoever writes:
 *   REST, the content manager, code using the Document Service (400 naming the field);
 * - over REST, `lastReviewedAt` needs a full-access API token (403 naming the field for a
 *   custom token); editors move it with "mark reviewed" or, where their role's field
 *   permissions include it, in the content manager (Strapi enforces those);
 * - nothing is stored by a refused write.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { createApiToken } from '../harness/tokens';

const ARTICLE = 'api::article.article';
const FUTURE = '2099-01-01T00:00:00.000Z';

let app: TestInstance;
let jwt: string;
let custom: string;
let fullAccess: string;

const api = () => request(app.server);

/** Every stored version of an article in German: its two dates. */
async function clock(documentId: string) {
  const rows = await app.strapi.db
    .query(ARTICLE)
    .findMany({ where: { documentId, locale: 'de' }, select: ['publishedAt', 'lastReviewedAt', 'originallyPublishedAt'] });
  return rows
    .map((r: any) => ({
      version: r.publishedAt ? 'published' : 'draft',
      lastReviewedAt: r.lastReviewedAt ? new Date(r.lastReviewedAt).toISOString() : null,
      originallyPublishedAt: r.originallyPublishedAt ? new Date(r.originallyPublishedAt).toISOString() : null,
    }))
    .sort((a: any, b: any) => a.version.localeCompare(b.version));
}

async function newArticle(title: string): Promise<string> {
  const doc = await app.strapi
    .documents(ARTICLE)
    .create({ data: { title, originallyPublishedAt: '2014-03-04T00:00:00.000Z' }, locale: 'de', status: 'published' } as any);
  return doc.documentId;
}

const errorPaths = (res: request.Response) => (res.body?.error?.details?.errors ?? []).map((e: any) => e.path.join('.'));

beforeAll(async () => {
  app = await startStrapi({ name: 'security-review-clock', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  jwt = await adminToken(app.server);
  const token = await app.strapi.service('admin::api-token').create({
    name: `articles-update-${Date.now()}`,
    type: 'custom',
    lifespan: null,
    permissions: [`${ARTICLE}.find`, `${ARTICLE}.findOne`, `${ARTICLE}.create`, `${ARTICLE}.update`],
  });
  custom = `Bearer ${token.accessKey}`;
  fullAccess = `Bearer ${await createApiToken(app.strapi, 'full-access')}`;
});

afterAll(async () => {
  await app?.stop();
});

describe('REST: a custom token with article update', () => {
  it('cannot move lastReviewedAt, to 2099, to the past or to null (403 naming the field), and nothing is stored', async () => {
    const documentId = await newArticle('Uhr: REST mit begrenztem Token');
    const before = await clock(documentId);
    for (const lastReviewedAt of [FUTURE, '2020-01-01T00:00:00.000Z', null]) {
      const res = await api().put(`/api/articles/${documentId}?locale=de`).set('Authorization', custom).send({ data: { lastReviewedAt } });
      expect({ lastReviewedAt, status: res.status, name: res.body.error?.name }).toEqual({
        lastReviewedAt,
        status: 403,
        name: 'PolicyError',
      });
      expect(res.body.error.message).toMatch(/^lastReviewedAt \(Zuletzt inhaltlich geprüft am\)/);
      expect(errorPaths(res)).toEqual(['lastReviewedAt']);
    }
    const created = await api()
      .post('/api/articles?locale=de')
      .set('Authorization', custom)
      .send({ data: { title: 'Uhr: neu mit Prüfdatum', lastReviewedAt: '2020-01-01T00:00:00.000Z' } });
    expect(created.status).toBe(403);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { title: 'Uhr: neu mit Prüfdatum' } })).toBe(0);
    expect(await clock(documentId)).toEqual(before);
    // The token still does what it is for.
    const ok = await api()
      .put(`/api/articles/${documentId}?locale=de`)
      .set('Authorization', custom)
      .send({ data: { excerpt: 'Geändert.' } });
    expect(ok.status).toBe(200);
  });

  it('cannot date originallyPublishedAt into the future (400 naming the field); a past date is content and passes', async () => {
    const documentId = await newArticle('Uhr: Erstveröffentlichung');
    const before = await clock(documentId);
    const res = await api()
      .put(`/api/articles/${documentId}?locale=de`)
      .set('Authorization', custom)
      .send({ data: { originallyPublishedAt: FUTURE } });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(/^originallyPublishedAt \(.+\) darf nicht in der Zukunft liegen\.$/);
    expect(errorPaths(res)).toEqual(['originallyPublishedAt']);
    expect(await clock(documentId)).toEqual(before);

    const past = await api()
      .put(`/api/articles/${documentId}?locale=de`)
      .set('Authorization', custom)
      .send({ data: { originallyPublishedAt: '1990-01-01T00:00:00.000Z' } });
    expect(past.status).toBe(200);
    expect(past.body.data.originallyPublishedAt).toBe('1990-01-01T00:00:00.000Z');
  });
});

describe('REST: a full-access token', () => {
  it('may set lastReviewedAt to now or the past, but not the future', async () => {
    const documentId = await newArticle('Uhr: Full-Access');
    const before = await clock(documentId);
    const future = await api()
      .put(`/api/articles/${documentId}?locale=de`)
      .set('Authorization', fullAccess)
      .send({ data: { lastReviewedAt: FUTURE } });
    expect(future.status).toBe(400);
    expect(errorPaths(future)).toEqual(['lastReviewedAt']);
    expect(future.body.error.message).toMatch(/^lastReviewedAt \(.+\) darf nicht in der Zukunft liegen\.$/);
    // Ten minutes ahead is beyond the five minutes of clock skew.
    const ahead = await api()
      .put(`/api/articles/${documentId}?locale=de`)
      .set('Authorization', fullAccess)
      .send({ data: { lastReviewedAt: new Date(Date.now() + 10 * 60_000).toISOString() } });
    expect(ahead.status).toBe(400);
    expect(await clock(documentId)).toEqual(before);

    // A minute ahead is within the tolerance (whole seconds: MariaDB stores no milliseconds).
    const now = new Date(Math.floor((Date.now() + 60_000) / 1000) * 1000).toISOString();
    const ok = await api()
      .put(`/api/articles/${documentId}?locale=de&status=published`)
      .set('Authorization', fullAccess)
      .send({ data: { lastReviewedAt: now } });
    expect(ok.status).toBe(200);
    expect((await clock(documentId)).map((v: any) => v.lastReviewedAt)).toEqual([now, now]);
    const article = await api().get(`/api/articles/${documentId}`);
    expect(article.body.data.editorial.banner).toBeNull();
  });
});

describe('the content manager and code', () => {
  const cm = (documentId: string) =>
    api().put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=de`).set('Authorization', `Bearer ${jwt}`);

  it('the content manager refuses a future date, stores nothing, and accepts a past review date', async () => {
    const documentId = await newArticle('Uhr: Content-Manager');
    const before = await clock(documentId);
    for (const field of ['lastReviewedAt', 'originallyPublishedAt']) {
      const res = await cm(documentId).send({ [field]: FUTURE });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(errorPaths(res)).toEqual([field]);
    }
    expect(await clock(documentId)).toEqual(before);
    const ok = await cm(documentId).send({ lastReviewedAt: '2025-06-01T00:00:00.000Z' });
    expect(ok.status).toBe(200);
    expect((await clock(documentId)).find((v: any) => v.version === 'draft')!.lastReviewedAt).toBe('2025-06-01T00:00:00.000Z');
  });

  it('a role whose field permissions leave out lastReviewedAt cannot move it in the content manager', async () => {
    const documentId = await newArticle('Uhr: Rolle ohne Prüfdatum');
    // Every field an editor fills in, except the review date.
    const fields = [
      'title',
      'slug',
      'excerpt',
      'cover',
      'blocks',
      'originallyPublishedAt',
      'freshness',
      'outdatedAfterMonths',
      'category',
      'tags',
      'author',
      'related',
      'metaTitle',
      'metaDescription',
    ];
    const role = await app.strapi.service('admin::role').create({ name: `Ohne Prüfdatum ${Date.now()}`, description: 'Test' });
    const properties = { fields, locales: ['de', 'en'] };
    await app.strapi.service('admin::role').assignPermissions(role.id, [
      { action: 'plugin::content-manager.explorer.read', subject: ARTICLE, properties, conditions: [] },
      { action: 'plugin::content-manager.explorer.update', subject: ARTICLE, properties, conditions: [] },
    ]);
    const email = `ohne-pruefdatum-${Date.now()}@example.org`;
    await app.strapi
      .service('admin::user')
      .create({ email, firstname: 'Ohne', password: 'Redaktion123', isActive: true, registrationToken: null, roles: [role.id] });
    const login = await api().post('/admin/login').send({ email, password: 'Redaktion123' });
    expect(login.status).toBe(200);
    const before = await clock(documentId);
    const res = await api()
      .put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=de`)
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .send({ title: 'Uhr: Rolle ohne Prüfdatum (geändert)', lastReviewedAt: '2025-06-01T00:00:00.000Z' });
    // Strapi drops fields the role may not write; the title it may.
    expect(res.status).toBe(200);
    expect(await clock(documentId)).toEqual(before);
    const draft = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: 'de', publishedAt: null } });
    expect(draft.title).toBe('Uhr: Rolle ohne Prüfdatum (geändert)');
  });

  it('code using the Document Service gets the same 400', async () => {
    const documentId = await newArticle('Uhr: Document Service');
    const before = await clock(documentId);
    await expect(
      app.strapi.documents(ARTICLE).update({ documentId, locale: 'de', data: { lastReviewedAt: new Date(FUTURE) } } as any),
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['lastReviewedAt'] })] } });
    await expect(
      app.strapi
        .documents(ARTICLE)
        .create({ data: { title: 'Uhr: aus der Zukunft', originallyPublishedAt: FUTURE }, locale: 'de', status: 'published' } as any),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await clock(documentId)).toEqual(before);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { title: 'Uhr: aus der Zukunft' } })).toBe(0);
  });

  it('"mark reviewed" still moves the clock to now', async () => {
    const documentId = await newArticle('Uhr: als geprüft markiert');
    const res = await api()
      .post('/editorial/mark-reviewed')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ documentIds: [documentId], locale: 'de' });
    expect(res.status).toBe(200);
    const reviewed = Date.parse(res.body.data.lastReviewedAt);
    expect(Math.abs(reviewed - Date.now())).toBeLessThan(60_000);
    expect((await clock(documentId)).map((v: any) => v.lastReviewedAt)).toEqual([
      res.body.data.lastReviewedAt,
      res.body.data.lastReviewedAt,
    ]);
  });
});
