/**
 * Editors are told (#18): owners and "Meine Artikel", reviews with a note, and the webhook
 * events for articles that become outdated or due soon, delivered to a local receiver
 * through Strapi's own webhooks, each crossing once, also after a restart.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import type {
  DocumentFreshness,
  FreshnessEventPayload,
  OverviewResult,
  WebhookSubscription,
} from '../../src/plugins/editorial/shared/contracts';

const ARTICLE = 'api::article.article';
const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const MONTH_MS = 30.5 * 86_400_000;
const EDITOR = { email: 'mara.mueller@example.org', password: 'Redaktion123', firstname: 'Mara', lastname: 'Müller' };

let app: TestInstance;
let admin: { Authorization: string };
let editor: { Authorization: string };
let editorId: number;
let mainDocumentId: string;

interface Delivery {
  event: string;
  headers: http.IncomingHttpHeaders;
  body: FreshnessEventPayload & { event: string; createdAt: string };
}
const deliveries: Delivery[] = [];
const receiver = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    const body = JSON.parse(raw);
    deliveries.push({ event: body.event, headers: req.headers, body });
    res.writeHead(204).end();
  });
});

const env = { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password };

async function signIn(instance: TestInstance) {
  admin = { Authorization: `Bearer ${await adminToken(instance.server)}` };
  const res = await request(instance.server).post('/admin/login').send({ email: EDITOR.email, password: EDITOR.password });
  expect(res.status).toBe(200);
  editor = { Authorization: `Bearer ${res.body.data.token}` };
}

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  app = await startStrapi({ name: 'editorial-notifications', env });
  const editorRole = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  const user = await app.strapi
    .service('admin::user')
    .create({ ...EDITOR, isActive: true, registrationToken: null, roles: [editorRole.id], preferedLanguage: 'de' });
  editorId = Number(user.id);
  await signIn(app);
  const found = await app.strapi.documents(ARTICLE).findFirst({ filters: { slug: MAIN }, locale: 'de', status: 'published' });
  mainDocumentId = found!.documentId;
  // Mara owns the 2014 study article; the owner is one for all locales.
  await app.strapi.documents(ARTICLE).update({ documentId: mainDocumentId, locale: 'de', data: { owner: editorId } } as any);
  await app.strapi.documents(ARTICLE).publish({ documentId: mainDocumentId, locale: 'de' });
});
afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

const api = () => request(app.server);
const panel = async (auth = admin) => {
  const res = await api().get(`/editorial/document?documentId=${mainDocumentId}&locale=de`).set(auth);
  expect(res.status).toBe(200);
  return res.body.data as DocumentFreshness;
};

describe('owners', () => {
  it('"Meine Artikel" lists and counts only what the signed-in editor owns, with the owner named', async () => {
    const mine = await api().get('/editorial/freshness?locale=de&owner=me').set(editor);
    expect(mine.status).toBe(200);
    const body = mine.body as OverviewResult;
    expect(body.data.map((row) => row.documentId)).toEqual([mainDocumentId]);
    expect(body.meta.counts.total).toBe(1);
    expect(body.data[0].owner).toEqual({ id: editorId, name: 'Mara Müller' });

    const all = (await api().get('/editorial/freshness?locale=de&pageSize=100').set(editor)).body as OverviewResult;
    expect(all.meta.counts.total).toBeGreaterThan(1);
    expect(all.data.filter((row) => row.owner !== null).map((row) => row.documentId)).toEqual([mainDocumentId]);

    // The super admin owns nothing: an empty list, not everyone's.
    const adminsOwn = (await api().get('/editorial/freshness?locale=de&owner=me').set(admin)).body as OverviewResult;
    expect(adminsOwn.meta.counts.total).toBe(0);
  });

  it('refuses an unknown owner filter naming it', async () => {
    const res = await api().get('/editorial/freshness?owner=everyone').set(editor);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/owner must be one of all, me/);
  });

  it('the side panel names the owner; readers never see it', async () => {
    expect((await panel()).owner).toEqual({ id: editorId, name: 'Mara Müller' });
    const reader = await api().get(`/api/articles/${mainDocumentId}?locale=de&populate=*`);
    expect(reader.status).toBe(200);
    expect(reader.body.data).not.toHaveProperty('owner');
    expect(JSON.stringify(reader.body)).not.toContain(EDITOR.email);
    expect((await api().get(`/api/articles/${mainDocumentId}?locale=de&populate[owner]=true`)).status).toBe(400);
  });
});

describe('reviews with a note', () => {
  it('records who reviewed, when and the note, newest first in the side panel', async () => {
    const note = 'Zahlen geprüft, Studie 2026 verlinkt';
    const res = await api()
      .post('/editorial/mark-reviewed')
      .set(editor)
      .send({ documentIds: [mainDocumentId], locale: 'de', note: `  ${note} ` });
    expect(res.status).toBe(200);
    await api()
      .post('/editorial/mark-reviewed')
      .set(admin)
      .send({ documentIds: [mainDocumentId], locale: 'de' });
    const { reviews, lastReviewedAt } = await panel();
    expect(reviews.slice(0, 2)).toEqual([
      { reviewedAt: lastReviewedAt, reviewer: { id: expect.any(Number), name: expect.any(String) }, note: null },
      { reviewedAt: res.body.data.lastReviewedAt, reviewer: { id: editorId, name: 'Mara Müller' }, note },
    ]);
  });

  it('refuses a note that is too long and stores nothing', async () => {
    const before = await panel();
    const res = await api()
      .post('/editorial/mark-reviewed')
      .set(editor)
      .send({ documentIds: [mainDocumentId], locale: 'de', note: 'x'.repeat(281) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/note must be text of at most 280 characters/);
    const after = await panel();
    expect(after.reviews).toEqual(before.reviews);
    expect(after.lastReviewedAt).toBe(before.lastReviewedAt);
  });

  it('lists at most five', async () => {
    for (let i = 0; i < 6; i += 1)
      await api()
        .post('/editorial/mark-reviewed')
        .set(editor)
        .send({ documentIds: [mainDocumentId], locale: 'de', note: `Runde ${i}` });
    const { reviews } = await panel();
    expect(reviews.map((r) => r.note)).toEqual(['Runde 5', 'Runde 4', 'Runde 3', 'Runde 2', 'Runde 1']);
  });
});

describe('webhook events', () => {
  const hookUrl = () => `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const scan = (now: Date) => app.strapi.plugin('editorial').service('freshness-events').scan(now);
  const forMain = (event: string) => deliveries.filter((d) => d.event === event && d.body.entry.documentId === mainDocumentId);
  const settle = async (count: number) => {
    for (let i = 0; i < 50 && deliveries.length < count; i += 1) await new Promise((r) => setTimeout(r, 100));
    // And a moment more, so an extra (wrong) delivery would show.
    await new Promise((r) => setTimeout(r, 300));
  };
  let webhookId: string;

  it('Strapi accepts the events for a webhook; the settings page lists and changes the subscription', async () => {
    const created = await api()
      .post('/admin/webhooks')
      .set(admin)
      .send({
        name: 'Redaktions-Chat',
        url: hookUrl(),
        headers: { 'X-Secret': 's3cret' },
        events: ['entry.publish', 'editorial.outdated'],
      });
    expect(created.status).toBe(201);
    webhookId = String(created.body.data.id);

    const listed = await api().get('/editorial/webhooks').set(admin);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toContainEqual(
      expect.objectContaining({ id: webhookId, name: 'Redaktions-Chat', events: ['editorial.outdated'] }) as WebhookSubscription,
    );
    const changed = await api()
      .put(`/editorial/webhooks/${webhookId}`)
      .set(admin)
      .send({ events: ['editorial.outdated', 'editorial.due-soon'] });
    expect(changed.status).toBe(200);
    expect(changed.body.data.events).toEqual(['editorial.outdated', 'editorial.due-soon']);
    // Its other events are kept.
    const stored = await app.strapi.get('webhookStore').findWebhook(webhookId);
    expect(stored.events).toEqual(['entry.publish', 'editorial.outdated', 'editorial.due-soon']);

    expect(
      (
        await api()
          .put(`/editorial/webhooks/${webhookId}`)
          .set(admin)
          .send({ events: ['entry.delete'] })
      ).status,
    ).toBe(400);
    expect((await api().put('/editorial/webhooks/999999').set(admin).send({ events: [] })).status).toBe(404);
    // Editors without the settings permission cannot.
    expect((await api().get('/editorial/webhooks').set(editor)).status).toBe(403);
  });

  it('the first scan records what is stale already without a flood of events', async () => {
    const result = await scan(new Date());
    expect(result.baseline).toBe(true);
    await settle(0);
    expect(deliveries).toEqual([]);
  });

  it('tells each crossing once: due soon, then outdated, with the owner and the edit link', async () => {
    const reviewedAt = new Date((await panel()).lastReviewedAt!);
    // 22 months after the review: within 90 days of the 24-month banner.
    const dueSoonAt = new Date(reviewedAt.getTime() + 22 * MONTH_MS);
    const first = await scan(dueSoonAt);
    expect(first.baseline).toBe(false);
    expect(first.emitted).toBeGreaterThanOrEqual(1);
    await settle(first.emitted);
    const dueSoon = forMain('editorial.due-soon');
    expect(dueSoon).toHaveLength(1);
    expect(dueSoon[0].headers['x-strapi-event']).toBe('editorial.due-soon');
    expect(dueSoon[0].headers['x-secret']).toBe('s3cret');
    expect(dueSoon[0].body).toMatchObject({
      event: 'editorial.due-soon',
      model: 'article',
      uid: ARTICLE,
      entry: {
        documentId: mainDocumentId,
        locale: 'de',
        title: expect.any(String),
        owner: { id: editorId, name: 'Mara Müller', email: EDITOR.email },
        editUrl: expect.stringMatching(
          new RegExp(`/admin/content-manager/collection-types/api::article.article/${mainDocumentId}\\?plugins\\[i18n\\]\\[locale\\]=de$`),
        ),
      },
    });
    expect(new Date(dueSoon[0].body.entry.outdatedAt).getTime()).toBeGreaterThan(dueSoonAt.getTime());

    // The same state again, and both scans at once (two instances): nothing more.
    const again = await Promise.all([scan(dueSoonAt), scan(dueSoonAt)]);
    expect(again.map((r) => r.emitted)).toEqual([0, 0]);

    const outdatedAt = new Date(reviewedAt.getTime() + 25 * MONTH_MS);
    const [a, b] = await Promise.all([scan(outdatedAt), scan(outdatedAt)]);
    await settle(deliveries.length + a.emitted + b.emitted);
    expect(forMain('editorial.outdated')).toHaveLength(1);
    expect(forMain('editorial.due-soon')).toHaveLength(1);
  });

  it('after a restart nothing is told twice; a review re-arms the event', async () => {
    const reviewedAt = new Date((await panel()).lastReviewedAt!);
    const outdatedAt = new Date(reviewedAt.getTime() + 25 * MONTH_MS);
    await app.stop();
    app = await startStrapi({ name: 'editorial-notifications', env, reuseDatabase: true });
    await signIn(app);
    const afterRestart = await scan(outdatedAt);
    expect(afterRestart).toMatchObject({ baseline: false, emitted: 0 });

    // Reviewed: no longer outdated, so the record is cleared...
    const review = await api()
      .post('/editorial/mark-reviewed')
      .set(editor)
      .send({ documentIds: [mainDocumentId], locale: 'de', note: 'Neue Zahlen' });
    expect(review.status).toBe(200);
    const reviewed = new Date(review.body.data.lastReviewedAt);
    expect((await scan(reviewed)).rearmed).toBeGreaterThanOrEqual(1);
    // ...and 25 months later it is told again.
    const count = deliveries.length;
    const later = await scan(new Date(reviewed.getTime() + 25 * MONTH_MS));
    await settle(count + later.emitted);
    expect(forMain('editorial.outdated')).toHaveLength(2);
  });

  it('a longer threshold that ends "outdated" re-arms the event too; the shorter one again tells again', async () => {
    const setThreshold = async (months: number | null) => {
      await app.strapi
        .documents(ARTICLE)
        .update({ documentId: mainDocumentId, locale: 'de', data: { outdatedAfterMonths: months } } as any);
      await app.strapi.documents(ARTICLE).publish({ documentId: mainDocumentId, locale: 'de' });
    };
    const reviewedAt = new Date((await panel()).lastReviewedAt!);
    const at = new Date(reviewedAt.getTime() + 25 * MONTH_MS);
    // Outdated 25 months after the review (told above); with 60 months it is fresh again: re-armed.
    await setThreshold(60);
    expect((await scan(at)).rearmed).toBeGreaterThanOrEqual(1);
    const stored = await app.strapi.db
      .connection('editorial_freshness_events')
      .where({ document_id: mainDocumentId, locale: 'de', kind: 'outdated' });
    expect(stored).toEqual([]);
    // Back to the category's 24 months: outdated again, and told again, once.
    await setThreshold(null);
    const count = forMain('editorial.outdated').length;
    const told = await scan(at);
    await settle(deliveries.length + told.emitted);
    expect(forMain('editorial.outdated')).toHaveLength(count + 1);
    expect((await scan(at)).emitted).toBe(0);
  });

  it('a scan on demand needs the settings permission', async () => {
    expect((await api().post('/editorial/freshness-events/scan').set(editor)).status).toBe(403);
    const res = await api().post('/editorial/freshness-events/scan').set(admin);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ baseline: false, emitted: expect.any(Number) });
  });
});
