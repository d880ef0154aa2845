/**
 * Password spraying: one client trying many accounts. `global::auth-rate-limit` counts
 * sign-in and reset attempts per client IP across accounts and routes (`/admin/login`,
 * `/api/auth/local`, `/api/auth/forgot-password`); defaults: 10 per 5 minutes.
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
