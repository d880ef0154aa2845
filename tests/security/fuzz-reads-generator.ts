/**
 * Hostile Content API reads around every number a read carries, generated from a seed
 * (mulberry32, like the write fuzzer) so a failing run repeats with `FUZZ_SEED=<seed>`:
 * - pagination: `start`, `limit`, `page`, `pageSize`, under `pagination[…]` and at the top
 *   level, with values too large for the database (10^20, 2^63, 1e20), negative,
 *   fractional, exponents, hex, blank, without `=`, lists and objects, next to valid ones;
 * - filter values on every number field (integers, decimals, the row `id`) and on every
 *   relation (it compares ids), with every operator, directly, inside `$or`/`$and`/`$not`,
 *   through a relation to the target's number fields, in `populate[…][filters]` and in
 *   dynamic-zone `on` fragments;
 * - every operator Strapi knows and unknown ones (`$foo`, `$EQ`, `bar`) on every field of
 *   every public type (texts, enumerations, uids, dates, datetimes, booleans, numbers,
 *   relations, media, `id`, `documentId`, `locale`, timestamps), directly, in deep
 *   `$and`/`$or`/`$not` nesting, through relations and in `populate[…][filters]`, with one
 *   value, none, lists of one to three, objects, nested operators (`$eq][$eq]`,
 *   `$not][$not]…`), empty, 2 500-character and NUL-carrying strings; bare values where
 *   conditions belong (`filters[$and][0]=x`); valid conditions for every field type;
 * - collections, single entries and plugin routes (`/api/editorial/outdated`,
 *   `/api/upload/files`, `/api/i18n/locales`, `/api/users`).
 * Each case says what must come back: `refused` (400 naming the parameter), `answered`
 * (200) or `survived` (any answer below 500: the app's or Strapi's 400, or 200).
 *
 * Pure: no clock, no Math.random; the same seed and schema give the same cases.
 */
import { mulberry32 } from './fuzz-generator';

export { mulberry32 };
export const DEFAULT_READ_FUZZ_SEED = 20261130;

export type NumberKind = 'integer' | 'decimal';

/** What the generator needs to know of a content type: plain data taken from Strapi's schemas. */
export interface ReadFuzzType {
  uid: string;
  /** REST path of the collection, e.g. `/api/articles`. */
  path: string;
  /** A documentId (or id) for the single-entry route, when the type has one. */
  entry?: string;
  /** Number fields, `id` included. */
  numbers: Record<string, NumberKind>;
  /** Relation fields → target uid. */
  relations: Record<string, string>;
  /** Dynamic zones → component uid → the component's relation fields → target uid. */
  dynamicZones: Record<string, Record<string, Record<string, string>>>;
  /** Every public field a filter may name (scalars, relations, media, `id`) → its attribute type. */
  fields: Record<string, string>;
}

export type ReadFuzzSchema = Record<string, ReadFuzzType>;

export interface ReadFuzzCase {
  n: number;
  kind: 'pagination' | 'filter' | 'relation' | 'populate' | 'control' | 'operator';
  /** Path and query string exactly as sent. */
  url: string;
  /** The parameter that must be named in a refusal, as the client wrote it. */
  parameter: string;
  /** `survived`: any answer below 500 (a refusal by the app or by Strapi, or 200). */
  expect: 'refused' | 'answered' | 'survived';
  /** Send with the API token (else anonymous). */
  withToken: boolean;
  note: string;
}

type Rng = { int: (min: number, max: number) => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean };

function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { int, pick: (items) => items[Math.floor(next() * items.length)], chance: (p) => next() < p };
}

/** A query value as sent: `=value`, nothing (`strictNullHandling`: null), or a nested list/object form. */
interface Shape {
  /** Appended to the parameter name: `=5`, `[0]=5`, `[a]=5`, `` (no `=`). */
  suffix: string;
  note: string;
}

const enc = encodeURIComponent;
const value = (text: string, note: string): Shape => ({ suffix: `=${enc(text)}`, note });

/** Values no pagination number may take. */
const BAD_PAGINATION: Shape[] = [
  value('99999999999999999999', '10^20'),
  value('9223372036854775808', '2^63'),
  value('9223372036854775807', '2^63-1'),
  value('18446744073709551616', '2^64'),
  value('9007199254740993', '2^53+1'),
  value('1e20', 'exponent 1e20'),
  value('1e400', 'exponent beyond a double'),
  value('1e3', 'exponent 1e3'),
  value('-1', 'negative'),
  value('-99999999999999999999', 'large negative'),
  value('1.5', 'fraction'),
  value('2.0', 'fraction .0'),
  value('abc', 'word'),
  value('NaN', 'NaN'),
  value('Infinity', 'Infinity'),
  value('0x10', 'hex'),
  value('', 'empty'),
  value(' 5', 'leading space'),
  value('5 ', 'trailing space'),
  value('+5', 'plus sign'),
  value('٥', 'Arabic-Indic digit'),
  value('5\u0000', 'NUL'),
  { suffix: '', note: 'no value (null)' },
  { suffix: '[0]=5', note: 'list' },
  { suffix: '[0]=1&__SAME__[1]=2', note: 'list of two' },
  { suffix: '[a]=5', note: 'object' },
  { suffix: '[$gt]=5', note: 'operator object' },
];

/** Values a number field may not be compared with, by kind; the integer ones also for ids. */
const BAD_INTEGER: Shape[] = [
  value('abc', 'word'),
  value('', 'empty'),
  value('1.5', 'fraction'),
  value('2147483648', '2^31'),
  value('-2147483649', '-2^31-1'),
  value('99999999999999999999', '10^20'),
  value('9223372036854775808', '2^63'),
  value('1e20', 'exponent'),
  value('1e400', 'exponent beyond a double'),
  value('NaN', 'NaN'),
  value('Infinity', 'Infinity'),
  value('0x10', 'hex'),
  value(' 5', 'leading space'),
  value('5\u0000', 'NUL'),
];

const BAD_DECIMAL: Shape[] = [
  value('abc', 'word'),
  value('', 'empty'),
  value('1e400', 'exponent beyond a double'),
  value('-1e400', 'negative exponent beyond a double'),
  value('NaN', 'NaN'),
  value('Infinity', 'Infinity'),
  value('1,5', 'decimal comma'),
  value('0x10', 'hex'),
  value(' 5', 'leading space'),
  value('1.2.3', 'two points'),
];

const GOOD_INTEGER = ['0', '1', '24', '-5', '2147483647', '-2147483648'];
const GOOD_DECIMAL = ['0', '12.5', '-3', '99999999.99', '1e5', '99999999999999999999'];

/** Operators that make no sense on numbers (and strings Strapi's engine would compare). */
const NON_NUMBER_OPERATORS = [
  '$contains',
  '$containsi',
  '$notContains',
  '$startsWith',
  '$endsWithi',
  '$eqi',
  '$nei',
  '$jsonSupersetOf',
  '$foo',
  'bar',
];
const COMPARISONS = ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte'];

const PLUGIN_READS = ['/api/editorial/outdated', '/api/upload/files', '/api/i18n/locales', '/api/users'];

function paginationCase(r: Rng, schema: ReadFuzzSchema): Omit<ReadFuzzCase, 'n'> {
  const types = Object.values(schema);
  const type = r.pick(types);
  const path = r.chance(0.15) ? r.pick(PLUGIN_READS) : r.chance(0.2) && type.entry ? `${type.path}/${type.entry}` : type.path;
  const name = r.pick(['start', 'limit', 'page', 'pageSize']);
  const nested = r.chance(0.75);
  const parameter = nested ? `pagination[${name}]` : name;
  const shape = r.pick(BAD_PAGINATION);
  const suffix = shape.suffix.replace('__SAME__', parameter);
  const other = r.chance(0.3) ? `&locale=${r.pick(['de', 'en'])}` : '';
  return {
    kind: 'pagination',
    url: `${path}?${parameter}${suffix}${other}`,
    parameter,
    expect: 'refused',
    withToken: r.chance(0.5),
    note: `${parameter} ${shape.note}`,
  };
}

/**
 * `filters[...]` around a condition, in one of the ways filters nest. Group indexes are 0:
 * qs compacts a lone `[3]` to the first entry, so the refusal would name `[0]`.
 */
function wrap(r: Rng, inner: string): { prefix: string; note: string } {
  return r.pick([
    { prefix: `filters${inner}`, note: 'direct' },
    { prefix: `filters[$or][0]${inner}`, note: '$or' },
    { prefix: `filters[$and][0]${inner}`, note: '$and' },
    { prefix: `filters[$not]${inner}`, note: '$not' },
    { prefix: `filters[$or][0][$and][0]${inner}`, note: '$and in $or' },
  ]);
}

/** The condition on one number: `[$op]=v`, `=v`, `[$in][i]=v`, `[$between][i]=v`, `[$not][$op]=v`. */
function condition(r: Rng, shape: Shape, kind: NumberKind): { key: string; suffix: string; note: string } {
  const good = kind === 'integer' ? GOOD_INTEGER : GOOD_DECIMAL;
  const form = r.int(0, 5);
  if (form === 0) return { key: '', suffix: shape.suffix, note: `implicit $eq ${shape.note}` };
  if (form === 1) {
    const op = r.pick(['$in', '$notIn']);
    const at = r.int(0, 2);
    const before = Array.from({ length: at }, (_, i) => `&__KEY__[${op}][${i}]=${r.pick(good)}`).join('');
    return { key: `[${op}][${at}]`, suffix: `${shape.suffix}${before}`, note: `${op}[${at}] ${shape.note}` };
  }
  if (form === 2) {
    const at = r.int(0, 1);
    return {
      key: `[$between][${at}]`,
      suffix: `${shape.suffix}&__KEY__[$between][${1 - at}]=${r.pick(good)}`,
      note: `$between[${at}] ${shape.note}`,
    };
  }
  if (form === 3) {
    const op = r.pick(COMPARISONS);
    return { key: `[$not][${op}]`, suffix: shape.suffix, note: `$not ${op} ${shape.note}` };
  }
  const op = r.pick(COMPARISONS);
  return { key: `[${op}]`, suffix: shape.suffix, note: `${op} ${shape.note}` };
}

const numberFields = (type: ReadFuzzType) => Object.entries(type.numbers);

function filterCase(r: Rng, schema: ReadFuzzSchema): Omit<ReadFuzzCase, 'n'> {
  const types = Object.values(schema);
  const type = r.pick(types);
  const [field, kind] = r.pick(numberFields(type));
  const shape = r.pick(kind === 'integer' ? BAD_INTEGER : BAD_DECIMAL);
  const { key, suffix, note } = condition(r, shape, kind);
  const { prefix, note: where } = wrap(r, `[${field}]`);
  const parameter = `${prefix}${key}`;
  const path = r.chance(0.15) && type.entry ? `${type.path}/${type.entry}` : type.path;
  return {
    kind: 'filter',
    url: `${path}?${parameter}${suffix.replace(/__KEY__/g, prefix)}`,
    parameter,
    expect: 'refused',
    withToken: r.chance(0.5),
    note: `${type.uid} ${field} (${kind}) ${where} ${note}`,
  };
}

/** Through a relation: the target's id, the relation itself (ids), or the target's number fields. */
function relationCase(r: Rng, schema: ReadFuzzSchema): Omit<ReadFuzzCase, 'n'> {
  const withRelations = Object.values(schema).filter((t) => Object.keys(t.relations).length > 0);
  const type = r.pick(withRelations);
  const [relation, targetUid] = r.pick(Object.entries(type.relations));
  const target = schema[targetUid];
  const shape = r.pick(BAD_INTEGER);
  let inner: string;
  let key = '';
  let suffix = shape.suffix;
  let note: string;
  if (!target || r.chance(0.4)) {
    const form = r.int(0, 2);
    inner = `[${relation}]`;
    if (form === 1) key = `[${r.pick(COMPARISONS)}]`;
    if (form === 2) key = `[$in][0]`;
    note = `${relation} compared directly (${key || 'implicit'}) ${shape.note}`;
  } else {
    const [field, kind] = r.pick(numberFields(target));
    const targetShape = r.pick(kind === 'integer' ? BAD_INTEGER : BAD_DECIMAL);
    const c = condition(r, targetShape, kind);
    inner = `[${relation}][${field}]`;
    key = c.key;
    suffix = c.suffix;
    note = `${relation}.${field} (${kind}) ${c.note}`;
  }
  const { prefix, note: where } = wrap(r, inner);
  const parameter = `${prefix}${key}`;
  return {
    kind: 'relation',
    url: `${type.path}?${parameter}${suffix.replace(/__KEY__/g, prefix)}`,
    parameter,
    expect: 'refused',
    withToken: r.chance(0.5),
    note: `${type.uid} ${where} ${note}`,
  };
}

/** Filters inside populate: on a relation, or on a relation of a dynamic-zone component. */
function populateCase(r: Rng, schema: ReadFuzzSchema): Omit<ReadFuzzCase, 'n'> {
  const candidates = Object.values(schema).filter((t) => Object.keys(t.relations).length > 0 || Object.keys(t.dynamicZones).length > 0);
  const type = r.pick(candidates);
  const zones = Object.entries(type.dynamicZones).flatMap(([zone, components]) =>
    Object.entries(components).flatMap(([component, relations]) =>
      Object.entries(relations).map(([relation, target]) => ({ zone, component, relation, target })),
    ),
  );
  let prefix: string;
  let targetUid: string;
  if (zones.length > 0 && (Object.keys(type.relations).length === 0 || r.chance(0.4))) {
    const z = r.pick(zones);
    prefix = `populate[${z.zone}][on][${z.component}][populate][${z.relation}][filters]`;
    targetUid = z.target;
  } else {
    const [relation, target] = r.pick(Object.entries(type.relations));
    prefix = `populate[${relation}][filters]`;
    targetUid = target;
  }
  const target = schema[targetUid];
  const [field, kind] = target ? r.pick(numberFields(target)) : (['id', 'integer'] as [string, NumberKind]);
  const shape = r.pick(kind === 'integer' ? BAD_INTEGER : BAD_DECIMAL);
  const c = condition(r, shape, kind);
  const parameter = `${prefix}[${field}]${c.key}`;
  return {
    kind: 'populate',
    url: `${type.path}?${parameter}${c.suffix.replace(/__KEY__/g, `${prefix}[${field}]`)}`,
    parameter,
    expect: 'refused',
    withToken: r.chance(0.5),
    note: `${type.uid} ${prefix} ${field} (${kind}) ${c.note}`,
  };
}

/** Valid numbers in the same places: these must be answered (200, or Strapi's own 4xx), not refused by us. */
function controlCase(r: Rng, schema: ReadFuzzSchema): Omit<ReadFuzzCase, 'n'> {
  const type = r.pick(Object.values(schema));
  const form = r.int(0, 3);
  if (form === 0) {
    const parameters = r.pick([
      `pagination[page]=${r.int(1, 10_000_000)}&pagination[pageSize]=${r.int(1, 100)}`,
      `pagination[start]=${r.int(0, 1_000_000_000)}&pagination[limit]=${r.int(1, 100)}`,
      `pagination[page]=1`,
      `pagination[pageSize]=100`,
    ]);
    return {
      kind: 'control',
      url: `${type.path}?${parameters}`,
      parameter: 'pagination',
      expect: 'answered',
      withToken: r.chance(0.5),
      note: `valid pagination ${parameters}`,
    };
  }
  const [field, kind] = r.pick(numberFields(type));
  const good = r.pick(kind === 'integer' ? GOOD_INTEGER : GOOD_DECIMAL);
  const op = r.pick([...COMPARISONS, '$in][0', '$notIn][0', '$null', '$notNull']);
  const operatorOnly = r.chance(0.2) ? `filters[${field}][${r.pick(NON_NUMBER_OPERATORS)}]=1` : null;
  const parameter = operatorOnly ?? `filters[${field}][${op}]=${enc(good)}`;
  return {
    kind: 'control',
    url: `${type.path}?${parameter}`,
    parameter: operatorOnly ? parameter.slice(0, parameter.indexOf('=')) : 'filters',
    // An operator that makes no sense on a number is refused; a valid number must pass.
    expect: operatorOnly ? 'refused' : 'answered',
    withToken: r.chance(0.5),
    note: operatorOnly ? `${type.uid} ${field}: non-number operator` : `${type.uid} ${field} (${kind}) ${op} ${good}`,
  };
}

// ---------------------------------------------------------------- operators on every field

/** Every operator Strapi's query engine knows (@strapi/utils operators), groups included. */
export const STRAPI_OPERATORS = [
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$between',
  '$null',
  '$notNull',
  '$not',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$jsonSupersetOf',
  '$and',
  '$or',
] as const;
/** Keys no field takes as an operator: unknown, wrong case, or not an operator at all. */
// (`constructor` and the like never arrive: the query parser drops Object.prototype's names.)
export const UNKNOWN_OPERATORS = ['$foo', '$EQ', '$Between', '$regex', '$where', 'bar'] as const;
/** Operators that take one value. */
const SCALAR_OPERATORS = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
]);
const TEXT_ONLY_OPERATORS = [
  '$eqi',
  '$nei',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
];
const TYPED_OPERATORS = ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte'];

/** A field's attribute type as the rule groups them. */
export type FieldFamily = 'text' | 'number' | 'boolean' | 'date' | 'datetime' | 'time' | 'json' | 'relation';

export function familyOf(type: string): FieldFamily | undefined {
  if (['string', 'text', 'richtext', 'email', 'uid', 'enumeration'].includes(type)) return 'text';
  if (['integer', 'biginteger', 'decimal', 'float', 'increments'].includes(type)) return 'number';
  if (type === 'boolean' || type === 'date' || type === 'time' || type === 'json') return type;
  if (type === 'datetime' || type === 'timestamp') return 'datetime';
  if (type === 'blocks') return 'json';
  if (type === 'relation' || type === 'media') return 'relation';
  return undefined;
}

/** Values of every kind, thrown at every field: words, umlauts, blanks, long, dates, booleans, LIKE wildcards, NUL. */
const OPERAND_VALUES: Array<[string, string]> = [
  ['Über', 'umlaut'],
  ['Grüße aus Köln', 'words'],
  ['', 'empty'],
  [`${'x'.repeat(2500)}ÄÖÜß`, 'long (2 504 characters)'],
  ['abc', 'word'],
  ['0', '0'],
  ['1', '1'],
  ['-1', '-1'],
  ['12.5', 'fraction'],
  ['1e400', 'beyond a double'],
  ['99999999999999999999', '10^20'],
  ['true', 'true'],
  ['false', 'false'],
  ['t', 't'],
  ['f', 'f'],
  ['yes', 'yes'],
  ['2024-05-17', 'date'],
  ['2024-05-17T10:20:30.000Z', 'datetime'],
  ['2024-05-17 10:20:30', 'datetime with a space'],
  ['2024-13-45', 'impossible date'],
  ['2023-02-29', 'no leap year'],
  ['0000-01-01', 'year 0'],
  ['10000-01-01', 'year 10000'],
  ['+275760-09-13T00:00:00.000Z', 'largest JavaScript date'],
  ['1700000000000', 'milliseconds'],
  ['10:20:30', 'time'],
  ['25:61:61', 'impossible time'],
  ['%_\\\'"', 'LIKE wildcards and quotes'],
  ['null', 'the word null'],
  ['a\u0000b', 'NUL'],
  ['[object Object]', 'object text'],
];

/** How the operand is written after the parameter. `key` is the full parameter (for lists). */
type OperandShape = 'scalar' | 'none' | 'list1' | 'list2' | 'list3' | 'object' | 'operator' | 'deep';

function operand(r: Rng, key: string, shape: OperandShape): { suffix: string; note: string } {
  const [v, note] = r.pick(OPERAND_VALUES);
  const [w] = r.pick(OPERAND_VALUES);
  const [x] = r.pick(OPERAND_VALUES);
  switch (shape) {
    case 'scalar':
      return { suffix: `=${enc(v)}`, note };
    case 'none':
      return { suffix: '', note: 'no value (null)' };
    case 'list1':
      return { suffix: `[0]=${enc(v)}`, note: `list of one: ${note}` };
    case 'list2':
      return { suffix: `[0]=${enc(v)}&${key}[1]=${enc(w)}`, note: `list of two: ${note}, …` };
    case 'list3':
      return { suffix: `[0]=${enc(v)}&${key}[1]=${enc(w)}&${key}[2]=${enc(x)}`, note: `list of three: ${note}, …` };
    case 'object':
      return { suffix: `[a]=${enc(v)}`, note: `object: ${note}` };
    case 'operator':
      return { suffix: `[${r.pick(STRAPI_OPERATORS)}]=${enc(v)}`, note: `nested operator: ${note}` };
    default: {
      const chain = Array.from({ length: r.int(2, 5) }, () => `[${r.pick([...STRAPI_OPERATORS, '0', 'a'])}]`).join('');
      return { suffix: `${chain}=${enc(v)}`, note: `nested ${chain}: ${note}` };
    }
  }
}

/** Valid values by family, for the reads that must be answered 200. */
const GOOD_VALUES: Record<Exclude<FieldFamily, 'json'>, string[]> = {
  text: ['Über', 'Grüße aus Köln', 'studie', '', `${'x'.repeat(500)}ß`, '%_'],
  number: ['0', '1', '24', '-5'],
  boolean: ['true', 'false', '1', '0', 't', 'f'],
  date: ['2024-05-17', '1999-12-31', '2024-02-29'],
  datetime: ['2024-05-17T10:20:30.000Z', '2024-05-17', '2024-05-17T10:20:30+02:00', '2024-05-17 10:20'],
  time: ['10:20:30', '23:59:59.999'],
  relation: ['1', '2'],
};

function validCondition(r: Rng, family: Exclude<FieldFamily, 'json'>, key: string): { key: string; suffix: string; note: string } {
  const good = GOOD_VALUES[family];
  const v = enc(r.pick(good));
  const ops = family === 'text' ? [...TYPED_OPERATORS, ...TEXT_ONLY_OPERATORS] : TYPED_OPERATORS;
  const form = r.int(0, 6);
  if (form === 0) return { key: `${key}[$in]`, suffix: `[0]=${v}&${key}[$in][1]=${enc(r.pick(good))}`, note: '$in' };
  if (form === 1) return { key: `${key}[$between]`, suffix: `[0]=${v}&${key}[$between][1]=${enc(r.pick(good))}`, note: '$between' };
  if (form === 2) return { key: `${key}[${r.pick(['$null', '$notNull'])}]`, suffix: `=${r.pick(['true', 'false'])}`, note: 'presence' };
  const op = r.pick(ops);
  // On a relation `$not` takes conditions on the target, not a bare operator.
  if (form === 3 && family !== 'relation') return { key: `${key}[$not][${op}]`, suffix: `=${v}`, note: `$not ${op}` };
  return { key: `${key}[${op}]`, suffix: `=${v}`, note: op };
}

/** Where a field's condition sits: directly, in groups nested deeper than the number cases go, through a relation, in populate. */
function operatorPlace(
  r: Rng,
  schema: ReadFuzzSchema,
  type: ReadFuzzType,
): { prefix: string; fields: Record<string, string>; note: string } {
  const relations = Object.entries(type.relations).filter(([, target]) => schema[target]);
  const form = r.int(0, 9);
  if (form <= 1 && relations.length > 0) {
    const [relation, target] = r.pick(relations);
    const { prefix, note } = wrap(r, `[${relation}]`);
    return { prefix, fields: schema[target].fields, note: `${note} through ${relation}` };
  }
  if (form === 2 && relations.length > 0) {
    const [relation, target] = r.pick(relations);
    return { prefix: `populate[${relation}][filters]`, fields: schema[target].fields, note: `populate ${relation}` };
  }
  if (form === 3) {
    const prefix = r.pick([
      'filters[$and][0][$or][0][$not]',
      'filters[$not][$not][$not]',
      'filters[$or][0][$or][0][$or][0][$and][0]',
      'filters[$not][$and][0][$not]',
    ]);
    return { prefix, fields: type.fields, note: 'deep groups' };
  }
  const { prefix, note } = wrap(r, '');
  return { prefix, fields: type.fields, note };
}

/**
 * Any operator, known or not, with any operand shape, on any field of any public type.
 * `refused` where the answer is certain (an operator the field cannot take, a list or
 * object where one value belongs, `$between` without exactly two values); `answered` for a
 * valid condition; else `survived`: whatever the verdict, never a 5xx.
 */
function operatorCase(r: Rng, schema: ReadFuzzSchema): Omit<ReadFuzzCase, 'n'> {
  const type = r.pick(Object.values(schema));
  const withToken = r.chance(0.3);
  const path = r.chance(0.1) && type.entry ? `${type.path}/${type.entry}` : type.path;
  if (r.chance(0.06)) {
    // A bare value where conditions belong: refused, naming where; `filters=x` Strapi answers itself.
    const v = enc(r.pick(OPERAND_VALUES)[0]);
    const [query, parameter] = r.pick<[string, string | null]>([
      [`filters=${v}`, null],
      [`filters[0]=${v}`, 'filters[0]'],
      [`filters[$not]=${v}`, 'filters[$not]'],
      [`filters[$and][0]=${v}`, 'filters[$and][0]'],
      [`filters[$or][0][0]=${v}`, 'filters[$or][0][0]'],
      ['filters[$and]', 'filters[$and]'],
      [`filters[$not][$eq]=${v}`, 'filters[$not][$eq]'],
      [`filters[$or][0][$not]=${v}`, 'filters[$or][0][$not]'],
      [`filters[$and][0][$and][0]=${v}`, 'filters[$and][0][$and][0]'],
      // Only articles have a `category` to populate; elsewhere Strapi answers.
      [`populate[category][filters][$not]=${v}`, type.relations.category ? 'populate[category][filters][$not]' : null],
    ]);
    return {
      kind: 'operator',
      url: `${path}?${query}`,
      parameter: parameter ?? 'filters',
      expect: parameter ? 'refused' : 'survived',
      withToken,
      note: `malformed group ${query.slice(0, 60)}`,
    };
  }
  const place = operatorPlace(r, schema, type);
  const usable = Object.entries(place.fields).filter(([, t]) => familyOf(t) && familyOf(t) !== 'json');
  const [field, attributeType] = r.pick(usable);
  const family = familyOf(attributeType) as Exclude<FieldFamily, 'json'>;
  const base = `${place.prefix}[${field}]`;
  const note = `${type.uid} ${place.note} ${field} (${attributeType})`;

  if (r.chance(0.25)) {
    const c = validCondition(r, family, base);
    // On the collection: an entry the filter does not match would be a 404.
    return {
      kind: 'operator',
      url: `${type.path}?${c.key}${c.suffix}`,
      parameter: 'filters',
      expect: 'answered',
      withToken,
      note: `${note} valid ${c.note}`,
    };
  }

  // `0`: a list in place of the condition, read as `$in`.
  const op = r.chance(0.05) ? '0' : r.chance(0.15) ? r.pick(UNKNOWN_OPERATORS) : r.pick(STRAPI_OPERATORS);
  const shape = r.pick<OperandShape>(['scalar', 'scalar', 'scalar', 'none', 'list1', 'list2', 'list3', 'object', 'operator', 'deep']);
  const key = `${base}[${op}]`;
  const o = operand(r, key, shape);
  const url = `${path}?${key}${o.suffix}`;
  const single = shape === 'scalar' || shape === 'none';
  let refused: boolean;
  if (op === '0') {
    refused = !single;
  } else if (family === 'relation') {
    // Through a relation a key names the target's fields or groups: only the certain cases.
    refused =
      (op.startsWith('$') && !(STRAPI_OPERATORS as readonly string[]).includes(op)) ||
      op === '$jsonSupersetOf' ||
      TEXT_ONLY_OPERATORS.includes(op);
  } else if ((UNKNOWN_OPERATORS as readonly string[]).includes(op) || op === '$jsonSupersetOf' || op === '$and' || op === '$or') {
    refused = true;
  } else if (family !== 'text' && TEXT_ONLY_OPERATORS.includes(op)) {
    refused = true;
  } else if (SCALAR_OPERATORS.has(op) || op === '$null' || op === '$notNull') {
    refused = !single;
  } else if (op === '$between') {
    refused = shape !== 'list2';
  } else if (op === '$in' || op === '$notIn') {
    refused = shape === 'object' || shape === 'operator';
  } else {
    refused = false; // $not: whatever follows is checked one level down
  }
  return {
    kind: 'operator',
    url,
    parameter: key,
    expect: refused ? 'refused' : 'survived',
    withToken,
    note: `${note} ${op} ${o.note}`,
  };
}

export function generateReadFuzzCases(seed: number, count: number, schema: ReadFuzzSchema): ReadFuzzCase[] {
  if (Object.keys(schema).length === 0) throw new Error('generateReadFuzzCases: empty schema');
  const r = createRng(seed);
  const makers = [
    [paginationCase, 30],
    [filterCase, 30],
    [relationCase, 15],
    [populateCase, 10],
    [controlCase, 15],
    [operatorCase, 100],
  ] as const;
  const total = makers.reduce((sum, [, weight]) => sum + weight, 0);
  const cases: ReadFuzzCase[] = [];
  for (let n = 0; n < count; n += 1) {
    let roll = r.int(0, total - 1);
    const maker = makers.find(([, weight]) => (roll -= weight) < 0)![0];
    cases.push({ n, ...maker(r, schema) });
  }
  return cases;
}

/** The generator's view of Strapi's schemas: number fields, relations and dynamic zones of the given types. */
export function readFuzzSchemaOf(
  models: Record<string, { attributes: Record<string, { type: string; target?: string; components?: string[]; private?: boolean }> }>,
  types: Record<string, { path: string; entry?: string }>,
): ReadFuzzSchema {
  const kindOf = (type: string): NumberKind | undefined =>
    type === 'integer' || type === 'biginteger' ? 'integer' : type === 'decimal' || type === 'float' ? 'decimal' : undefined;
  const relationsOf = (attributes: Record<string, { type: string; target?: string; private?: boolean }>) =>
    Object.fromEntries(
      Object.entries(attributes)
        // createdBy/updatedBy are private: Strapi refuses filters on them (tested in access-control).
        .filter(([, a]) => a.type === 'relation' && a.target && !a.private && !a.target.startsWith('admin::'))
        .map(([name, a]) => [name, a.target!]),
    );
  const schema: ReadFuzzSchema = {};
  for (const [uid, { path, entry }] of Object.entries(types)) {
    const attributes = models[uid]?.attributes ?? {};
    const numbers: Record<string, NumberKind> = { id: 'integer' };
    for (const [name, a] of Object.entries(attributes)) {
      const kind = kindOf(a.type);
      if (kind && !a.private) numbers[name] = kind;
    }
    const dynamicZones: ReadFuzzType['dynamicZones'] = {};
    for (const [name, a] of Object.entries(attributes)) {
      if (a.type !== 'dynamiczone') continue;
      dynamicZones[name] = Object.fromEntries(
        (a.components ?? [])
          .map((component) => [component, relationsOf(models[component]?.attributes ?? {})])
          .filter(([, r]) => Object.keys(r).length > 0),
      );
    }
    const relations = relationsOf(attributes);
    const fields: Record<string, string> = { id: 'increments' };
    for (const [name, a] of Object.entries(attributes)) {
      if (a.private || !familyOf(a.type)) continue;
      if (a.type === 'relation' && !relations[name]) continue;
      fields[name] = a.type;
    }
    schema[uid] = { uid, path, entry, numbers, relations, dynamicZones, fields };
  }
  return schema;
}
