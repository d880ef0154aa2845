import path from 'path';
import { corsMiddlewareConfig, isCorsRequest, parseCorsOrigins } from '../../../src/domain/cors-origins';

// Strapi's own origin matching (node_modules/@strapi/core/dist/middlewares/cors.js), which the package does not export.

const { matchOrigin } = require(path.resolve(__dirname, '../../../node_modules/@strapi/core/dist/middlewares/cors.js'));

describe('CORS_ORIGINS', () => {
  it('is empty by default: no foreign origin', () => {
    for (const raw of [undefined, null, '', ' ', ' , ']) expect(parseCorsOrigins(raw)).toEqual({ origins: [], anyOrigin: false });
  });

  it('takes a comma-separated list of origins, normalised and without duplicates', () => {
    expect(parseCorsOrigins('https://www.example.org, http://localhost:5173/ ,HTTPS://WWW.EXAMPLE.ORG, https://a.example:443')).toEqual({
      origins: ['https://www.example.org', 'http://localhost:5173', 'https://a.example'],
      anyOrigin: false,
    });
  });

  it('* alone allows any origin', () => {
    expect(parseCorsOrigins('*')).toEqual({ origins: [], anyOrigin: true });
  });

  it.each([
    '*, https://a.example',
    'www.example.org',
    'https://example.org/pfad',
    'https://example.org?x',
    'ftp://example.org',
    'https://user:pw@example.org',
    'https://',
    'null',
    'https://exa mple.org',
  ])('%p stops startup naming the variable', (raw) => expect(() => parseCorsOrigins(raw)).toThrow(/^CORS_ORIGINS: /));
});

describe('strapi::cors options', () => {
  it('listed origins get credentials; * gets none', () => {
    expect(corsMiddlewareConfig(parseCorsOrigins('https://a.example'))).toMatchObject({ origin: ['https://a.example'], credentials: true });
    expect(corsMiddlewareConfig(parseCorsOrigins(''))).toMatchObject({ origin: [], credentials: true });
    expect(corsMiddlewareConfig(parseCorsOrigins('*'))).toMatchObject({ origin: '*', credentials: false });
  });

  it("Strapi's origin matching answers listed origins only", async () => {
    const { origin } = corsMiddlewareConfig(parseCorsOrigins('https://a.example'));
    expect(await matchOrigin('https://a.example', origin, {} as any)).toBe('https://a.example');
    for (const foreign of ['https://b.example', 'https://a.example.evil.example', 'http://a.example', 'null']) {
      expect(await matchOrigin(foreign, origin, {} as any)).toBe('');
    }
    expect(await matchOrigin('https://b.example', corsMiddlewareConfig(parseCorsOrigins('')).origin, {} as any)).toBe('');
  });
});

describe('requests without Origin', () => {
  it("Strapi's matching treats them as any origin (hence global::cors-without-origin)", async () => {
    const { origin } = corsMiddlewareConfig(parseCorsOrigins('https://a.example'));
    expect(await matchOrigin('', origin, {} as any)).toBe('*');
    expect(await matchOrigin(undefined, origin, {} as any)).toBe('*');
  });

  it('take part in CORS only with an Origin header', () => {
    for (const none of [undefined, null, '', '  ']) expect(isCorsRequest(none)).toBe(false);
    for (const origin of ['https://a.example', 'null', 'https://evil.example']) expect(isCorsRequest(origin)).toBe(true);
  });

  it('the request id is readable by listed frontends', () => {
    expect(corsMiddlewareConfig(parseCorsOrigins('https://a.example')).expose).toEqual(['ETag', 'X-Request-Id']);
  });
});
