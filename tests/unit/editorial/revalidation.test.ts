import { formatEntityTag, isTagCurrent, parseEntityTags, readerCacheControl } from '../../../src/plugins/editorial/server/src/domain/revalidation';
import { VersionedCache } from '../../../src/plugins/editorial/server/src/enrichment/versioned-cache';

const KEY = 'AbCdEfGhIjKlMnOpQrStUv';

describe('revalidation tags', () => {
  it('round-trips version, lifetime and request key through the header', () => {
    const tag = { version: 4711, validUntil: Date.UTC(2027, 0, 1), requestKey: KEY };
    const header = formatEntityTag(tag);
    expect(header).toMatch(/^W\/"ed-[0-9a-z]+-[0-9a-z]+-[A-Za-z0-9_-]+"$/);
    expect(parseEntityTags(header)).toEqual([tag]);
    expect(parseEntityTags(formatEntityTag({ ...tag, validUntil: null }))).toEqual([{ ...tag, validUntil: null }]);
  });

  it('finds our tags in a list and ignores foreign, wildcard and malformed ones', () => {
    const ours = formatEntityTag({ version: 2, validUntil: null, requestKey: KEY });
    expect(parseEntityTags(`"abc", *, W/"xyz", ${ours}, "ed-zz-"`)).toHaveLength(1);
    expect(parseEntityTags(undefined)).toEqual([]);
    expect(parseEntityTags('')).toEqual([]);
    expect(parseEntityTags(`"ed-1-0-${KEY}" `.repeat(1000))).toEqual([]);
    expect(parseEntityTags('"ed-1-0-<script>"')).toEqual([]);
  });

  it('is current only for the same version and request, before its lifetime ends', () => {
    const now = Date.UTC(2026, 10, 28);
    const tag = { version: 7, validUntil: now + 1000, requestKey: KEY };
    expect(isTagCurrent(tag, { version: 7, requestKey: KEY, now })).toBe(true);
    expect(isTagCurrent(tag, { version: 8, requestKey: KEY, now })).toBe(false);
    expect(isTagCurrent(tag, { version: 7, requestKey: 'other-key-0000000000', now })).toBe(false);
    expect(isTagCurrent(tag, { version: 7, requestKey: KEY, now: now + 1000 })).toBe(false);
    expect(isTagCurrent({ ...tag, validUntil: null }, { version: 7, requestKey: KEY, now: now + 10 ** 12 })).toBe(true);
  });

  it('cuts the readers\u2019 max age short at the next change', () => {
    const now = Date.UTC(2026, 10, 28);
    expect(readerCacheControl(300, null, now)).toBe('public, max-age=300');
    expect(readerCacheControl(300, now + 42_500, now)).toBe('public, max-age=42');
    expect(readerCacheControl(300, now - 5, now)).toBe('public, max-age=0');
  });
});

describe('VersionedCache', () => {
  it('serves entries of the current version until their own time limit', () => {
    const cache = new VersionedCache<{ validUntil: number | null; value: string }>(10);
    cache.set(1, 'a', { validUntil: 100, value: 'A' });
    cache.set(1, 'b', { validUntil: null, value: 'B' });
    expect(cache.get(1, 'a', 99)?.value).toBe('A');
    expect(cache.get(1, 'a', 100)).toBeUndefined();
    expect(cache.get(1, 'b', 10 ** 12)?.value).toBe('B');
    expect(cache.get(2, 'b', 0)).toBeUndefined();
  });

  it('drops everything on a newer version and never stores for an older one', () => {
    const cache = new VersionedCache<{ validUntil: number | null }>(10);
    cache.set(5, 'a', { validUntil: null });
    cache.set(6, 'b', { validUntil: null });
    expect(cache.get(6, 'a', 0)).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.set(5, 'c', { validUntil: null });
    expect(cache.get(5, 'c', 0)).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('stays within its size limit', () => {
    const cache = new VersionedCache<{ validUntil: number | null }>(3);
    for (let i = 0; i < 10; i += 1) cache.set(1, `k${i}`, { validUntil: null });
    expect(cache.size).toBeLessThanOrEqual(3);
    expect(cache.get(1, 'k9', 0)).toBeDefined();
  });
});
