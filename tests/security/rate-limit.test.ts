/**
 * Password spraying: one client trying many accounts. `global::auth-rate-limit` counts
 * sign-in and reset attempts per client IP across accounts and routes (`/admin/login`,
 * `/api/auth/local`, `/api/auth/forgot-password`, `send-email-confirmation`, and the
 * guesses at `email-confirmation`, `reset-password` and `change-password`); defaults: 10
 * per 5 minutes, one counter for all of them.
 * The server runs behind a (simulated) proxy, IS_PROXIED=true: each client is an address
 * the proxy appends to `X-Forwarded-For`, which also shows that the proxy setting works
 * and that addresses a client writes into the header itself do not count.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { TEST_ADMIN } from '../harness/admin-session';

let app: TestInstance;
const api = () => request(app.server);
/** A request as the proxy forwards it: the client's own X-Forwarded-For, then the address the proxy saw. */
const from = (req: request.Test, client: string, claimed?: string) =>
  req.set('X-Forwarded-For', claimed ? `${claimed}, ${client}` : client);
const adminLogin = (client: string, email: string, password = 'Falsch-Passwort-1', claimed?: string) =>
  from(api().post('/admin/login'), client, claimed).send({ email, password });
const resetBody = (code: string) => ({ code, password: 'Neues-Passwort-2024', passwordConfirmation: 'Neues-Passwort-2024' });
const changeBody = (currentPassword: string) => ({
  currentPassword,
  password: 'Neues-Passwort-2024',
  passwordConfirmation: 'Neues-Passwort-2024',
});
/** This limiter's message (Strapi's own limiters say "Too many requests, please try again later."). */
const LIMIT_MESSAGE = 'Zu viele Anmeldeversuche von diesem Anschluss. Bitte später erneut versuchen.';
const READER = { username: 'leserin', email: 'leserin@example.org', password: 'Leser-Passwort-2024' };

/** Fifteen requests from one client: the statuses, and the first 429. */
async function fifteen(send: (i: number) => request.Test): Promise<{ statuses: number[]; limited?: request.Response }> {
  const statuses: number[] = [];
  let limited: request.Response | undefined;
  for (let i = 1; i <= 15; i++) {
    const res = await send(i);
    statuses.push(res.status);
    if (res.status === 429 && !limited) limited = res;
  }
  return { statuses, limited };
}

function expectLimited(limited: request.Response | undefined) {
  expect(limited?.body.error).toMatchObject({ status: 429, name: 'RateLimitError', message: LIMIT_MESSAGE });
  const retryAfter = Number(limited!.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 301).toBe(true);
}

beforeAll(async () => {
  app = await startStrapi({
    name: 'security-rate-limit',
    seed: false,
    env: {
      IS_PROXIED: 'true',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      AUTH_RATE_LIMIT_MAX: '',
      AUTH_RATE_LIMIT_WINDOW_SECONDS: '',
    },
  });
});
afterAll(async () => {
  await app?.stop();
});

describe('per-client limit on sign-in attempts across accounts', () => {
  it('15 different e-mails from one client: 400 ten times, then 429 with Retry-After', async () => {
    const client = '203.0.113.10';
    const statuses: number[] = [];
    let limited: request.Response | undefined;
    for (let i = 1; i <= 15; i++) {
      const res = await adminLogin(client, `opfer${i}@example.org`);
      statuses.push(res.status);
      if (res.status === 429 && !limited) limited = res;
    }
    expect(statuses).toEqual([...Array(10).fill(400), ...Array(5).fill(429)]);
    expect(limited!.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    const retryAfter = Number(limited!.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(301);
  });

  it('the blocked client is blocked on every sign-in route, even with the right password', async () => {
    const client = '203.0.113.10';
    expect((await adminLogin(client, TEST_ADMIN.email, TEST_ADMIN.password)).status).toBe(429);
    expect(
      (await from(api().post('/api/auth/local'), client).send({ identifier: 'leser@example.org', password: 'x-Passwort-1' })).status,
    ).toBe(429);
    const reset = await from(api().post('/api/auth/forgot-password'), client).send({ email: 'leser@example.org' });
    expect(reset.status).toBe(429);
    expect(reset.headers['retry-after']).toMatch(/^\d+$/);
    // The account routes share the counter: a client cannot switch routes for fresh attempts.
    const others = {
      'send-email-confirmation': await from(api().post('/api/auth/send-email-confirmation'), client).send({ email: 'leser@example.org' }),
      'email-confirmation': await from(api().get(`/api/auth/email-confirmation?confirmation=${'0'.repeat(40)}`), client),
      'reset-password': await from(api().post('/api/auth/reset-password'), client).send(resetBody('0'.repeat(128))),
      'change-password': await from(api().post('/api/auth/change-password'), client).send(changeBody('x-Passwort-1')),
    };
    for (const [route, res] of Object.entries(others)) {
      expect({ route, status: res.status, message: res.body.error?.message }).toEqual({ route, status: 429, message: LIMIT_MESSAGE });
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
    }
  });

  it('other clients are not affected', async () => {
    expect((await adminLogin('203.0.113.11', 'opfer1@example.org')).status).toBe(400);
    // Requests that reach the server directly (no proxy header) are their own client too.
    expect((await api().post('/admin/login').send({ email: 'opfer1@example.org', password: 'Falsch-Passwort-1' })).status).toBe(400);
  });

  it('the routes share one counter per client: logins and reset requests together', async () => {
    const client = '203.0.113.12';
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push((await adminLogin(client, `a${i}@example.org`)).status);
    for (let i = 1; i <= 3; i++)
      statuses.push(
        (await from(api().post('/api/auth/local'), client).send({ identifier: `b${i}@example.org`, password: 'x-Passwort-1' })).status,
      );
    for (let i = 1; i <= 3; i++)
      statuses.push((await from(api().post('/api/auth/forgot-password'), client).send({ email: `c${i}@example.org` })).status);
    statuses.push((await adminLogin(client, 'd@example.org')).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400, 200, 200, 200, 429]);
  });

  it('addresses the client writes into X-Forwarded-For itself do not give it fresh attempts', async () => {
    const client = '203.0.113.13';
    const statuses: number[] = [];
    for (let i = 1; i <= 12; i++) statuses.push((await adminLogin(client, `f${i}@example.org`, undefined, `10.0.${i}.1`)).status);
    expect(statuses).toEqual([...Array(10).fill(400), 429, 429]);
  });

  it('successful sign-ins do not count: an editor who logs in often is never locked out by it', async () => {
    const client = '203.0.113.14';
    const statuses: number[] = [];
    // Strapi's own per-address limit allows 5 admin logins per address and 5 minutes.
    for (let i = 1; i <= 5; i++) statuses.push((await adminLogin(client, TEST_ADMIN.email, TEST_ADMIN.password)).status);
    for (let i = 1; i <= 10; i++) statuses.push((await adminLogin(client, `g${i}@example.org`)).status);
    statuses.push((await adminLogin(client, 'g11@example.org')).status);
    expect(statuses).toEqual([...Array(5).fill(200), ...Array(10).fill(400), 429]);
  });
});

describe('the account routes: mail requests and guesses at tokens, codes and passwords', () => {
  it('send-email-confirmation: 15 addresses from one client give 10 × 200, then 429 with Retry-After', async () => {
    const { statuses, limited } = await fifteen((i) =>
      from(api().post('/api/auth/send-email-confirmation'), '203.0.113.20').send({ email: `bestaetigen${i}@example.org` }),
    );
    expect(statuses).toEqual([...Array(10).fill(200), ...Array(5).fill(429)]);
    expectLimited(limited);
  });

  it('email-confirmation: 15 wrong tokens (GET and HEAD alike) give 10 × 400, then 429', async () => {
    const { statuses, limited } = await fifteen((i) => {
      const url = `/api/auth/email-confirmation?confirmation=${String(i).padStart(40, '0')}`;
      return from(i % 2 === 0 ? api().head(url) : api().get(url), '203.0.113.21');
    });
    expect(statuses).toEqual([...Array(10).fill(400), ...Array(5).fill(429)]);
    expectLimited(limited);
  });

  it('reset-password: 15 wrong codes give 10 × 400, then 429 (this limit, not only Strapi’s 10 per minute)', async () => {
    const { statuses, limited } = await fifteen((i) =>
      from(api().post('/api/auth/reset-password'), '203.0.113.22').send(resetBody(String(i).padStart(128, '0'))),
    );
    expect(statuses).toEqual([...Array(10).fill(400), ...Array(5).fill(429)]);
    expectLimited(limited);
  });

  it('change-password: 15 wrong current passwords with a valid session give 10 × 400, then 429', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await app.strapi
      .plugin('users-permissions')
      .service('user')
      .add({ ...READER, provider: 'local', confirmed: true, blocked: false, role: role.id });
    // Logged in from elsewhere: the session, not the client, is what the guesser holds.
    const login = await from(api().post('/api/auth/local'), '203.0.113.23').send({ identifier: READER.email, password: READER.password });
    expect(login.status).toBe(200);
    const { statuses, limited } = await fifteen((i) =>
      from(api().post('/api/auth/change-password'), '203.0.113.24')
        .set('Authorization', `Bearer ${login.body.jwt}`)
        .send(changeBody(`Falsch-Passwort-${i}`)),
    );
    expect(statuses).toEqual([...Array(10).fill(400), ...Array(5).fill(429)]);
    expectLimited(limited);
  });

  it('good confirmation links do not count: the reader who clicks one is not locked out by it', async () => {
    const client = '203.0.113.25';
    const users = app.strapi.db.query('plugin::users-permissions.user');
    const statuses: number[] = [];
    for (let i = 1; i <= 10; i++) {
      const token = String(i).padStart(40, 'a');
      await users.update({ where: { email: READER.email }, data: { confirmationToken: token } });
      statuses.push((await from(api().get(`/api/auth/email-confirmation?confirmation=${token}`), client)).status);
    }
    statuses.push((await from(api().get(`/api/auth/email-confirmation?confirmation=${'b'.repeat(40)}`), client)).status);
    expect(statuses).toEqual([...Array(10).fill(302), 400]);
  });
});
