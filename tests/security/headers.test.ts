/**
 * Security headers of the public site and CORS with configured origins:
 * - a Content-Security-Policy whose scripts come from this origin only (no inline script,
 *   no inline event handlers), `X-Content-Type-Options: nosniff`, same-origin framing;
 * - the reader page still works under that policy: its script and styles are same-origin
 *   files served with the right MIME type, and it has no inline script or handler;
 * - CORS answers the origins in `CORS_ORIGINS` only, never `*` with credentials, and
 *   nothing at all to a request without an Origin;
 * - no `X-Powered-By`;
 * - behind an https PUBLIC_URL and a proxy, the session cookies are Secure, whether the
 *   proxy forwards `X-Forwarded-Proto` or not.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { startStrapi, APP_DIR, type TestInstance } from '../harness/strapi';
import { TEST_ADMIN } from '../harness/admin-session';
import { createApiToken } from '../harness/tokens';
import { parseContentSecurityPolicy, scriptSources } from '../../src/domain/content-security-policy';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const FRONTEND = 'https://frontend.example';
const LOCAL_DEV = 'http://localhost:5173';

let app: TestInstance;

beforeAll(async () => {
  app = await startStrapi({ name: 'security-headers', env: { CORS_ORIGINS: `${FRONTEND}, ${LOCAL_DEV}/` } });
});
afterAll(async () => {
  await app?.stop();
});

const api = () => request(app.server);
const PUBLIC_PATHS = [
  '/',
  '/en/',
  `/artikel/${MAIN}`,
  '/artikel/gibt-es-nicht',
  '/api/articles',
  `/api/articles?filters[slug][$eq]=${MAIN}`,
  '/rss.xml',
  '/reader.css',
];

describe('security headers on the public site', () => {
  it.each(PUBLIC_PATHS)('%s: CSP without inline script, nosniff, same-origin framing', async (path) => {
    const res = await api().get(path);
    expect(res.status).toBeLessThan(500);
    const header = res.headers['content-security-policy'];
    expect(header).toBeDefined();
    const csp = parseContentSecurityPolicy(header);
    const scripts = scriptSources(csp);
    expect(scripts).toContain("'self'");
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:', 'blob:']) {
      expect({ path, scripts, loose: scripts.includes(loose) }).toEqual({ path, scripts, loose: false });
    }
    expect(csp['script-src-attr']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    // The admin's preview frames the reader page from this origin; nobody else may.
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('the server-rendered reader page works under the policy: no script but JSON-LD data, same-origin styles, nothing inline', async () => {
    const res = await api().get(`/artikel/${MAIN}`);
    expect(res.status).toBe(200);
    const html = res.text;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      // Data blocks only: CSP does not execute them, and each must parse as JSON.
      expect(attributes).toMatch(/type="application\/ld\+json"/);
      expect(() => JSON.parse(body)).not.toThrow();
    }
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);

    // Everything the page loads is same-origin, and served with a MIME type nosniff accepts.
    const assets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/gi)].map((m) => m[1]);
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatch(/^\/assets\/reader-[0-9a-f]{12}\.css$/);
    const file = await api().get(assets[0]);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/css/);
  });

  it('the reader templates write markup through Preact only: the raw sinks are the escaped JSON-LD and the vetted chart SVG', () => {
    const dir = path.join(APP_DIR, 'src', 'reader-site', 'templates');
    const sinks = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|setTimeout\(\s*['"`]/;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      expect({ file, sink: sinks.exec(source)?.[0] ?? null }).toEqual({ file, sink: null });
      const raw = (source.match(/dangerouslySetInnerHTML: \{/g) ?? []).length;
      expect({ file, raw }).toEqual({ file, raw: file === 'markup.ts' ? 2 : 0 });
    }
  });
});

describe('CORS with CORS_ORIGINS', () => {
  const allHeaders: Array<Record<string, string>> = [];
  const get = async (origin: string, path = '/api/articles') => {
    const res = await api().get(path).set('Origin', origin);
    allHeaders.push(res.headers);
    return res;
  };
  const preflight = async (origin: string) => {
    const res = await api()
      .options('/api/articles')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    allHeaders.push(res.headers);
    return res;
  };

  it.each([FRONTEND, LOCAL_DEV])('the configured origin %s may read, with credentials', async (origin) => {
    const res = await get(origin);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers.vary).toMatch(/Origin/i);
    const pre = await preflight(origin);
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(origin);
    expect(pre.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(pre.headers['access-control-allow-headers']).toMatch(/Authorization/i);
  });

  it.each([
    'https://evil.example',
    'null',
    `${FRONTEND}.evil.example`,
    'https://evil.example/https://frontend.example',
    FRONTEND.replace('https:', 'http:'),
    `${FRONTEND}:8443`,
    'https://FRONTEND.example.',
  ])('a foreign origin %s gets no CORS headers', async (origin) => {
    const res = await get(origin);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const pre = await preflight(origin);
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('the same applies to the reader site, feeds and errors', async () => {
    for (const path of ['/', '/rss.xml', '/api/articles/gibt-es-nicht', '/api/editorial/outdated']) {
      expect((await get('https://evil.example', path)).headers['access-control-allow-origin']).toBeUndefined();
      expect((await get(FRONTEND, path)).headers['access-control-allow-origin']).toBe(FRONTEND);
    }
  });

  it('a request without Origin (same-origin page, feed reader, server) gets no CORS headers', async () => {
    const paths = ['/', '/rss.xml', '/api/articles', '/api/articles/gibt-es-nicht', '/api/editorial/outdated', '/reader.css'];
    for (const path of paths) {
      const res = await api().get(path);
      allHeaders.push(res.headers);
      const cors = Object.keys(res.headers).filter((name) => name.startsWith('access-control-'));
      expect({ path, cors }).toEqual({ path, cors: [] });
      // A cache must still keep answers for different origins apart.
      expect(res.headers.vary).toMatch(/Origin/i);
    }
    const pre = await api().options('/api/articles').set('Access-Control-Request-Method', 'POST');
    expect(Object.keys(pre.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('never answers * together with credentials', () => {
    expect(allHeaders.length).toBeGreaterThan(10);
    for (const headers of allHeaders) {
      if (headers['access-control-allow-credentials'] === 'true') expect(headers['access-control-allow-origin']).not.toBe('*');
    }
  });
});

describe('behind an https proxy (PUBLIC_URL=https://…, IS_PROXIED=true)', () => {
  const PUBLIC = 'https://blog.example';
  const cookieNamed = (res: request.Response, name: string) =>
    [res.headers['set-cookie'] ?? []].flat().find((c: string) => c.startsWith(`${name}=`));

  // One Strapi per process at a time: this server replaces the one above (the file's
  // afterAll stops whichever runs).
  beforeAll(async () => {
    await app?.stop();
    app = await startStrapi({
      name: 'security-headers-https',
      seed: false,
      env: { PUBLIC_URL: PUBLIC, IS_PROXIED: 'true', ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password },
    });
  });

  it.each([
    ['the proxy forwards X-Forwarded-Proto: https', { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '198.51.100.20' }],
    ['the proxy forwards nothing', {}],
  ])('the admin refresh cookie is Secure and HttpOnly when %s', async (_label, headers) => {
    const res = await api()
      .post('/admin/login')
      .set(headers)
      .send({ ...TEST_ADMIN, rememberMe: true });
    expect(res.status).toBe(200);
    const cookie = cookieNamed(res, 'strapi_admin_refresh');
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*secure/i);
    expect(cookie).toMatch(/;\s*httponly/i);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('the reader refresh cookie (users-permissions) is Secure too', async () => {
    const token = await createApiToken(app.strapi, 'full-access');
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const created = await api()
      .post('/api/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ username: 'leser', email: 'leser@example.org', password: 'Leser-Passwort-2024', confirmed: true, role: role.id });
    expect(created.status).toBe(201);
    const login = await api()
      .post('/api/auth/local')
      .set('X-Forwarded-Proto', 'https')
      .send({ identifier: 'leser@example.org', password: 'Leser-Passwort-2024' });
    expect(login.status).toBe(200);
    const cookie = cookieNamed(login, 'strapi_up_refresh');
    expect(cookie).toMatch(/;\s*secure/i);
    expect(cookie).toMatch(/;\s*httponly/i);
  });
});
