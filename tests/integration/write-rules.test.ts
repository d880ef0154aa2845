/** Every write rule over REST: 400 ValidationError naming the field and the rule, and nothing stored. */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { createApiToken } from '../harness/tokens';
import { findPublished, rowCount } from '../harness/content';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';

let app: TestInstance;
let token: string;
let studyId: string;

beforeAll(async () => {
  app = await startStrapi({ name: 'write-rules', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  token = await createApiToken(app.strapi, 'full-access');
  studyId = (await findPublished(app.strapi, 'api::study.study', { slug: 'social-media-manager-in-deutschen-unternehmen-2014' }))!
    .documentId;
});
afterAll(async () => {
  await app?.stop();
});

const auth = () => ({ Authorization: `Bearer ${token}` });

async function expectRejected(uid: string, path: string, data: Record<string, unknown>, field: string, messagePattern: RegExp) {
  const before = await rowCount(app.strapi, uid);
  const res = await request(app.server).post(path).set(auth()).send({ data });
  expect(res.status).toBe(400);
  expect(res.body.error.name).toBe('ValidationError');
  expect(res.body.error.message).toMatch(messagePattern);
  const paths = (res.body.error.details?.errors ?? []).map((e: any) => e.path.join('.'));
  expect(paths).toContain(field);
  expect(await rowCount(app.strapi, uid)).toBe(before);
  return res;
}

describe('statistics', () => {
  const stat = (extra: Record<string, unknown>) => ({ label: 'Testwert', study: studyId, unit: 'percent', value: 10, ...extra });
  it('percent above 100 is refused', () =>
    expectRejected('api::statistic.statistic', '/api/statistics', stat({ value: 100.5 }), 'value', /value.*0 und 100/));
  it('negative percent is refused', () =>
    expectRejected('api::statistic.statistic', '/api/statistics', stat({ value: -1 }), 'value', /0 und 100/));
  it('negative count is refused', () =>
    expectRejected('api::statistic.statistic', '/api/statistics', stat({ unit: 'count', value: -3 }), 'value', /nicht negativ/));
  it('share without base is refused', () =>
    expectRejected('api::statistic.statistic', '/api/statistics', stat({ unit: 'share', value: 2 }), 'base', /base.*größer als 0/));
  it('share with base 0 is refused', () =>
    expectRejected('api::statistic.statistic', '/api/statistics', stat({ unit: 'share', value: 0, base: 0 }), 'base', /base/));
  it('share above its base is refused', () =>
    expectRejected('api::statistic.statistic', '/api/statistics', stat({ unit: 'share', value: 4, base: 3 }), 'value', /Basis \(3\)/));
  it('a statistic without a study is refused', () =>
    expectRejected('api::statistic.statistic', '/api/statistics', stat({ study: undefined }), 'study', /Studie/));

  it('a valid share is stored', async () => {
    const res = await request(app.server)
      .post('/api/statistics')
      .set(auth())
      .send({ data: stat({ unit: 'share', value: 2, base: 3, label: 'Zwei von drei' }) });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ value: 2, base: 3, unit: 'share' });
  });

  it('an update is checked against the stored values too', async () => {
    const created = await request(app.server)
      .post('/api/statistics')
      .set(auth())
      .send({ data: stat({ unit: 'share', value: 1, base: 2, label: 'Einer von zwei' }) });
    expect(created.status).toBe(201);
    const res = await request(app.server)
      .put(`/api/statistics/${created.body.data.documentId}`)
      .set(auth())
      .send({ data: { value: 3 } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['value']);
    const after = await request(app.server).get(`/api/statistics/${created.body.data.documentId}`).set(auth());
    expect(after.body.data.value).toBe(1);
  });
});

describe('studies', () => {
  const study = (extra: Record<string, unknown>) => ({ title: `Teststudie ${Math.random()}`, publishedOn: '2020-05-01', ...extra });
  it('sample size 0 is refused', () =>
    expectRejected('api::study.study', '/api/studies', study({ sampleSize: 0 }), 'sampleSize', /Stichprobengröße/));
  it('fractional sample size is refused', () =>
    expectRejected('api::study.study', '/api/studies', study({ sampleSize: 10.5 }), 'sampleSize', /sampleSize/));
  it('a study date in the future is refused', () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-15`;
    return expectRejected('api::study.study', '/api/studies', study({ publishedOn: nextYear }), 'publishedOn', /Zukunft/);
  });
  it('a javascript: source URL is refused', () =>
    expectRejected('api::study.study', '/api/studies', study({ sourceUrl: 'javascript:alert(1)' }), 'sourceUrl', /https?:\/\//));
});

describe('book tips', () => {
  const book = (extra: Record<string, unknown>) => ({ title: `Testbuch ${Math.random()}`, authors: 'Erika Mustermann', ...extra });
  it('a wrong ISBN checksum is refused', () =>
    expectRejected('api::book-tip.book-tip', '/api/book-tips', book({ isbn: '978-3-16-148410-1' }), 'isbn', /ISBN/));
  it('a javascript: link is refused', () =>
    expectRejected('api::book-tip.book-tip', '/api/book-tips', book({ link: 'javascript:alert(1)' }), 'link', /https?:\/\//));
  it('a data: link is refused', () =>
    expectRejected('api::book-tip.book-tip', '/api/book-tips', book({ link: 'data:text/html,<script>alert(1)</script>' }), 'link', /link/));
  it('a valid ISBN-10 is stored as ISBN-13', async () => {
    const res = await request(app.server)
      .post('/api/book-tips')
      .set(auth())
      .send({ data: book({ isbn: '3-16-148410-X', link: 'https://example.org/buch' }) });
    expect(res.status).toBe(201);
    expect(res.body.data.isbn).toBe('9783161484100');
  });
});

describe('articles', () => {
  it.each([0, 241])('outdatedAfterMonths %p is refused', (months) =>
    expectRejected(
      'api::article.article',
      '/api/articles',
      { title: 'Frist falsch', outdatedAfterMonths: months },
      'outdatedAfterMonths',
      /1 bis 240/,
    ),
  );
  it('outdatedAfterMonths on a category is checked too', () =>
    expectRejected(
      'api::category.category',
      '/api/categories',
      { name: 'Falsche Frist', outdatedAfterMonths: 500 },
      'outdatedAfterMonths',
      /1 bis 240/,
    ));

  it('generates a German slug and sets the original publication date once', async () => {
    const res = await request(app.server)
      .post('/api/articles')
      .set(auth())
      .send({ data: { title: 'Über Social Media & Co.' } });
    expect(res.status).toBe(201);
    expect(res.body.data.slug).toBe('ueber-social-media-und-co');
    const first = res.body.data.originallyPublishedAt;
    expect(first).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    const again = await request(app.server)
      .put(`/api/articles/${res.body.data.documentId}`)
      .set(auth())
      .send({ data: { excerpt: 'Korrigiert.' } });
    expect(again.status).toBe(200);
    expect(again.body.data.originallyPublishedAt).toBe(first);
    expect(again.body.data.publishedAt).not.toBe(res.body.data.publishedAt);
  });

  it('a taken slug in the same locale is refused, a different locale may reuse it', async () => {
    await expectRejected(
      'api::article.article',
      '/api/articles',
      { title: 'Anderer Titel', slug: 'ueber-social-media-und-co' },
      'slug',
      /bereits vergeben/,
    );
    const en = await request(app.server)
      .post('/api/articles?locale=en')
      .set(auth())
      .send({ data: { title: 'About social media', slug: 'ueber-social-media-und-co' } });
    expect(en.status).toBe(201);
    expect(en.body.data.locale).toBe('en');
  });

  it('a second article with the same title gets a numbered slug', async () => {
    const res = await request(app.server)
      .post('/api/articles')
      .set(auth())
      .send({ data: { title: 'Über Social Media & Co.' } });
    expect(res.status).toBe(201);
    expect(res.body.data.slug).toBe('ueber-social-media-und-co-2');
  });

  it('a malformed slug is refused', () =>
    expectRejected('api::article.article', '/api/articles', { title: 'Slug kaputt', slug: 'Über Uns!' }, 'slug', /Kleinbuchstaben/));

  it('the document service applies the same rules as REST', async () => {
    const before = await rowCount(app.strapi, 'api::statistic.statistic');
    await expect(
      app.strapi.documents('api::statistic.statistic').create({ data: { label: 'x', unit: 'percent', value: 101, study: studyId } } as any),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await rowCount(app.strapi, 'api::statistic.statistic')).toBe(before);
  });
});

describe('the admin content manager path', () => {
  it('refuses an invalid statistic an editor saves in the admin panel, and stores nothing', async () => {
    const jwt = await adminToken(app.server);
    const before = await rowCount(app.strapi, 'api::statistic.statistic');
    const res = await request(app.server)
      .post('/content-manager/collection-types/api::statistic.statistic?locale=de')
      .set('Authorization', `Bearer ${jwt}`)
      .send({
        label: 'Im Admin getippt',
        value: 150,
        unit: 'percent',
        qualifier: 'exact',
        study: { connect: [{ documentId: studyId, locale: 'de' }] },
      });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.details.errors[0].path).toEqual(['value']);
    expect(await rowCount(app.strapi, 'api::statistic.statistic')).toBe(before);

    const ok = await request(app.server)
      .post('/content-manager/collection-types/api::statistic.statistic?locale=de')
      .set('Authorization', `Bearer ${jwt}`)
      .send({
        label: 'Im Admin korrekt getippt',
        value: 50,
        unit: 'percent',
        qualifier: 'exact',
        study: { connect: [{ documentId: studyId, locale: 'de' }] },
      });
    expect(ok.status).toBe(201);
  });

  it('generates the German slug for an article created in the admin panel', async () => {
    const jwt = await adminToken(app.server);
    const res = await request(app.server)
      .post('/content-manager/collection-types/api::article.article?locale=de')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ title: 'Größer & schöner', freshness: 'auto' });
    expect(res.status).toBe(201);
    expect(res.body.data.slug).toBe('groesser-und-schoener');
    expect(res.body.data.publishedAt).toBeNull();
  });
});
