/**
 * Malformed and hostile REST writes, generated from a seed (mulberry32), so a failing run
 * repeats exactly with `FUZZ_SEED=<seed>`. Each case starts from a valid body of a content
 * type (or an existing document for PUT) and breaks it in one way that must be refused:
 * wrong JSON types, strings over the limit or over the body limit, nesting 1 000 to
 * 50 000 deep, unknown fields (also `constructor`, `__proto__`), invalid relations
 * (unknown documentIds, numbers, objects, too many), boundary numbers (NaN strings,
 * 1e309, -0, 2^53+1, percent 101), invalid dates, enums and dynamic-zone blocks, NUL
 * characters, unknown locales, broken JSON and wrong content types.
 *
 * Pure: no clock, no Math.random; the same seed and context give the same cases.
 */

/** A tiny seeded PRNG (mulberry32): floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_FUZZ_SEED = 20240806;

/** A number JSON.stringify cannot write (1e309, -0, 2^53+1): sent as this literal text. */
export class RawJsonNumber {
  constructor(readonly text: string) {}
  toJSON() {
    return `@@raw:${this.text}@@`;
  }
}
const raw = (text: string) => new RawJsonNumber(text);

/** The request body as sent: JSON with raw number literals spliced in. */
export function serializeBody(body: unknown): string {
  return (JSON.stringify(body) ?? '').replace(/"@@raw:([^@"]*)@@"/g, '$1');
}

export interface FuzzContext {
  /** A published document per type: PUT targets and valid relation targets. */
  ids: { article: string; statistic: string; study: string; bookTip: string; category: string; tag: string; author: string };
  /** Slugs already taken (German): a second document may not use them. */
  takenSlugs: { article: string; study: string; category: string };
  /** A category name already taken (the field is unique). */
  takenCategoryName: string;
}

export interface FuzzCase {
  n: number;
  kind: string;
  method: 'POST' | 'PUT';
  path: string;
  /** JSON body (may hold RawJsonNumber values); ignored when `raw` or `multipart` is set. */
  body?: unknown;
  /** The body text exactly as sent. */
  raw?: string;
  /** Form fields of a multipart body. */
  multipart?: Record<string, string>;
  contentType?: string;
  /** Why the request must be refused. */
  note: string;
}

type Rng = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  id: () => string;
};

function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    id: () => Array.from({ length: 24 }, () => alphabet[int(0, alphabet.length - 1)]).join(''),
  };
}

// ---------------------------------------------------------------------------------------
// Bad values by kind of field. Each returns [value, note].

type Bad = [unknown, string];
/** A choice, or a function making it: big values are only built when picked. */
type Choice = Bad | (() => Bad);
const choose = (r: Rng, choices: readonly Choice[]): Bad => {
  const choice = r.pick(choices);
  return typeof choice === 'function' ? choice() : choice;
};

const WRONG_TYPES_FOR_TEXT: Bad[] = [
  [42, 'number for a text'],
  [-1.5, 'number for a text'],
  [true, 'boolean for a text'],
  [{}, 'object for a text'],
  [{ toString: 1 }, 'object with a non-callable toString'],
  [{ $ne: null }, 'operator object for a text'],
  [['a', 'b'], 'array for a text'],
  [[], 'empty array for a text'],
];

const WRONG_TYPES_FOR_NUMBER: Bad[] = [
  ['12', 'numeric string for a number'],
  ['zwölf', 'word for a number'],
  ['NaN', '"NaN" for a number'],
  ['Infinity', '"Infinity" for a number'],
  ['1e309', '"1e309" for a number'],
  [true, 'boolean for a number'],
  [{}, 'object for a number'],
  [{ valueOf: 1, toString: 1 }, 'object whose conversion throws'],
  [[1], 'array for a number'],
  [raw('1e309'), '1e309 (Infinity after parsing)'],
  [raw('-1e309'), '-1e309 (-Infinity after parsing)'],
];

const BAD_DATES: Bad[] = [
  ['2014-02-30', '30 February'],
  ['2014-13-01', 'month 13'],
  ['2020-00-10', 'month 0'],
  ['2020-01-32', 'day 32'],
  ['0000-00-00', 'zero date'],
  ['9999-99-99', 'nonsense date'],
  ['gestern', 'a word'],
  ['01.02.2014', 'German notation'],
  ['2014-2-1', 'unpadded'],
  [20140201, 'number'],
  [raw('-0'), '-0'],
  [true, 'boolean'],
  [{ $gt: '2014-01-01' }, 'operator object'],
  [[], 'array'],
];

const BAD_DATE_TIMES: Bad[] = [
  ['not-a-date', 'a word'],
  ['2014-02-30T10:00:00.000Z', '30 February'],
  ['2014-13-01T00:00:00.000Z', 'month 13'],
  ['2014-03-04T25:00:00Z', 'hour 25'],
  ['2014-03-04T10:61:00Z', 'minute 61'],
  ['', 'empty string'],
  [raw('1e309'), '1e309'],
  [true, 'boolean'],
  [{}, 'object'],
  [['2014-03-04T00:00:00.000Z'], 'array'],
];

function badEnum(r: Rng, allowed: readonly string[]): Bad {
  const first = allowed[0];
  return r.pick<Bad>([
    ['fresh', 'unknown value'],
    ['', 'empty string'],
    [first.toUpperCase(), 'wrong case'],
    [` ${first}`, 'leading space'],
    [`${first} `, 'trailing space'],
    [`${first}\u0000`, 'NUL character'],
    [42, 'number'],
    [true, 'boolean'],
    [[first], 'array'],
    [{ $eq: first }, 'operator object'],
    ['évergreen', 'lookalike'],
  ]);
}

function badRelation(r: Rng, targetId: string, many: boolean, targetLocalized: boolean): Bad {
  const unknown = r.id();
  const options: Choice[] = [
    [unknown, 'unknown documentId'],
    [[unknown, r.id()], 'unknown documentIds'],
    [0, 'number 0'],
    [-1, 'negative number'],
    [1, 'numeric id instead of documentId'],
    [1.5, 'fraction'],
    [99999999, 'large number'],
    [raw('9007199254740993'), '2^53+1'],
    [true, 'boolean'],
    [false, 'boolean false'],
    ['', 'empty string'],
    ['x y', 'documentId with a space'],
    ['<script>', 'markup as documentId'],
    ['a'.repeat(65), 'documentId too long'],
    [{}, 'empty object'],
    [{ foo: 'bar' }, 'object without documentId'],
    [{ name: 'Studien' }, 'object with an attribute name of the target'],
    [{ id: 1 }, 'numeric id object'],
    [{ documentId: 123 }, 'documentId as number'],
    [{ documentId: {} }, 'documentId as object'],
    [{ documentId: targetId, locale: 5 }, 'locale as number'],
    [{ documentId: targetId, status: 'archived' }, 'unknown status of the target'],
    [{ documentId: targetId, extra: true }, 'unknown key next to documentId'],
    [{ connect: [null] }, 'connect null'],
    [{ connect: [{}] }, 'connect empty object'],
    [{ connect: [{ documentId: unknown }] }, 'connect unknown documentId'],
    [{ connect: 5 }, 'connect a number'],
    [{ set: {} }, 'set an object'],
    [{ disconnect: 'x y' }, 'disconnect a malformed id'],
    [{ connect: [targetId], foo: 1 }, 'unknown key next to connect'],
    [{ connect: [targetId], options: { strict: 'yes' } }, 'options.strict not a boolean'],
    [[null], 'array with null'],
    [[{}], 'array with an empty object'],
    [[[targetId]], 'nested array'],
    () => [Array.from({ length: 150 }, () => r.id()), '150 targets'],
    () => [Array.from({ length: 5000 }, (_, i) => `${unknown.slice(0, 18)}${String(i).padStart(6, '0')}`), '5000 targets'],
  ];
  // A locale is ignored for targets without locales, so only localized targets can have a wrong one.
  if (targetLocalized) options.push([{ documentId: targetId, locale: 'fr' }, 'unknown locale of the target']);
  if (many) {
    options.push([{ connect: [{ documentId: targetId, position: { before: unknown } }] }, 'position before an unknown document']);
    options.push([{ connect: [{ documentId: targetId, position: { after: 5 } }] }, 'position after a number']);
  }
  return choose(r, options);
}

function badMedia(r: Rng): Bad {
  return r.pick<Bad>([
    [0, 'file id 0'],
    [-1, 'negative file id'],
    [1.5, 'fraction'],
    [987654, 'unknown file id'],
    [true, 'boolean'],
    [{}, 'empty object'],
    [{ id: 'x' }, 'id as text'],
    [{ url: 'javascript:alert(1)' }, 'url object'],
    [[1, 2], 'array for a single file'],
    ['../../etc/passwd', 'path'],
  ]);
}

function badRichText(r: Rng): Bad {
  const text = { type: 'text', text: 'x' };
  return r.pick<Bad>([
    ['Fließtext', 'text instead of blocks'],
    [{}, 'object instead of blocks'],
    [[null], 'null node'],
    [[1], 'number node'],
    [[{}], 'node without type'],
    [[{ type: 'paragraph' }], 'paragraph without children'],
    [[{ type: 'paragraph', children: [] }], 'paragraph with no children'],
    [[{ type: 'paragraph', children: [null] }], 'null child'],
    [[{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }], 'text as number'],
    [[{ type: 'script', children: [text] }], 'unknown node type'],
    [[{ type: 'heading', level: 7, children: [text] }], 'heading level 7'],
    [[{ type: 'heading', level: '1', children: [text] }], 'heading level as text'],
    [[{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text] }] }], 'javascript link'],
    [[{ type: 'paragraph', children: [{ type: 'link', url: 5, children: [text] }] }], 'link url as number'],
    [[{ type: 'list', format: 'zigzag', children: [{ type: 'list-item', children: [text] }] }], 'unknown list format'],
    [[{ type: 'image', image: { url: 'javascript:alert(1)' }, children: [text] }], 'image without its fields'],
    [[{ type: 'paragraph', children: 'x' }], 'children as text'],
  ]);
}

/** A rich-text list nested `levels` deep: JSON nesting far beyond the limit. */
function deepList(levels: number): unknown {
  let node: unknown = { type: 'list-item', children: [{ type: 'text', text: 'tief' }] };
  for (let i = 0; i < levels; i += 1) node = { type: 'list', format: 'unordered', children: [node] };
  return [node];
}

function badBlocks(r: Rng, ctx: FuzzContext): Bad {
  const quote = (extra: Record<string, unknown>) => [{ __component: 'blocks.quote', text: 'Zitat', ...extra }];
  return choose(r, [
    ['Blöcke', 'text instead of a list'],
    [{ __component: 'blocks.quote', text: 'x' }, 'one block without a list'],
    [42, 'number'],
    [[null], 'null block'],
    [[1], 'number block'],
    [['blocks.quote'], 'string block'],
    [[[]], 'nested list'],
    [[{}], 'block without __component'],
    [[{ __component: 'blocks.unknown' }], 'unknown component'],
    [[{ __component: 'api::article.article', title: 'x' }], 'content type as component'],
    [[{ __component: '' }], 'empty __component'],
    [[{ __component: 5 }], '__component as number'],
    [[{ __component: 'blocks.quote' }], 'quote without its required text'],
    [quote({ text: 'x'.repeat(2001) }), 'quote text over 2000 characters'],
    [quote({ text: 5 }), 'quote text as number'],
    [quote({ unknownField: 1 }), 'unknown field in a block'],
    [quote({ constructor: 'x' }), 'constructor key in a block'],
    [quote({ id: 'x' }), 'block id as text'],
    [quote({ id: -1 }), 'negative block id'],
    [[{ __component: 'blocks.study-stat', display: 'grid' }], 'unknown display'],
    [[{ __component: 'blocks.study-stat', statistics: [r.id()] }], 'unknown statistic'],
    [[{ __component: 'blocks.study-stat', statistics: 5 }], 'statistics as number'],
    [[{ __component: 'blocks.study-stat', statistics: [{ foo: ctx.ids.statistic }] }], 'statistic object without documentId'],
    [[{ __component: 'blocks.study-stat', heading: 'x'.repeat(201) }], 'heading over 200 characters'],
    [[{ __component: 'blocks.book-tip', bookTips: [{ id: 1 }] }], 'book tip by numeric id'],
    [[{ __component: 'blocks.book-tip', bookTips: true }], 'book tips as boolean'],
    [[{ __component: 'blocks.rich-text' }], 'rich text without its required body'],
    () => {
      const [richText, richNote] = badRichText(r);
      return [[{ __component: 'blocks.rich-text', body: richText }], `rich text: ${richNote}`];
    },
    () => [[{ __component: 'blocks.rich-text', body: deepList(40) }], 'rich text nested 40 lists deep'],
    () => [Array.from({ length: 201 }, () => ({ __component: 'blocks.quote', text: 'x' })), '201 blocks'],
  ]);
}

// ---------------------------------------------------------------------------------------
// The content types under test.

interface Field {
  name: string;
  bad: (r: Rng, ctx: FuzzContext) => Bad;
}

interface TypeSpec {
  plural: string;
  localized: boolean;
  valid: (n: number, ctx: FuzzContext) => Record<string, unknown>;
  putTarget: (ctx: FuzzContext) => string;
  fields: Field[];
}

const textField = (name: string, maxLength: number, extra: (r: Rng, ctx: FuzzContext) => Bad[] = () => []): Field => ({
  name,
  bad: (r, ctx) =>
    choose(r, [
      ...WRONG_TYPES_FOR_TEXT,
      () => [`${'x'.repeat(maxLength)}y`, `${maxLength + 1} characters (max ${maxLength})`],
      () => ['ä'.repeat(maxLength + 1), `${maxLength + 1} umlauts`],
      () => ['x'.repeat(maxLength + 1 + r.int(0, 5000)), 'far over the limit'],
      [`vor\u0000nach`, 'NUL character'],
      ...extra(r, ctx),
    ]),
});

const requiredText = (name: string, maxLength: number) => {
  const field = textField(name, maxLength);
  return { name, bad: (r: Rng, ctx: FuzzContext): Bad => (r.chance(0.15) ? [null, 'null for a required field'] : field.bad(r, ctx)) };
};

const slugField = (taken: (ctx: FuzzContext) => string): Field =>
  textField('slug', 200, (r, ctx) => [
    ['Ungültig Slug!', 'not a slug'],
    ['a--b', 'double hyphen'],
    ['-anfang', 'leading hyphen'],
    ['GROSS', 'upper case'],
    ['über', 'umlaut'],
    [taken(ctx), 'slug taken by another document'],
    [false, 'false'],
    [0, 'zero'],
  ]);

const linkField = (name: string): Field =>
  textField(name, 2048, () => [
    ['javascript:alert(1)', 'javascript URL'],
    ['JaVaScRiPt:alert(1)', 'javascript URL, mixed case'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data URL'],
    ['ftp://example.org/datei', 'ftp URL'],
    ['example.org', 'no scheme'],
    ['/relativ', 'relative path'],
    ['http://', 'no host'],
    [' https://example.org', 'leading space'],
    ['https://exa mple.org', 'space in host'],
  ]);

const integerField = (name: string, outOfRange: Bad[]): Field => ({
  name,
  bad: (r) =>
    r.pick<Bad>([
      ...WRONG_TYPES_FOR_NUMBER,
      ...outOfRange,
      [1.5, 'fraction'],
      [2147483648, '2^31 (over the integer column)'],
      [-2147483649, '-2^31-1 (under the integer column)'],
      [raw('9007199254740993'), '2^53+1'],
    ]),
});

const monthsField = integerField('outdatedAfterMonths', [
  [0, '0 months'],
  [241, '241 months'],
  [-1, 'negative months'],
  [raw('-0'), '-0 months'],
]);

const enumField = (name: string, allowed: readonly string[]): Field => ({ name, bad: (r) => badEnum(r, allowed) });
const relationField = (name: string, target: (ctx: FuzzContext) => string, many: boolean, targetLocalized: boolean): Field => ({
  name,
  bad: (r, ctx) => badRelation(r, target(ctx), many, targetLocalized),
});

const TYPES: TypeSpec[] = [
  {
    plural: 'articles',
    localized: true,
    valid: (n) => ({ title: `Fuzz-Artikel ${n}`, excerpt: 'Kurz.', freshness: 'auto' }),
    putTarget: (ctx) => ctx.ids.article,
    fields: [
      requiredText('title', 200),
      slugField((ctx) => ctx.takenSlugs.article),
      textField('excerpt', 600),
      textField('metaTitle', 70),
      textField('metaDescription', 170),
      enumField('freshness', ['auto', 'evergreen', 'archived']),
      monthsField,
      { name: 'originallyPublishedAt', bad: (r) => r.pick(BAD_DATE_TIMES) },
      { name: 'lastReviewedAt', bad: (r) => r.pick(BAD_DATE_TIMES) },
      relationField('category', (ctx) => ctx.ids.category, false, false),
      relationField('author', (ctx) => ctx.ids.author, false, false),
      relationField('tags', (ctx) => ctx.ids.tag, true, false),
      relationField('related', (ctx) => ctx.ids.article, true, true),
      { name: 'cover', bad: (r) => badMedia(r) },
      { name: 'blocks', bad: (r, ctx) => badBlocks(r, ctx) },
      { name: 'blocks', bad: (r, ctx) => badBlocks(r, ctx) },
    ],
  },
  {
    plural: 'statistics',
    localized: true,
    valid: (n, ctx) => ({ label: `Fuzz-Wert ${n}`, value: 10, unit: 'percent', qualifier: 'exact', study: ctx.ids.study }),
    putTarget: (ctx) => ctx.ids.statistic,
    fields: [
      requiredText('label', 300),
      textField('note', 1000),
      enumField('unit', ['percent', 'count', 'share']),
      enumField('qualifier', ['exact', 'approximately', 'atMost', 'atLeast']),
      integerField('base', [
        [0, 'base 0'],
        [-3, 'negative base'],
        [raw('-0'), 'base -0'],
      ]),
      {
        name: 'value',
        bad: (r) =>
          r.pick<Bad>([
            ...WRONG_TYPES_FOR_NUMBER,
            [null, 'null for the required value'],
            [101, 'percent 101'],
            [100.01, 'percent 100.01'],
            [-0.01, 'percent -0.01'],
            [-1, 'negative percent'],
            [raw('9007199254740993'), '2^53+1 (over decimal(10,2))'],
            [100000000, '10^8 (over decimal(10,2))'],
            [raw('-1e308'), '-1e308'],
          ]),
      },
      relationField('study', (ctx) => ctx.ids.study, false, true),
      { name: 'study', bad: (): Bad => [null, 'a statistic without its study'] },
    ],
  },
  {
    plural: 'studies',
    localized: true,
    valid: (n) => ({ title: `Fuzz-Studie ${n}`, publishedOn: '2020-01-01', publishedOnPrecision: 'day', sampleSize: 100 }),
    putTarget: (ctx) => ctx.ids.study,
    fields: [
      requiredText('title', 250),
      slugField((ctx) => ctx.takenSlugs.study),
      textField('publisher', 200),
      textField('fieldworkPeriod', 120),
      textField('population', 1000),
      textField('methodology', 4000),
      linkField('sourceUrl'),
      { name: 'publishedOn', bad: (r): Bad => (r.chance(0.1) ? ['2999-01-01', 'a date in the future'] : r.pick(BAD_DATES)) },
      enumField('publishedOnPrecision', ['day', 'month', 'year']),
      integerField('sampleSize', [
        [0, 'sample size 0'],
        [-5, 'negative sample size'],
        [raw('-0'), 'sample size -0'],
      ]),
      {
        name: 'representative',
        bad: (r) =>
          r.pick<Bad>([
            ['true', 'text "true"'],
            [1, 'number 1'],
            [0, 'number 0'],
            ['ja', 'word'],
            [{}, 'object'],
            [[true], 'array'],
          ]),
      },
      relationField('supersededBy', (ctx) => ctx.ids.study, false, true),
      relationField('statistics', (ctx) => ctx.ids.statistic, true, true),
    ],
  },
  {
    plural: 'book-tips',
    localized: true,
    valid: (n) => ({ title: `Fuzz-Buch ${n}`, authors: 'A. Autorin', year: 2020 }),
    putTarget: (ctx) => ctx.ids.bookTip,
    fields: [
      requiredText('title', 250),
      requiredText('authors', 300),
      textField('publisher', 200),
      textField('recommendation', 4000),
      textField('isbn', 20, () => [
        ['978-3-16-148410-1', 'wrong ISBN-13 check digit'],
        ['3-16-148410-1', 'wrong ISBN-10 check digit'],
        ['abc', 'letters'],
        ['123', 'too short'],
      ]),
      linkField('link'),
      integerField('year', [
        [1449, 'year 1449'],
        [2101, 'year 2101'],
        [-2020, 'negative year'],
      ]),
      { name: 'cover', bad: (r) => badMedia(r) },
    ],
  },
  {
    plural: 'categories',
    localized: false,
    valid: (n) => ({ name: `Fuzz-Kategorie ${n}` }),
    putTarget: (ctx) => ctx.ids.category,
    fields: [
      {
        name: 'name',
        bad: (r, ctx) =>
          r.chance(0.2) ? [ctx.takenCategoryName, 'a name another category has (unique)'] : requiredText('name', 100).bad(r, ctx),
      },
      slugField((ctx) => ctx.takenSlugs.category),
      textField('description', 1000),
      monthsField,
      relationField('articles', (ctx) => ctx.ids.article, true, true),
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Whole requests.

const UNKNOWN_KEYS = [
  'foo',
  'id',
  'documentId',
  'createdBy',
  'updatedBy',
  'localizations',
  'constructor',
  'toString',
  'hasOwnProperty',
  '$where',
  'data',
  'title ',
  'Title',
];

function fieldCase(r: Rng, ctx: FuzzContext, n: number, type: TypeSpec, method: 'POST' | 'PUT'): FuzzCase {
  const field = r.pick(type.fields);
  const [value, why] = field.bad(r, ctx);
  const data = method === 'POST' ? { ...type.valid(n, ctx), [field.name]: value } : { [field.name]: value };
  // A share needs a base; test base and value rules in their own unit.
  if (type.plural === 'statistics' && field.name === 'base' && method === 'POST') Object.assign(data, { unit: 'share', value: 1 });
  return {
    n,
    kind: `field:${type.plural}.${field.name}`,
    method,
    path: method === 'POST' ? `/api/${type.plural}` : `/api/${type.plural}/${type.putTarget(ctx)}`,
    body: { data },
    note: `${field.name}: ${why}`,
  };
}

function shareCase(r: Rng, ctx: FuzzContext, n: number): FuzzCase {
  const [data, note] = r.pick<[Record<string, unknown>, string]>([
    [{ unit: 'share', base: 3, value: 4 }, 'share value over its base'],
    [{ unit: 'share', base: 3, value: -1 }, 'negative share'],
    [{ unit: 'share', value: 2 }, 'share without base'],
    [{ unit: 'share', base: 1.5, value: 1 }, 'fractional base'],
    [{ unit: 'count', value: -1 }, 'negative count'],
  ]);
  return {
    n,
    kind: 'rule:statistics.share',
    method: 'POST',
    path: '/api/statistics',
    body: { data: { ...TYPES[1].valid(n, ctx), ...data } },
    note,
  };
}

function unknownFieldCase(r: Rng, ctx: FuzzContext, n: number, type: TypeSpec, method: 'POST' | 'PUT'): FuzzCase {
  const path = method === 'POST' ? `/api/${type.plural}` : `/api/${type.plural}/${type.putTarget(ctx)}`;
  const base = method === 'POST' ? type.valid(n, ctx) : {};
  if (r.chance(0.15)) {
    // `__proto__` only survives as JSON text.
    return {
      n,
      kind: 'unknown-field',
      method,
      path,
      raw: `{"data":${JSON.stringify(base).replace(/}$/, `${Object.keys(base).length ? ',' : ''}"__proto__":{"title":"x"}}`)}}`,
      note: '__proto__ key',
    };
  }
  const key = r.pick(UNKNOWN_KEYS);
  const value = r.pick<unknown>([1, 'x', null, { a: 1 }, [1], true]);
  return { n, kind: 'unknown-field', method, path, body: { data: { ...base, [key]: value } }, note: `unknown key ${JSON.stringify(key)}` };
}

function bodyCase(r: Rng, ctx: FuzzContext, n: number, type: TypeSpec, method: 'POST' | 'PUT'): FuzzCase {
  const path = method === 'POST' ? `/api/${type.plural}` : `/api/${type.plural}/${type.putTarget(ctx)}`;
  const valid = type.valid(n, ctx);
  const kind = 'body';
  const variants: Array<() => FuzzCase> = [
    () => ({ n, kind, method, path, raw: '{"data": {', note: 'truncated JSON' }),
    () => ({ n, kind, method, path, raw: `{data: ${JSON.stringify(valid)}}`, note: 'unquoted key' }),
    () => ({ n, kind, method, path, raw: `{'data': {}}`, note: 'single quotes' }),
    () => ({ n, kind, method, path, raw: `{"data": ${JSON.stringify(valid).replace(/}$/, ',}')}}`, note: 'trailing comma' }),
    () => ({ n, kind, method, path, raw: '{"data": NaN}', note: 'NaN literal' }),
    () => ({ n, kind, method, path, raw: '\u0000', note: 'NUL byte as body' }),
    () => ({ n, kind, method, path, raw: '', note: 'empty body' }),
    () => ({ n, kind, method, path, raw: 'null', note: 'JSON null' }),
    () => ({ n, kind, method, path, raw: '42', note: 'JSON number' }),
    () => ({ n, kind, method, path, raw: '"data"', note: 'JSON string' }),
    () => ({ n, kind, method, path, raw: 'true', note: 'JSON true' }),
    () => ({ n, kind, method, path, body: [{ data: valid }], note: 'array body' }),
    () => ({ n, kind, method, path, body: valid, note: 'fields without the data wrapper' }),
    () => ({ n, kind, method, path, body: { data: 'x' }, note: 'data as text' }),
    () => ({ n, kind, method, path, body: { data: [valid] }, note: 'data as array' }),
    () => ({ n, kind, method, path, body: { data: null }, note: 'data null' }),
    () => ({ n, kind, method, path, body: { data: 5 }, note: 'data as number' }),
    () => ({ n, kind, method, path, body: {}, note: 'empty object' }),
    () => ({ n, kind, method, path, body: { dat: valid }, note: 'misspelt data' }),
    () => ({ n, kind, method, path, raw: JSON.stringify({ data: valid }), contentType: 'text/plain', note: 'JSON sent as text/plain' }),
    () => ({ n, kind, method, path, raw: '<data><title>x</title></data>', contentType: 'application/xml', note: 'XML' }),
    () => ({
      n,
      kind,
      method,
      path,
      raw: 'data=kein-json',
      contentType: 'application/x-www-form-urlencoded',
      note: 'form field data as text',
    }),
    () => ({
      n,
      kind,
      method,
      path,
      raw: 'data[title][$ne]=x',
      contentType: 'application/x-www-form-urlencoded',
      note: 'form with an operator object',
    }),
    () => ({ n, kind, method, path, multipart: { data: JSON.stringify(valid) }, note: 'multipart with data as a text field' }),
  ];
  return r.pick(variants)();
}

function deepCase(r: Rng, ctx: FuzzContext, n: number, type: TypeSpec, method: 'POST' | 'PUT'): FuzzCase {
  const path = method === 'POST' ? `/api/${type.plural}` : `/api/${type.plural}/${type.putTarget(ctx)}`;
  const depth = r.pick([1000, 1000, 5000, 50000]);
  const field = r.pick(type.fields).name;
  const nested = r.chance(0.5) ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  return { n, kind: 'deep-json', method, path, raw: `{"data":{"${field}":${nested}}}`, note: `${field} nested ${depth} deep` };
}

function queryCase(r: Rng, ctx: FuzzContext, n: number, type: TypeSpec, method: 'POST' | 'PUT'): FuzzCase {
  const base = method === 'POST' ? `/api/${type.plural}` : `/api/${type.plural}/${type.putTarget(ctx)}`;
  const queries: Array<[string, string]> = [
    ['status=archived', 'unknown status'],
    ['status[$ne]=draft', 'status as an object'],
    ['populate[createdBy]=true', 'populating a private field'],
    ['fields[0]=createdBy', 'selecting a private field'],
    ['unbekannt=1', 'unknown query parameter'],
    ['filters[title][$foo]=x', 'unknown operator'],
  ];
  if (type.localized) {
    queries.push(
      ['locale=fr', 'a locale the blog does not have'],
      ['locale=xx-YY', 'unknown locale'],
      ['locale[0]=de&locale[1]=en', 'two locales'],
      ['locale[$ne]=de', 'locale as an object'],
      ['locale=de%00', 'NUL in the locale'],
      ['locale=*', 'all locales'],
    );
  }
  const [query, note] = r.pick(queries);
  const data =
    method === 'POST'
      ? type.valid(n, ctx)
      : { [type.plural === 'categories' ? 'description' : type.plural === 'statistics' ? 'note' : 'title']: `Fuzz ${n}` };
  return { n, kind: 'query', method, path: `${base}?${query}`, body: { data }, note };
}

function unknownDocumentCase(r: Rng, ctx: FuzzContext, n: number, type: TypeSpec): FuzzCase {
  const [id, note] = r.pick<[string, string]>([
    [r.id(), 'unknown documentId'],
    ['a'.repeat(2000), 'documentId of 2000 characters'],
    ['..%2F..%2Fadmin', 'path traversal'],
    [ctx.ids.article === type.putTarget(ctx) ? ctx.ids.category : ctx.ids.article, 'documentId of another type'],
    ['%3Cscript%3E', 'markup'],
  ]);
  const field = type.plural === 'categories' ? 'description' : type.plural === 'statistics' ? 'note' : 'title';
  return { n, kind: 'put-unknown', method: 'PUT', path: `/api/${type.plural}/${id}`, body: { data: { [field]: `Fuzz ${n}` } }, note };
}

function hugeCase(r: Rng, ctx: FuzzContext, n: number, type: TypeSpec, method: 'POST' | 'PUT'): FuzzCase {
  const path = method === 'POST' ? `/api/${type.plural}` : `/api/${type.plural}/${type.putTarget(ctx)}`;
  const textFields = type.fields.filter((f) =>
    ['title', 'label', 'name', 'excerpt', 'note', 'description', 'methodology', 'recommendation', 'publisher'].includes(f.name),
  );
  const field = r.pick(textFields).name;
  if (r.chance(0.3)) {
    const size = r.int(1_050_000, 1_300_000);
    return {
      n,
      kind: 'huge-body',
      method,
      path,
      body: { data: { ...(method === 'POST' ? type.valid(n, ctx) : {}), [field]: 'x'.repeat(size) } },
      note: `${field} of ${size} characters: over the 1 MB body limit`,
    };
  }
  // 'ü' is two bytes in UTF-8: 100 KB to 900 KB on the wire, under the body limit, far over any maxLength.
  const length = r.int(50_000, 450_000);
  return {
    n,
    kind: 'huge-string',
    method,
    path,
    body: { data: { ...(method === 'POST' ? type.valid(n, ctx) : {}), [field]: 'ü'.repeat(length) } },
    note: `${field} of ${length} characters`,
  };
}

/**
 * `count` cases from `seed`, spread over the five content types, POST and PUT. Huge bodies
 * are rare (each costs a megabyte on the wire); most cases break one field.
 */
export function generateFuzzCases(seed: number, count: number, ctx: FuzzContext): FuzzCase[] {
  const r = createRng(seed);
  const cases: FuzzCase[] = [];
  for (let n = 0; n < count; n += 1) {
    const type = r.pick(TYPES);
    const method: 'POST' | 'PUT' = r.chance(0.6) ? 'POST' : 'PUT';
    const roll = r.next();
    let c: FuzzCase;
    if (roll < 0.74) c = fieldCase(r, ctx, n, type, method);
    else if (roll < 0.77) c = shareCase(r, ctx, n);
    else if (roll < 0.83) c = unknownFieldCase(r, ctx, n, type, method);
    else if (roll < 0.9) c = bodyCase(r, ctx, n, type, method);
    else if (roll < 0.92) c = deepCase(r, ctx, n, type, method);
    else if (roll < 0.96) c = queryCase(r, ctx, n, type, method);
    else if (roll < 0.98) c = unknownDocumentCase(r, ctx, n, type);
    else c = hugeCase(r, ctx, n, type, method);
    cases.push(c);
  }
  return cases;
}

/** The content types the fuzzer writes to, as REST paths. */
export const FUZZED_PATHS = TYPES.map((t) => `/api/${t.plural}`);
