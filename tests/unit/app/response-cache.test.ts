import {
  bodyFor,
  bypassReason,
  cacheKey,
  decodeAnswer,
  encodeAnswer,
  entryBytes,
  isCompressible,
  isCurrent,
  keepUntil,
  keptHeaders,
  negotiateEncoding,
  redisEntryBytes,
  requestLocale,
  responseCacheConfig,
  servedCacheControl,
  unkeyedReason,
  type CachedAnswer,
} from '../../../src/http/response-cache/rules';

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
  it('keys on locale, host and the whole URL, by a hash of 43 characters whatever their length', () => {
    const base = { origin: 'https://blog.example', url: '/api/articles?locale=de', locale: 'de' };
    const keys = [
      cacheKey(base),
      cacheKey({ ...base, origin: 'https://other' }),
      cacheKey({ ...base, url: '/api/articles?locale=en' }),
      cacheKey({ ...base, locale: 'en' }),
      // The parts cannot run into each other.
      cacheKey({ origin: 'https://blog.example/api', url: '/articles?locale=de', locale: 'de' }),
      cacheKey({ ...base, url: `/api/articles?x=${'a'.repeat(15_000)}` }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(cacheKey(base)).toBe(cacheKey({ ...base }));
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keys no URL longer than the configured length and no Host longer than a DNS name with a port', () => {
    const host = 'blog.example.org';
    expect(unkeyedReason({ url: `/api/articles?x=${'a'.repeat(2048 - 16)}`, host }, 2048)).toBeNull();
    expect(unkeyedReason({ url: `/api/articles?x=${'a'.repeat(2048 - 15)}`, host }, 2048)).toBe('long url');
    expect(unkeyedReason({ url: '/', host: `${'h'.repeat(253)}:65535` }, 2048)).toBeNull();
    expect(unkeyedReason({ url: '/', host: `${'h'.repeat(254)}:65535` }, 2048)).toBe('long host');
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
  it('round-trips an answer with every encoding through bytes and refuses damaged ones', () => {
    const answer: CachedAnswer = {
      version: 7,
      validUntil: null,
      maxAge: 300,
      status: 200,
      headers: { 'content-type': 'text/html' },
      bodies: { identity: Buffer.from('<p>hallo</p>'), br: Buffer.from([1, 2, 3, 250]), gzip: Buffer.from([31, 139, 8]) },
    };
    const bytes = encodeAnswer(answer);
    expect(decodeAnswer(bytes)).toEqual(answer);
    const small: CachedAnswer = { ...answer, bodies: { identity: Buffer.from('{}') } };
    expect(decodeAnswer(encodeAnswer(small))).toEqual(small);
    expect(decodeAnswer(bytes.subarray(0, 3))).toBeUndefined();
    expect(decodeAnswer(bytes.subarray(0, bytes.length - 1))).toBeUndefined();
    expect(decodeAnswer(Buffer.concat([bytes, Buffer.from([0])]))).toBeUndefined();
    expect(decodeAnswer(Buffer.concat([Buffer.from([0, 0, 0, 5]), Buffer.from('nope!')]))).toBeUndefined();
    // The format before one entry held every encoding: a miss, not a broken answer.
    const older = Buffer.from(JSON.stringify({ version: 7, validUntil: null, maxAge: 300, status: 200, headers: {}, encoding: 'br' }));
    expect(decodeAnswer(Buffer.concat([Buffer.from([0, 0, 0, older.length]), older, Buffer.from('x')]))).toBeUndefined();
  });
});

describe('one entry per request', () => {
  const answer = (bodies: CachedAnswer['bodies']): CachedAnswer => ({
    version: 1,
    validUntil: null,
    maxAge: 60,
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', etag: 'W/"ed-1-0-abc"' },
    bodies,
  });

  it('sends each client its encoding, or the plain body when none was worth compressing', () => {
    const big = answer({ identity: Buffer.from('plain'), br: Buffer.from('b'), gzip: Buffer.from('g') });
    expect(bodyFor(big, 'br')).toEqual({ encoding: 'br', body: Buffer.from('b') });
    expect(bodyFor(big, 'gzip')).toEqual({ encoding: 'gzip', body: Buffer.from('g') });
    expect(bodyFor(big, 'identity')).toEqual({ encoding: 'identity', body: Buffer.from('plain') });
    const small = answer({ identity: Buffer.from('{}') });
    expect(bodyFor(small, 'br')).toEqual({ encoding: 'identity', body: Buffer.from('{}') });
  });

  it('counts every body, every header, the key and the objects around them', () => {
    const key = cacheKey({ origin: 'https://blog.example', url: '/', locale: 'default' });
    const small = answer({ identity: Buffer.alloc(100) });
    const big = answer({ identity: Buffer.alloc(10_000), br: Buffer.alloc(1_000), gzip: Buffer.alloc(1_500) });
    // Measured on Node 20: 588 bytes of heap for such a small entry.
    expect(entryBytes(key, small)).toBeGreaterThanOrEqual(588);
    expect(entryBytes(key, big) - entryBytes(key, small)).toBe(9_900 + 1_000 + 1_500 + 2 * 128);
    expect(entryBytes(key, { ...small, headers: { ...small.headers, 'x-long': 'v'.repeat(1000) } })).toBe(
      entryBytes(key, small) + 6 + 1000 + 32,
    );
  });

  it('counts what a key costs Redis at least as high as MEMORY USAGE (Redis 7, jemalloc)', () => {
    // Measured with a 55-byte key: value bytes → MEMORY USAGE.
    const measured: Array<[number, number]> = [
      [50, 168],
      [100, 216],
      [300, 424],
      [1000, 1128],
      [1500, 1640],
      [5000, 5224],
      [9000, 10344],
      [20000, 20584],
      [70000, 82024],
      [100000, 114792],
    ];
    for (const [value, usage] of measured) {
      const counted = redisEntryBytes(55, value);
      expect([value, counted >= usage]).toEqual([value, true]);
      expect([value, counted - usage < 200]).toEqual([value, true]);
    }
  });
});

describe('responseCacheConfig', () => {
  it('is on with 64 MB in this process, 64 MB per instance in Redis and URLs up to 2,048 characters by default', () => {
    expect(responseCacheConfig({})).toEqual({
      enabled: true,
      maxBytes: 64 * 2 ** 20,
      redisUrl: null,
      redisMaxBytes: 64 * 2 ** 20,
      maxUrlLength: 2048,
    });
    expect(
      responseCacheConfig({
        RESPONSE_CACHE: 'off',
        CACHE_MAX_MB: '8',
        CACHE_URL: 'redis://127.0.0.1:6379',
        CACHE_REDIS_MAX_MB: ' 16 ',
        CACHE_MAX_URL_LENGTH: '4096',
      }),
    ).toEqual({
      enabled: false,
      maxBytes: 8 * 2 ** 20,
      redisUrl: 'redis://127.0.0.1:6379',
      redisMaxBytes: 16 * 2 ** 20,
      maxUrlLength: 4096,
    });
  });

  it('stops startup naming the variable', () => {
    expect(() => responseCacheConfig({ RESPONSE_CACHE: 'ja' })).toThrow(/RESPONSE_CACHE/);
    for (const bad of ['0', '-1', '1.5', '64MB', '1e3', '1000000'])
      expect(() => responseCacheConfig({ CACHE_MAX_MB: bad })).toThrow(/^CACHE_MAX_MB must be/);
    for (const bad of ['0', 'lots', '2000000'])
      expect(() => responseCacheConfig({ CACHE_REDIS_MAX_MB: bad })).toThrow(/^CACHE_REDIS_MAX_MB must be/);
    for (const bad of ['255', '70000', '2k'])
      expect(() => responseCacheConfig({ CACHE_MAX_URL_LENGTH: bad })).toThrow(/^CACHE_MAX_URL_LENGTH must be/);
    expect(() => responseCacheConfig({ CACHE_URL: 'http://x' })).toThrow(/CACHE_URL/);
  });
});
