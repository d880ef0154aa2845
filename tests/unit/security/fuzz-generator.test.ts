import {
  DEFAULT_FUZZ_SEED,
  FUZZED_PATHS,
  generateFuzzCases,
  mulberry32,
  RawJsonNumber,
  serializeBody,
  type FuzzContext,
} from '../../security/fuzz-generator';

const ctx: FuzzContext = {
  ids: {
    article: 'article0000000000000000a',
    statistic: 'statistic000000000000000',
    study: 'study0000000000000000000',
    bookTip: 'booktip00000000000000000',
    category: 'category0000000000000000',
    tag: 'tag000000000000000000000',
    author: 'author000000000000000000',
  },
  takenSlugs: { article: 'vergeben', study: 'vergeben', category: 'vergeben' },
  takenCategoryName: 'Vergeben',
};

describe('mulberry32', () => {
  it('is repeatable and spreads over [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe('generateFuzzCases', () => {
  const cases = generateFuzzCases(DEFAULT_FUZZ_SEED, 2000, ctx);

  it('gives the same cases for the same seed, other cases for another', () => {
    expect(generateFuzzCases(DEFAULT_FUZZ_SEED, 2000, ctx).map((c) => c.note)).toEqual(cases.map((c) => c.note));
    expect(generateFuzzCases(DEFAULT_FUZZ_SEED + 1, 2000, ctx).map((c) => c.note)).not.toEqual(cases.map((c) => c.note));
  });

  it('writes to the five content types with POST and PUT', () => {
    expect(cases).toHaveLength(2000);
    for (const c of cases) {
      expect(['POST', 'PUT']).toContain(c.method);
      expect(FUZZED_PATHS.some((p) => c.path.startsWith(p))).toBe(true);
    }
    for (const p of FUZZED_PATHS) {
      expect(cases.filter((c) => c.method === 'POST' && c.path.startsWith(p)).length).toBeGreaterThan(100);
      expect(cases.filter((c) => c.method === 'PUT' && c.path.startsWith(`${p}/`)).length).toBeGreaterThan(50);
    }
  });

  it('covers every kind of bad input the issue names', () => {
    const notes = cases.map((c) => `${c.kind} ${c.note}`).join('\n');
    for (const expected of [
      /for a text/, // wrong types
      /far over the limit|characters: over the 1 MB body limit/, // huge strings
      /deep-json .*nested (1000|5000|50000) deep/, // deep JSON
      /unknown-field/, // unknown fields
      /unknown documentId/, // invalid relations
      /numeric id instead of documentId|negative number|object without documentId/,
      /"NaN" for a number|1e309|2\^53\+1|-0|percent 101/, // boundary numbers
      /30 February|month 13/, // invalid dates
      /unknown value|wrong case/, // invalid enums
      /unknown component|block without __component/, // invalid dynamic-zone blocks
      /NUL character/,
      /^body /m,
      /^query /m,
      /^put-unknown /m,
    ]) {
      expect(notes).toMatch(expected);
    }
    expect(cases.filter((c) => c.kind === 'huge-body').length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.kind === 'huge-body').length).toBeLessThanOrEqual(30);
  });

  it('serialises raw numbers that JSON.stringify cannot write', () => {
    expect(serializeBody({ data: { a: new RawJsonNumber('1e309'), b: new RawJsonNumber('-0'), c: 'x' } })).toBe(
      '{"data":{"a":1e309,"b":-0,"c":"x"}}',
    );
    expect(JSON.parse(serializeBody({ v: new RawJsonNumber('9007199254740993') })).v).toBe(2 ** 53);
    for (const c of cases) if (c.raw === undefined && !c.multipart) expect(() => JSON.parse(serializeBody(c.body))).not.toThrow();
  });
});
