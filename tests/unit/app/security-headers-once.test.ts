/**
 * `strapi::security` with helmet built once (src/runtime/security-headers-once.ts) sends
 * exactly the headers Strapi's own middleware sends, built per request, for every kind of
 * request; where Strapi varies the policy (the admin panel in development), it is Strapi's.
 */
import path from 'path';
import Koa from 'koa';
import request from 'supertest';
import { securityBuiltOnce } from '../../../src/runtime/security-headers-once';
import { parseContentSecurityPolicy, securityMiddlewareConfig } from '../../../src/domain/content-security-policy';

// Strapi's factory itself (its package exports only the entry point).
const { security: strapiSecurity } = require(path.join(path.dirname(require.resolve('@strapi/core')), 'middlewares', 'security.js'));

const fakeStrapi = { config: { get: (_key: string, fallback?: unknown) => fallback ?? '/admin' }, plugin: () => undefined } as any;

function app(factory: (config: any, context: any) => any) {
  const koa = new Koa();
  koa.use(factory(securityMiddlewareConfig(), { strapi: fakeStrapi }));
  koa.use((ctx) => {
    ctx.body = 'ok';
  });
  return koa.callback();
}

const headersOf = async (handler: ReturnType<typeof app>, method: 'get' | 'post', url: string) => {
  const res = await request(handler)[method](url);
  const { date: _date, ...headers } = res.headers;
  return headers;
};

const REQUESTS: Array<['get' | 'post', string]> = [
  ['get', '/'],
  ['get', '/artikel/studie-social-media-manager-kleine-teams-viele-ziele'],
  ['get', '/api/articles?populate=*'],
  ['post', '/api/articles'],
  ['get', '/admin'],
  ['get', '/admin/content-manager'],
  ['get', '/documentation/v1.0.0'],
  ['get', '/rss.xml'],
];

describe.each(['production', 'development'])('NODE_ENV=%s', (nodeEnv) => {
  const before = process.env.NODE_ENV;
  beforeAll(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  afterAll(() => {
    process.env.NODE_ENV = before;
  });

  it.each(REQUESTS)('%s %s: the same headers as strapi::security', async (method, url) => {
    const ours = await headersOf(app(securityBuiltOnce(strapiSecurity)), method, url);
    const strapis = await headersOf(app(strapiSecurity), method, url);
    expect(ours).toEqual(strapis);
    expect(ours['content-security-policy']).toContain("frame-ancestors 'self'");
  });
});

it('in development the admin panel gets Strapi’s looser policy for Vite’s client, production never', async () => {
  const before = process.env.NODE_ENV;
  try {
    const adminScripts = async () =>
      parseContentSecurityPolicy((await headersOf(app(securityBuiltOnce(strapiSecurity)), 'get', '/admin'))['content-security-policy'])[
        'script-src'
      ];
    process.env.NODE_ENV = 'development';
    expect(await adminScripts()).toContain("'unsafe-inline'");
    process.env.NODE_ENV = 'production';
    expect(await adminScripts()).toEqual(["'self'"]);
  } finally {
    process.env.NODE_ENV = before;
  }
});

it('builds helmet once, not per request', async () => {
  const built = jest.fn();
  const counting = (config: any, context: any) => {
    built();
    return strapiSecurity(config, context);
  };
  const handler = app(securityBuiltOnce(counting));
  for (let i = 0; i < 5; i++) await request(handler).get('/api/articles');
  expect(built).toHaveBeenCalledTimes(1);
});
