/**
 * Account enumeration through the users-permissions routes (docs/security.md, "Accounts
 * and sign-in"): what an anonymous client can learn about an address from the answers.
 * - `POST /api/auth/send-email-confirmation` answers 200 `{ email, sent: true }` (the
 *   address as given) for a confirmed, an unconfirmed, a blocked and an unknown address,
 *   byte for byte, also when the mail provider fails (none is configured: sendmail and an
 *   undeliverable `.invalid` domain); the failed mail is logged with the request id.
 * - `GET /api/auth/email-confirmation`: a wrong and a used token get the same 400;
 *   `POST /api/auth/reset-password`: a wrong and a used code get the same 400.
 * - `/api/connect/*` and `/api/auth/:provider/callback` with the providers disabled (the
 *   default): 400, never a 5xx, never a redirect, whatever `callback` says.
 * The per-client limit on these routes is tested in rate-limit.test.ts.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { captureLog } from '../harness/log-capture';

const PASSWORD = 'Leser-Passwort-2024';

let app: TestInstance;
const api = () => request(app.server);
const users = () => app.strapi.db.query('plugin::users-permissions.user');

async function createAccount(username: string, flags: { confirmed: boolean; blocked?: boolean }): Promise<string> {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const email = `${username}@post.invalid`;
  await app.strapi
    .plugin('users-permissions')
    .service('user')
    .add({ username, email, password: PASSWORD, provider: 'local', role: role.id, blocked: false, ...flags });
  return email;
}

beforeAll(async () => {
  // The limit would get in the way of the many requests here; rate-limit.test.ts tests it.
  app = await startStrapi({ name: 'security-account-enumeration', seed: false, env: { AUTH_RATE_LIMIT_MAX: '0' } });
});
afterAll(async () => {
  await app?.stop();
});

describe('send-email-confirmation answers alike for every address', () => {
  it('confirmed, blocked, unknown and unconfirmed: the same 200 body byte for byte, never a 500; the failed mail is logged', async () => {
    const confirmed = await createAccount('bestaetigt', { confirmed: true });
    const blocked = await createAccount('gesperrt', { confirmed: false, blocked: true });
    const unconfirmed = await createAccount('unbestaetigt', { confirmed: false });
    const unknown = 'niemand@post.invalid';
    const log = captureLog(app.strapi);
    try {
      const addressOf: Record<string, string> = { confirmed, blocked, unknown, unconfirmed };
      const answers: Record<string, request.Response> = {};
      // The unconfirmed address last: its mail is the one to wait for.
      for (const [label, email] of Object.entries(addressOf))
        answers[label] = await api().post('/api/auth/send-email-confirmation').send({ email });
      for (const [label, res] of Object.entries(answers)) {
        expect({ label, status: res.status, text: res.text }).toEqual({
          label,
          status: 200,
          text: JSON.stringify({ email: addressOf[label], sent: true }),
        });
      }
      // The address is echoed as given; apart from it, status, type and body are the same byte for byte.
      const shapes = Object.entries(answers).map(([label, res]) =>
        JSON.stringify([res.status, res.headers['content-type'], res.text.replace(addressOf[label], '<address>')]),
      );
      expect(new Set(shapes).size).toBe(1);

      // Only the unconfirmed account gets a token and a mail attempt; the mail fails after the answer and says so.
      const id = answers.unconfirmed.headers['x-request-id'];
      const line = await log.waitFor(new RegExp(`\\[request ${id}\\] confirmation e-mail not sent`), 20_000);
      expect(line).toBeDefined();
      expect(line).toMatch(/\n\s+at /);
      expect((await users().findOne({ where: { email: unconfirmed } })).confirmationToken).toMatch(/^[0-9a-f]{40}$/);
      for (const email of [confirmed, blocked]) expect((await users().findOne({ where: { email } })).confirmationToken).toBeNull();
      const others = ['confirmed', 'blocked', 'unknown'].map((label) => answers[label].headers['x-request-id']);
      expect(log.errors().filter((l) => others.some((other) => l.includes(other)))).toEqual([]);
      // No 500 was logged for any of them either.
      expect(log.errors().filter((l) => /→ 5\d\d/.test(l))).toEqual([]);
    } finally {
      log.restore();
    }
  });

  it('an address in other letter case is echoed as given, not as stored', async () => {
    const log = captureLog(app.strapi);
    try {
      await createAccount('gross', { confirmed: false });
      const res = await api().post('/api/auth/send-email-confirmation').send({ email: 'Gross@Post.Invalid' });
      expect({ status: res.status, text: res.text }).toEqual({ status: 200, text: '{"email":"Gross@Post.Invalid","sent":true}' });
      // The account is still found: the mail is attempted (and fails) in the background.
      expect(
        await log.waitFor(new RegExp(`\\[request ${res.headers['x-request-id']}\\] confirmation e-mail not sent`), 20_000),
      ).toBeDefined();
    } finally {
      log.restore();
    }
  });

  it('a missing or malformed address is a 400 ValidationError, as before', async () => {
    for (const body of [{}, { email: 'keine-adresse' }, { email: 42 }]) {
      const res = await api().post('/api/auth/send-email-confirmation').send(body);
      expect({ body, status: res.status, name: res.body.error?.name }).toEqual({ body, status: 400, name: 'ValidationError' });
    }
  });
});

describe('the other account routes tell nothing apart and never fail with a 5xx', () => {
  it('email-confirmation: a wrong and a used token get the same 400', async () => {
    const email = await createAccount('bestaetigend', { confirmed: false });
    const token = 'ab'.repeat(20);
    await users().update({ where: { email }, data: { confirmationToken: token } });
    const wrong = await api().get(`/api/auth/email-confirmation?confirmation=${'cd'.repeat(20)}`);
    const right = await api().get(`/api/auth/email-confirmation?confirmation=${token}`);
    const used = await api().get(`/api/auth/email-confirmation?confirmation=${token}`);
    expect(right.status).toBe(302);
    expect((await users().findOne({ where: { email } })).confirmed).toBe(true);
    expect({ status: wrong.status, text: wrong.text }).toEqual({ status: used.status, text: used.text });
    expect(wrong.status).toBe(400);
  });

  it('reset-password: a wrong and a used code get the same 400', async () => {
    const email = await createAccount('zuruecksetzend', { confirmed: true });
    const code = 'ef'.repeat(64);
    await users().update({ where: { email }, data: { resetPasswordToken: code } });
    const body = (c: string) => ({ code: c, password: 'Neues-Passwort-2024', passwordConfirmation: 'Neues-Passwort-2024' });
    const wrong = await api()
      .post('/api/auth/reset-password')
      .send(body('01'.repeat(64)));
    const right = await api().post('/api/auth/reset-password').send(body(code));
    const used = await api().post('/api/auth/reset-password').send(body(code));
    expect(right.status).toBe(200);
    expect({ status: wrong.status, text: wrong.text }).toEqual({ status: used.status, text: used.text });
    expect(wrong.status).toBe(400);
  });

  it('connect and provider callbacks with providers disabled: 400, no redirect, whatever the callback', async () => {
    // Strapi warns about the server URL on `/api/connect/email`: kept out of the test output.
    const log = captureLog(app.strapi);
    try {
      for (const path of [
        '/api/connect/github',
        '/api/connect/github/callback',
        '/api/connect/github?callback=https://evil.example/steal',
        '/api/connect/email?callback=https://evil.example/steal',
        '/api/connect/email/callback?callback=//evil.example/',
        '/api/connect/__proto__',
        '/api/auth/github/callback?access_token=x',
        '/api/auth/local/callback',
      ]) {
        const res = await api().get(path);
        expect({ path, status: res.status, location: res.headers.location }).toEqual({ path, status: 400, location: undefined });
      }
      expect(log.errors()).toEqual([]);
    } finally {
      log.restore();
    }
  });
});
