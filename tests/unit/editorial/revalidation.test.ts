import {
  formatEntityTag,
  isTagCurrent,
  isTagGenuine,
  parseEntityTags,
  readerCacheControl,
} from '../../../src/plugins/editorial/server/src/domain/revalidation';
import { VersionedCache } from '../../../src/plugins/editorial/server/src/cache/versioned-cache';

const SIGNING = { secret: 'editorial-etag:testKeyA,testKeyB', request: '/api/articles?locale=de\n' };
const NOW = Date.UTC(2026, 10, 28);

/** A tag as a client would send it back: the header text parsed. */
const sentBack = (header: string) => {
  const [tag] = parseEntityTags(header);
  if (!tag) throw new Error(`not one of our tags: ${header}`);
  return tag;
};

describe('revalidation tags', () => {
  it('round-trips version and lifetime through the header', () => {
    const tag = { version: 4711, validUntil: Date.UTC(2027, 0, 1) };
    const header = formatEntityTag(tag, SIGNING);
    expect(header).toMatch(/^W\/"ed-[0-9a-z]+-[0-9a-z]+-[A-Za-z0-9_-]{22}"$/);
    expect(sentBack(header)).toMatchObject(tag);
    expect(sentBack(formatEntityTag({ ...tag, validUntil: null }, SIGNING))).toMatchObject({ ...tag, validUntil: null });
    expect(isTagGenuine(sentBack(header), SIGNING)).toBe(true);
  });

  it('finds our tags in a list and ignores foreign, wildcard and malformed ones', () => {
    const ours = formatEntityTag({ version: 2, validUntil: null }, SIGNING);
    expect(parseEntityTags(`"abc", *, W/"xyz", ${ours}, "ed-zz-"`)).toHaveLength(1);
    expect(parseEntityTags(undefined)).toEqual([]);
    expect(parseEntityTags('')).toEqual([]);
    expect(parseEntityTags(`${ours} `.repeat(1000))).toEqual([]);
    expect(parseEntityTags('"ed-1-0-<script>"')).toEqual([]);
  });

  it('is current only for the same version and request, before its lifetime ends', () => {
    const tag = sentBack(formatEntityTag({ version: 7, validUntil: NOW + 1000 }, SIGNING));
    expect(isTagCurrent(tag, { ...SIGNING, version: 7, now: NOW })).toBe(true);
    expect(isTagCurrent(tag, { ...SIGNING, version: 8, now: NOW })).toBe(false);
    expect(isTagCurrent(tag, { ...SIGNING, request: '/api/articles?locale=en\n', version: 7, now: NOW })).toBe(false);
    expect(isTagCurrent(tag, { ...SIGNING, request: '/api/articles?locale=de\nBearer abc', version: 7, now: NOW })).toBe(false);
    expect(isTagCurrent(tag, { ...SIGNING, secret: 'editorial-etag:otherKey', version: 7, now: NOW })).toBe(false);
    expect(isTagCurrent(tag, { ...SIGNING, version: 7, now: NOW + 1000 })).toBe(false);
    const forever = sentBack(formatEntityTag({ version: 7, validUntil: null }, SIGNING));
    expect(isTagCurrent(forever, { ...SIGNING, version: 7, now: NOW + 10 ** 12 })).toBe(true);
  });

  describe('the signature covers every part of the tag', () => {
    const genuine = formatEntityTag({ version: 7, validUntil: NOW + 60_000 }, SIGNING);
    const [, version, until, signature] = /^W\/"ed-([0-9a-z]+)-([0-9a-z]+)-([A-Za-z0-9_-]+)"$/.exec(genuine)!;
    const forgeries: Array<[string, string]> = [
      ['valid until "never"', `W/"ed-${version}-0-${signature}"`],
      ['valid until the largest moment the format holds', `W/"ed-${version}-zzzzzzzzzzzz-${signature}"`],
      ['valid until an hour later', `W/"ed-${version}-${(NOW + 3_600_000).toString(36)}-${signature}"`],
      ['another version', `W/"ed-${(8).toString(36)}-${until}-${signature}"`],
      ['the same numbers spelt with leading zeros', `W/"ed-0${version}-0${until}-${signature}"`],
      ['a made-up signature', `W/"ed-${version}-${until}-${'A'.repeat(22)}"`],
      [
        'one character of the signature changed',
        `W/"ed-${version}-${until}-${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}"`,
      ],
    ];

    it('a genuine tag is current', () => {
      expect(isTagCurrent(sentBack(genuine), { ...SIGNING, version: 7, now: NOW })).toBe(true);
    });

    it.each(forgeries)('%s is not', (_name, header) => {
      const tag = sentBack(header);
      expect(isTagGenuine(tag, SIGNING)).toBe(false);
      // Even at a moment and version the edited values would make "current".
      expect(isTagCurrent(tag, { ...SIGNING, version: tag.version, now: NOW })).toBe(false);
    });
  });

  it('never writes a real moment as 0 ("never")', () => {
    expect(sentBack(formatEntityTag({ version: 1, validUntil: 0 }, SIGNING)).validUntil).toBe(1);
  });

  it('cuts the readers\u2019 max age short at the next change', () => {
    expect(readerCacheControl(300, null, NOW)).toBe('public, max-age=300');
    expect(readerCacheControl(300, NOW + 42_500, NOW)).toBe('public, max-age=42');
    expect(readerCacheControl(300, NOW - 5, NOW)).toBe('public, max-age=0');
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
