import { adminCookieSecure, cookieSecurity, isHttpsUrl } from '../../../src/domain/cookie-security';

describe('cookie security from PUBLIC_URL', () => {
  it('an https public address makes the session cookies Secure', () => {
    for (const url of ['https://www.example.org', 'HTTPS://www.example.org/', 'https://blog.example.org:8443/cms', ' https://x.example ']) {
      expect(cookieSecurity(url)).toEqual({ secure: true });
    }
  });

  it('plain http, no address or a malformed one: not Secure (Koa could not send it over http)', () => {
    for (const url of [undefined, null, '', ' ', 'http://127.0.0.1:1337', 'www.example.org', 'https//x', 'ftp://x.example']) {
      expect(cookieSecurity(url)).toEqual({ secure: false });
    }
  });

  it('isHttpsUrl reads the scheme of an absolute URL only', () => {
    expect(isHttpsUrl('https://a.example')).toBe(true);
    expect(isHttpsUrl('http://a.example/https://b.example')).toBe(false);
    expect(isHttpsUrl('/https://a.example')).toBe(false);
  });

  it("the admin cookie is forced Secure behind https, otherwise left to Strapi's per-request rule", () => {
    expect(adminCookieSecure({ secure: true })).toBe(true);
    expect(adminCookieSecure({ secure: false })).toBeUndefined();
  });
});
