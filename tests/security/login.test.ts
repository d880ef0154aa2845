/**
 * Reader accounts on the production build over plain http (NODE_ENV=production, no TLS,
 * an http PUBLIC_URL), the way an operator first tries `npm start` on a test machine:
 * - an account an admin creates (REST `POST /api/users` with a full-access API token, or
 *   the content manager) logs in with 200 and a JWT, and reads the blog with it;
 * - the refresh cookie of users-permissions' `sessions.httpOnly` mode is set without
 *   `Secure` on plain http (Koa refuses to send a Secure cookie there: that was the 500);
 * - nothing of this logs an error.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { createApiToken } from '../harness/tokens';
import { captureLog, type LogCapture } from '../harness/log-capture';

const PASSWORD = 'Leser-Passwort-2024';

let app: TestInstance;
let log: LogCapture;
const api = () => request(app.server);

beforeAll(async () => {
  app = await startStrapi({
    name: 'security-login',
    seed: false,
    env: {
      NODE_ENV: 'production',
      SERVE_ADMIN_PANEL: 'false',
      PUBLIC_URL: 'http://127.0.0.1',
      IS_PROXIED: 'false',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
    },
  });
  log = captureLog(app.strapi);
});
afterAll(async () => {
  log?.restore();
  await app?.stop();
});

async function loginAndRead(identifier: string) {
  const login = await api().post('/api/auth/local').send({ identifier, password: PASSWORD });
  expect({ status: login.status, body: login.status === 200 ? 'ok' : login.body }).toEqual({ status: 200, body: 'ok' });
  expect(typeof login.body.jwt).toBe('string');
  expect(login.body.user.email).toBe(identifier);
  expect(login.body.user.password).toBeUndefined();
  const cookie = [login.headers['set-cookie'] ?? []].flat().find((c: string) => c.startsWith('strapi_up_refresh='));
  expect(cookie).toBeDefined();
  expect(cookie).toMatch(/;\s*httponly/i);
  expect(cookie).not.toMatch(/;\s*secure/i);

  const read = await api().get('/api/articles').set('Authorization', `Bearer ${login.body.jwt}`);
  expect(read.status).toBe(200);
  expect(Array.isArray(read.body.data)).toBe(true);
}

describe('login of accounts an admin created, production build over http', () => {
  it('runs in production mode', () => {
    expect(process.env.NODE_ENV).toBe('production');
    expect(app.strapi.config.get('environment')).toBe('production');
  });

  it('an account created through POST /api/users (full-access API token) logs in and reads', async () => {
    const token = await createApiToken(app.strapi, 'full-access');
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const created = await api()
      .post('/api/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ username: 'leserin', email: 'leserin@example.org', password: PASSWORD, confirmed: true, role: role.id });
    expect({ status: created.status, body: created.status === 201 ? 'ok' : created.body }).toEqual({ status: 201, body: 'ok' });
    await loginAndRead('leserin@example.org');
  });

  it('an account created in the content manager logs in and reads', async () => {
    const jwt = await adminToken(app.server);
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const created = await api()
      .post('/content-manager/collection-types/plugin::users-permissions.user')
      .set('Authorization', `Bearer ${jwt}`)
      .send({
        username: 'leser',
        email: 'leser@example.org',
        password: PASSWORD,
        confirmed: true,
        blocked: false,
        role: { connect: [{ id: role.id }] },
      });
    expect({ status: created.status, body: created.status < 300 ? 'ok' : created.body }).toEqual({ status: 201, body: 'ok' });
    await loginAndRead('leser@example.org');
  });

  it('a wrong password is a 400, not a 500', async () => {
    const res = await api().post('/api/auth/local').send({ identifier: 'leser@example.org', password: 'falsch-falsch-1' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Invalid identifier or password');
  });

  it('logged no error', () => {
    expect(log.errors()).toEqual([]);
  });
});
