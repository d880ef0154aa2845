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
 * - collections, single entries and plugin routes (`/api/editorial/outdated`,
 *   `/api/upload/files`, `/api/i18n/locales`, `/api/users`).
 * Each case says what must come back: `refused` (400 naming the parameter) or `answered`
 * (any status below 500: 200, or Strapi's own 400/401/403/404).
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
}

export type ReadFuzzSchema = Record<string, ReadFuzzType>;

export interface ReadFuzzCase {
  n: number;
  kind: 'pagination' | 'filter' | 'relation' | 'populate' | 'control';
  /** Path and query string exactly as sent. */
  url: string;
  /** The parameter that must be named in a refusal, as the client wrote it. */
  parameter: string;
  expect: 'refused' | 'answered';
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

export function generateReadFuzzCases(seed: number, count: number, schema: ReadFuzzSchema): ReadFuzzCase[] {
  if (Object.keys(schema).length === 0) throw new Error('generateReadFuzzCases: empty schema');
  const r = createRng(seed);
  const makers = [
    [paginationCase, 30],
    [filterCase, 30],
    [relationCase, 15],
    [populateCase, 10],
    [controlCase, 15],
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
    schema[uid] = { uid, path, entry, numbers, relations: relationsOf(attributes), dynamicZones };
  }
  return schema;
}
