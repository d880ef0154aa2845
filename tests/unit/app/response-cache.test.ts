import {
  bypassReason,
  cacheKey,
  decodeAnswer,
  encodeAnswer,
  isCompressible,
  isCurrent,
  keepUntil,
  keptHeaders,
  negotiateEncoding,
  requestLocale,
  responseCacheConfig,
  servedCacheControl,
  type CachedAnswer,
} from '../../../src/domain/response-cache';

const req = (method: string, url: string, headers: Record<string, string> = {}) => {
  const parsed = new URL(url, 'http://x');
  return { method, path: parsed.pathname, query: parsed.searchParams, header: (name: string) => headers[name] };
};

describe('bypassReason', () => {
  it('lets anonymous reads of the API and the pages through', () => {
    expect(bypassReason(req('GET', '/api/articles?locale=de'), '/api/')).toBeNull();
    expect(bypassReason(req('HEAD', '/artikel/x'), '/api/')).toBeNull();
  });

  it('names why writes, credentials, the admin, previews, drafts and the outdated list bypass', () => {
    expect(bypassReason(req('POST', '/api/articles'), '/api/')).toBe('method');
    expect(bypassReason(req('GET', '/api/articles', { authorization: 'Bearer x' }), '/api/')).toBe('credentials');
    expect(bypassReason(req('GET', '/admin/init'), '/api/')).toBe('admin');
    expect(bypassReason(req('GET', '/api/editorial/preview?token=x'), '/api/')).toBe('preview');
    expect(bypassReason(req('GET', '/artikel/x?preview=abc'), '/api/')).toBe('preview');
    expect(bypassReason(req('GET', '/api/articles?status=draft'), '/api/')).toBe('draft');
    expect(bypassReason(req('GET', '/api/editorial/outdated'), '/api/')).toBe('time-dependent list');
  });
});

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('keys and locales', () => {
  it('keys on encoding, locale, host and the whole URL', () => {
    const base = { origin: 'https://blog.example', url: '/api/articles?locale=de', locale: 'de', encoding: 'br' as const };
    const keys = new Set([
      cacheKey(base),
      cacheKey({ ...base, encoding: 'gzip' }),
      cacheKey({ ...base, origin: 'https://other' }),
      cacheKey({ ...base, url: '/api/articles?locale=en' }),
      cacheKey({ ...base, locale: 'en' }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('reads the locale from ?locale=, then the reader path, else the default', () => {
    expect(requestLocale('/api/articles', new URLSearchParams('locale=en'))).toBe('en');
    expect(requestLocale('/en/artikel/x', new URLSearchParams())).toBe('en');
    expect(requestLocale('/enten', new URLSearchParams())).toBe('default');
    expect(requestLocale('/', new URLSearchParams())).toBe('default');
  });
});

describe('keepUntil and isCurrent', () => {
  const now = 1_000_000;
  it('keeps only public 200s without cookies, until the stated moment or the end of max-age', () => {
    expect(keepUntil({ status: 200, cacheControl: 'public, max-age=60', setsCookie: false }, now)).toEqual({
      validUntil: now + 60_000,
      maxAge: 60,
    });
    expect(keepUntil({ status: 200, cacheControl: 'public, max-age=60', setsCookie: false, stated: null }, now)).toEqual({
      validUntil: null,
      maxAge: 60,
    });
    expect(keepUntil({ status: 200, cacheControl: 'public, max-age=60', setsCookie: false, stated: now + 5 }, now)).toEqual({
      validUntil: now + 5,
      maxAge: 60,
    });
    for (const refused of [
      { status: 404, cacheControl: 'public, max-age=60', setsCookie: false },
      { status: 200, cacheControl: 'private, no-cache', setsCookie: false },
      { status: 200, cacheControl: 'public, no-store', setsCookie: false },
      { status: 200, cacheControl: 'public, max-age=0', setsCookie: false },
      { status: 200, cacheControl: undefined, setsCookie: false },
      { status: 200, cacheControl: 'public, max-age=60', setsCookie: true },
      { status: 200, cacheControl: 'public, max-age=60', setsCookie: false, stated: now },
    ]) {
      expect(keepUntil(refused, now)).toBeUndefined();
    }
  });

  it('serves an answer only at its version and before its moment', () => {
    expect(isCurrent({ version: 3, validUntil: null }, 3, now)).toBe(true);
    expect(isCurrent({ version: 3, validUntil: null }, 4, now)).toBe(false);
    expect(isCurrent({ version: 3, validUntil: now + 1 }, 3, now)).toBe(true);
    expect(isCurrent({ version: 3, validUntil: now }, 3, now)).toBe(false);
  });

  it('cuts max-age short as the moment comes near', () => {
    expect(servedCacheControl({ maxAge: 300, validUntil: null }, now)).toBe('public, max-age=300');
    expect(servedCacheControl({ maxAge: 300, validUntil: now + 12_500 }, now)).toBe('public, max-age=12');
  });
});

describe('keptHeaders', () => {
  it('keeps what the app set while answering, not transport or per-request headers', () => {
    const before = { 'x-request-id': 'a', 'content-security-policy': 'x', vary: 'Origin' };
    const after = {
      ...before,
      'content-type': 'application/json',
      etag: 'W/"1"',
      'content-length': '10',
      'set-cookie': ['a=b'],
      'cache-control': 'public',
      'referrer-policy': 'no-referrer',
    };
    expect(keptHeaders(before, after)).toEqual({ 'content-type': 'application/json', etag: 'W/"1"', 'referrer-policy': 'no-referrer' });
  });
});

describe('isCompressible', () => {
  it('compresses text from 1 KB on', () => {
    expect(isCompressible('application/json; charset=utf-8', 2048)).toBe(true);
    expect(isCompressible('text/html', 1023)).toBe(false);
    expect(isCompressible('image/png', 50_000)).toBe(false);
  });
});

describe('encodeAnswer / decodeAnswer', () => {
  it('round-trips an answer through bytes and refuses damaged ones', () => {
    const answer: CachedAnswer = {
      version: 7,
      validUntil: null,
      maxAge: 300,
      status: 200,
      headers: { 'content-type': 'text/html' },
      encoding: 'br',
      body: Buffer.from([1, 2, 3, 250]),
    };
    const bytes = encodeAnswer(answer);
    expect(decodeAnswer(bytes)).toEqual(answer);
    expect(decodeAnswer(bytes.subarray(0, 3))).toBeUndefined();
    expect(decodeAnswer(Buffer.concat([Buffer.from([0, 0, 0, 5]), Buffer.from('nope!')]))).toBeUndefined();
  });
});

describe('responseCacheConfig', () => {
  it('is on with 64 MB in this process by default', () => {
    expect(responseCacheConfig({})).toEqual({ enabled: true, maxBytes: 64 * 2 ** 20, redisUrl: null });
    expect(responseCacheConfig({ RESPONSE_CACHE: 'off', CACHE_MAX_MB: '8', CACHE_URL: 'redis://127.0.0.1:6379' })).toEqual({
      enabled: false,
      maxBytes: 8 * 2 ** 20,
      redisUrl: 'redis://127.0.0.1:6379',
    });
  });

  it('stops startup naming the variable', () => {
    expect(() => responseCacheConfig({ RESPONSE_CACHE: 'ja' })).toThrow(/RESPONSE_CACHE/);
    expect(() => responseCacheConfig({ CACHE_MAX_MB: '0' })).toThrow(/CACHE_MAX_MB/);
    expect(() => responseCacheConfig({ CACHE_URL: 'http://x' })).toThrow(/CACHE_URL/);
  });
});
