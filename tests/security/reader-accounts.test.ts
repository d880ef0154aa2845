/**
 * Reader accounts (users-permissions):
 * - a logged-in reader reads what the Public role reads (200), and still writes nothing
 *   (403); the grant is made once and survives restarts without duplicates, and a
 *   permission an admin removed stays removed;
 * - public sign-up is off by default (400 with a clear error, no user stored), an admin's
 *   later choice is kept, `PUBLIC_SIGNUP=true` turns it on;
 * - `POST /api/auth/forgot-password` answers 200 `{ ok: true }` for a known and an unknown
 *   address alike, although no mail provider is configured; the failed mail is logged.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { createApiToken } from '../harness/tokens';
import { captureLog } from '../harness/log-capture';

const NAME = 'security-reader-accounts';
const PASSWORD = 'Leser-Passwort-2024';
const READ_PATHS = ['/api/articles', '/api/categories', '/api/tags', '/api/authors', '/api/studies', '/api/statistics', '/api/book-tips'];
const WRITE_PATHS = ['articles', 'categories', 'tags', 'authors', 'studies', 'statistics', 'book-tips'];

let app: TestInstance;
const api = () => request(app.server);
const users = () => app.strapi.db.query('plugin::users-permissions.user');
const roleOf = (type: string) => app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
const readGrants = async (type: string) => {
  const role = await roleOf(type);
  const rows = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  return rows
    .map((row: { action: string }) => row.action)
    .filter((action: string) => /^api::.*\.(find|findOne)$/.test(action))
    .sort();
};
const advanced = async () => (await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as any;

async function createReader(email: string): Promise<void> {
  const token = await createApiToken(app.strapi, 'full-access');
  const role = await roleOf('authenticated');
  const res = await api()
    .post('/api/users')
    .set('Authorization', `Bearer ${token}`)
    .send({ username: email.split('@')[0], email, password: PASSWORD, confirmed: true, role: role.id });
  if (res.status !== 201) throw new Error(`creating ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
}

async function login(email: string): Promise<string> {
  const res = await api().post('/api/auth/local').send({ identifier: email, password: PASSWORD });
  expect({ email, status: res.status }).toEqual({ email, status: 200 });
  return res.body.jwt;
}

async function expectReadsButNoWrites(jwt: string) {
  const seen: Record<string, number> = {};
  for (const path of READ_PATHS) seen[path] = (await api().get(path).set('Authorization', `Bearer ${jwt}`)).status;
  for (const path of WRITE_PATHS) {
    seen[`POST /api/${path}`] = (
      await api()
        .post(`/api/${path}`)
        .set('Authorization', `Bearer ${jwt}`)
        .send({ data: { name: 'Leser', title: 'Leser' } })
    ).status;
  }
  const someArticle = await app.strapi.documents('api::article.article').findFirst({ status: 'published' } as any);
  seen['PUT /api/articles/:id'] = (
    await api()
      .put(`/api/articles/${someArticle!.documentId}`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ data: { title: 'Leser' } })
  ).status;
  seen['DELETE /api/articles/:id'] = (
    await api().delete(`/api/articles/${someArticle!.documentId}`).set('Authorization', `Bearer ${jwt}`)
  ).status;
  const expected = Object.fromEntries(Object.keys(seen).map((key) => [key, key.startsWith('/api/') ? 200 : 403]));
  expect(seen).toEqual(expected);
  // Reading with a session sees the same published content as reading without one.
  const anonymous = await api().get('/api/articles?sort=id&pagination[pageSize]=100');
  const loggedIn = await api().get('/api/articles?sort=id&pagination[pageSize]=100').set('Authorization', `Bearer ${jwt}`);
  expect(loggedIn.body.data.map((a: any) => a.documentId)).toEqual(anonymous.body.data.map((a: any) => a.documentId));
  expect(loggedIn.body.data.length).toBeGreaterThan(0);
}

beforeAll(async () => {
  app = await startStrapi({ name: NAME, env: { PUBLIC_SIGNUP: '' } });
});
afterAll(async () => {
  await app?.stop();
});

describe('logged-in readers read like the Public role', () => {
  it('the Authenticated role has the same read grants as Public, and nothing to write', async () => {
    const publicGrants = await readGrants('public');
    expect(publicGrants).toHaveLength(14);
    expect(await readGrants('authenticated')).toEqual(publicGrants);
  });

  it('a reader account an admin created: JWT, reads 200, writes 403', async () => {
    await createReader('leserin@example.org');
    await expectReadsButNoWrites(await login('leserin@example.org'));
  });
});

describe('public sign-up is off by default', () => {
  it('register answers 400 with a clear error and stores no user', async () => {
    const before = await users().count({});
    const res = await api()
      .post('/api/auth/local/register')
      .send({ username: 'spammer', email: 'spammer@example.org', password: PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ApplicationError', message: 'Register action is currently disabled' });
    expect(await users().count({})).toBe(before);
    expect(await users().findOne({ where: { email: 'spammer@example.org' } })).toBeNull();
    expect((await advanced()).allow_register).toBe(false);
  });
});

describe('forgot-password answers the same for known and unknown addresses', () => {
  it('200 { ok: true } for both, no 500 without a mail provider; the failed mail is logged', async () => {
    // `.invalid` never resolves (RFC 2606): the default sendmail provider fails at once, with or without network.
    await createReader('vergesslich@post.invalid');
    const log = captureLog(app.strapi);
    try {
      const known = await api().post('/api/auth/forgot-password').send({ email: 'vergesslich@post.invalid' });
      const unknown = await api().post('/api/auth/forgot-password').send({ email: 'niemand@post.invalid' });
      expect({ status: known.status, body: known.body }).toEqual({ status: 200, body: { ok: true } });
      expect({ status: unknown.status, body: unknown.body }).toEqual({ status: 200, body: { ok: true } });
      expect(known.headers['content-type']).toBe(unknown.headers['content-type']);
      // The reset token is stored for the known account (an admin can still help).
      expect((await users().findOne({ where: { email: 'vergesslich@post.invalid' } })).resetPasswordToken).toMatch(/^[0-9a-f]{128}$/);
      // No mail provider is configured: the mail fails after the answer, and says so in the log.
      const line = await log.waitFor(new RegExp(`\\[request ${known.headers['x-request-id']}\\] password-reset e-mail not sent`), 20_000);
      expect(line).toBeDefined();
      expect(line).toMatch(/\n\s+at /);
      expect(log.errors().join('\n')).not.toContain(unknown.headers['x-request-id']);
    } finally {
      log.restore();
    }
  });

  it('a malformed request is still a 400', async () => {
    const res = await api().post('/api/auth/forgot-password').send({ email: 'keine-adresse' });
    expect(res.status).toBe(400);
  });
});

describe('restarts', () => {
  it('grants are made once: no duplicates, a removed grant stays removed, the admin’s sign-up choice stays', async () => {
    const authenticated = await roleOf('authenticated');
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    await permissions.delete({ where: { action: 'api::tag.tag.findOne', role: authenticated.id } });
    await app.strapi
      .store({ type: 'plugin', name: 'users-permissions' })
      .set({ key: 'advanced', value: { ...(await advanced()), allow_register: true } });
    const before = { public: await readGrants('public'), authenticated: await readGrants('authenticated') };
    expect(before.authenticated).toHaveLength(13);

    await app.stop();
    app = await startStrapi({ name: NAME, reuseDatabase: true, env: { PUBLIC_SIGNUP: '' } });
    expect({ public: await readGrants('public'), authenticated: await readGrants('authenticated') }).toEqual(before);
    expect((await advanced()).allow_register).toBe(true);
  });

  it('PUBLIC_SIGNUP=false turns sign-up off again; PUBLIC_SIGNUP=true turns it on, and a registered reader reads but cannot write', async () => {
    await app.stop();
    app = await startStrapi({ name: NAME, reuseDatabase: true, env: { PUBLIC_SIGNUP: 'false' } });
    expect((await advanced()).allow_register).toBe(false);

    await app.stop();
    app = await startStrapi({ name: NAME, reuseDatabase: true, env: { PUBLIC_SIGNUP: 'true' } });
    expect((await advanced()).allow_register).toBe(true);
    const res = await api()
      .post('/api/auth/local/register')
      .send({ username: 'neuleser', email: 'neuleser@example.org', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(typeof res.body.jwt).toBe('string');
    await expectReadsButNoWrites(res.body.jwt);
  });
});
