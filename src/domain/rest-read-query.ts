/**
 * The numbers and filter values a Content API read may carry, checked before Strapi sees
 * them. Strapi checks that `pagination[start]` is a whole number ≥ 0, but `1e20` and
 * `99999999999999999999` are whole numbers to JavaScript: the database then fails on the
 * OFFSET (SQLite "datatype mismatch", PostgreSQL "bigint out of range") and an anonymous
 * reader gets a 500. Others Strapi quietly bends: `start=-5` becomes 0, `pageSize=-5` or
 * `limit=0` one entry, `pageSize=1000` the maximum, `page=1e300` some page, `start[0]=1` 1.
 *
 * Filter values go to the query engine and the database unchecked, and Strapi's own query
 * validation looks at keys only (unknown fields, private fields, dynamic zones): a value of
 * the wrong shape or type is a bare Error or a database error, a 500 for anyone. Seen:
 * `filters[outdatedAfterMonths][$eq]=abc` everywhere, `=1.5` or `=2147483648` on an integer
 * column on PostgreSQL, so is `filters[id][$eq]=abc` and `filters[category][$eq]=abc` (a
 * relation compares ids); `filters[title][$between]=a` (knex wants two values),
 * `filters[title][$eq][$eq]=x` (an object bound as a value), `filters[title][$jsonSupersetOf]=x`
 * (SQLite has no such operator, PostgreSQL casts the column to jsonb), `filters[$and][0]=x`
 * ("Where must be an array or an object"); on PostgreSQL also `$contains` and friends on
 * timestamps and booleans (no LIKE there), a NUL character in a string, and the year 0000
 * on a date column. Strapi's date parser itself answers `filters[createdAt][$eq]=abc` with
 * a 400, but without naming the parameter.
 *
 * Refused here with a 400 naming the parameter as the client wrote it
 * (`pagination[start]`, `filters[category][id][$eq]`):
 * - `start`, `limit`, `page`, `pageSize`, top level or under `pagination`: one string of
 *   digits within range (no sign, fraction, exponent, hex, blank, list or object);
 * - every filter condition, under `filters` and under `populate[…][filters]` at any depth,
 *   through relations, `$and`/`$or`/`$not` and dynamic-zone `on` fragments, by the field's
 *   type: only the operators the type takes (numbers, booleans, dates and times compare,
 *   texts also match with `$contains` and friends, JSON and blocks only `$null`/`$notNull`;
 *   `$jsonSupersetOf` nowhere: Strapi calls it internal, SQLite cannot run it), and in the
 *   operand's shape: one value for a comparison, a list for `$in`/`$notIn` (or one value),
 *   exactly two for `$between`, one value for `$null`/`$notNull` (read as true or false), a
 *   condition for `$not`; values the column can hold: numbers in range, `true`/`false`/
 *   `1`/`0`/`t`/`f`, dates `JJJJ-MM-TT` and ISO 8601 times of the years 1000–9999 (MariaDB's
 *   range; Strapi's parser accepts more, the databases do not all), `HH:MM:SS`, no NUL.
 * Everything else (unknown keys, private fields, malformed `filters`, sorts) is left to
 * Strapi, which answers those with 400 itself.
 *
 * Pure: schemas come in as plain objects, violations go out in the write rules' format.
 */
import { INTEGER_COLUMN_MAX, type RuleViolation } from './content-rules';

export interface ReadAttributeSpec {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
}

export interface ReadSchemaSpec {
  attributes: Record<string, ReadAttributeSpec>;
}

export type ReadSchemaLookup = (uid: string) => ReadSchemaSpec | undefined;

export const READ_QUERY_LIMITS = {
  /** Rows skipped at most. No table this blog has comes near; every database handles it. */
  maxStart: 1_000_000_000,
  /** Pages at most: page × the largest page size stays below `maxStart`. */
  maxPage: 10_000_000,
} as const;

const INTEGER_COLUMN_MIN = -INTEGER_COLUMN_MAX - 1;
const DIGITS = /^\d{1,16}$/;
const INTEGER = /^-?\d{1,16}$/;
const BIG_INTEGER = /^-?\d{1,18}$/;
const DECIMAL = /^-?(?:\d{1,300}(?:\.\d{1,300})?|\.\d{1,300})(?:[eE][-+]?\d{1,3})?$/;

const GROUP_OPERATORS = new Set(['$and', '$or']);
const COMPARISONS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte']);
const LISTS = new Set(['$in', '$notIn']);
const PRESENCE = new Set(['$null', '$notNull']);
/** Text matching: LIKE or LOWER() on the column, which PostgreSQL has for texts only. */
const TEXT_MATCHES = [
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
];
const BOOLEAN = /^(?:true|false|t|f|1|0)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The ISO 8601 forms Strapi's parser (date-fns `parseISO`) reads, minus week dates, ordinals and years alone. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?$/;

type NumberKind = 'integer' | 'biginteger' | 'decimal';
/** Every other type a filter may compare. */
type ValueKind = 'text' | 'boolean' | 'date' | 'datetime' | 'time' | 'json';
type Path = Array<string | number>;

const NUMBER_KINDS: Record<string, NumberKind> = {
  integer: 'integer',
  increments: 'integer',
  biginteger: 'biginteger',
  decimal: 'decimal',
  float: 'decimal',
};

const VALUE_KINDS: Record<string, ValueKind> = {
  string: 'text',
  text: 'text',
  richtext: 'text',
  email: 'text',
  uid: 'text',
  enumeration: 'text',
  password: 'text',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  time: 'time',
  json: 'json',
  blocks: 'json',
};

const COMPARE = [...COMPARISONS, ...LISTS, '$between', ...PRESENCE, '$not'];
const OPERATORS_OF: Record<ValueKind, ReadonlySet<string>> = {
  text: new Set([...COMPARE, ...TEXT_MATCHES]),
  boolean: new Set(COMPARE),
  date: new Set(COMPARE),
  datetime: new Set(COMPARE),
  time: new Set(COMPARE),
  // Compared as JSON text (PostgreSQL: jsonb, any word is a syntax error): only presence is safe.
  json: new Set([...PRESENCE, '$not']),
};
const NAMED: Record<ValueKind, string> = {
  text: 'einem Text',
  boolean: 'einem Wahrheitswert',
  date: 'einem Datum',
  datetime: 'einem Zeitpunkt',
  time: 'einer Uhrzeit',
  json: 'einem JSON-Feld',
};

/** Fields Strapi adds to every content type that a schema.json does not list. */
const SYSTEM_FIELDS: Record<string, ReadAttributeSpec> = {
  id: { type: 'increments' },
  documentId: { type: 'string' },
  locale: { type: 'string' },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
  publishedAt: { type: 'datetime' },
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

const formatted = (n: number) => n.toLocaleString('de-DE');

/** `filters[category][id][$eq]`: the parameter as it appears in the query string. */
export function parameterName(path: Path): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ''}${rest.map((part) => `[${part}]`).join('')}`;
}

function violation(path: Path, rule: string, message: string): RuleViolation {
  return { path: path.map(String), rule, message };
}

/**
 * A list given as an object (`$in[a]=1`, or indexes past qs's limit of 100, which qs turns
 * into object keys): Strapi's query engine expects an array and throws a bare Error (a 500).
 */
const notAList = (path: Path) =>
  violation(
    path,
    'query.list',
    `${parameterName(path)} muss eine Liste sein: ${parameterName([...path, 0])}, ${parameterName([...path, 1])}, … (höchstens 100 Einträge).`,
  );

// ---------------------------------------------------------------- pagination

function checkWholeNumber(value: unknown, path: Path, min: number, max: number, out: RuleViolation[]) {
  if (value === undefined) return;
  const ok = typeof value === 'string' && DIGITS.test(value) && Number(value) >= min && Number(value) <= max;
  if (!ok) {
    out.push(
      violation(path, 'query.pagination', `${parameterName(path)} muss eine ganze Zahl von ${formatted(min)} bis ${formatted(max)} sein.`),
    );
  }
}

/** `start`, `limit`, `page`, `pageSize`, at the top level (the plugin's routes read those) and under `pagination`. */
export function checkPagination(query: Record<string, unknown>, maxPageSize: number): RuleViolation[] {
  const out: RuleViolation[] = [];
  const ranges: Record<string, [number, number]> = {
    start: [0, READ_QUERY_LIMITS.maxStart],
    limit: [1, maxPageSize],
    page: [1, READ_QUERY_LIMITS.maxPage],
    pageSize: [1, maxPageSize],
  };
  for (const [name, [min, max]] of Object.entries(ranges)) {
    if (own(query, name)) checkWholeNumber(query[name], [name], min, max, out);
  }
  if (own(query, 'pagination')) {
    const pagination = query.pagination;
    if (!isPlainObject(pagination)) {
      out.push(
        violation(['pagination'], 'query.pagination', 'pagination muss ein Objekt sein, z. B. pagination[page]=2&pagination[pageSize]=25.'),
      );
    } else {
      for (const [name, [min, max]] of Object.entries(ranges)) {
        if (own(pagination, name)) checkWholeNumber(pagination[name], ['pagination', name], min, max, out);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- filters

/** `$null`/`$notNull`: Strapi reads any one value as true or false; a list or an object means nothing there. */
function checkPresence(value: unknown, path: Path, out: RuleViolation[]) {
  if (value === null || typeof value === 'string') return;
  out.push(violation(path, 'query.presence', `${parameterName(path)} muss true oder false sein, keine Liste und kein Objekt.`));
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isCalendarDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', zoneHours = '0', zoneMinutes = '0'] = match;
  return (
    isCalendarDate(year, month, day) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    Number(zoneHours) <= 14 &&
    Number(zoneMinutes) <= 59
  );
}

/** One value compared with a non-number field. */
function checkValue(value: unknown, kind: ValueKind, path: Path, out: RuleViolation[]) {
  if (value === null) return; // `…[$eq]` without a value: compared with NULL
  const name = parameterName(path);
  if (kind === 'json') {
    out.push(violation(path, 'query.operator', `${name}: ${NAMED.json} lässt sich nur mit $null oder $notNull filtern.`));
    return;
  }
  if (typeof value !== 'string') {
    out.push(violation(path, 'query.value', `${name} muss ein einzelner Wert sein, keine Liste und kein Objekt.`));
    return;
  }
  // PostgreSQL refuses NUL in any text ("invalid byte sequence").
  if (value.includes('\u0000')) {
    out.push(violation(path, 'query.value', `${name} darf kein Nullzeichen (%00) enthalten.`));
    return;
  }
  if (kind === 'boolean' && !BOOLEAN.test(value)) {
    out.push(violation(path, 'query.boolean', `${name} muss true oder false sein (auch 1/0, t/f).`));
  } else if (kind === 'date') {
    const match = DATE.exec(value);
    if (!match || !isCalendarDate(match[1], match[2], match[3])) {
      out.push(violation(path, 'query.date', `${name} muss ein Datum JJJJ-MM-TT sein (Jahr 1000 bis 9999).`));
    }
  } else if (kind === 'datetime' && !isDateTime(value)) {
    out.push(
      violation(
        path,
        'query.datetime',
        `${name} muss ein Zeitpunkt nach ISO 8601 sein, z. B. 2024-05-17 oder 2024-05-17T10:20:30Z (Jahr 1000 bis 9999).`,
      ),
    );
  } else if (kind === 'time' && !TIME.test(value)) {
    out.push(violation(path, 'query.time', `${name} muss eine Uhrzeit HH:MM:SS sein.`));
  }
}

/** A condition on a non-number field: a value, a list of values (read as `$in`), or `{ $operator: … }`. */
function checkValueCondition(condition: unknown, kind: ValueKind, path: Path, out: RuleViolation[], depth: number) {
  if (depth > 40) return;
  if (Array.isArray(condition)) {
    condition.forEach((item, index) => checkValue(item, kind, [...path, index], out));
    return;
  }
  if (!isPlainObject(condition)) {
    checkValue(condition, kind, path, out);
    return;
  }
  const allowed = OPERATORS_OF[kind];
  for (const [operator, value] of Object.entries(condition)) {
    const at = [...path, operator];
    const name = parameterName(at);
    if (!allowed.has(operator)) {
      const message = !operator.startsWith('$')
        ? `${name}: ${operator} ist kein Operator (z. B. $eq, $in, $null).`
        : operator === '$jsonSupersetOf'
          ? `${name}: $jsonSupersetOf ist Strapis internen Abfragen vorbehalten.`
          : `${name}: ${operator} passt nicht zu ${NAMED[kind]} (möglich: ${[...allowed].join(', ')}).`;
      out.push(violation(at, 'query.operator', message));
    } else if (LISTS.has(operator)) {
      if (Array.isArray(value)) value.forEach((item, index) => checkValue(item, kind, [...at, index], out));
      else if (isPlainObject(value)) out.push(notAList(at));
      else checkValue(value, kind, at, out);
    } else if (operator === '$between') {
      if (!Array.isArray(value) || value.length !== 2) {
        out.push(
          violation(
            at,
            'query.between',
            `${name} braucht genau zwei Werte: ${parameterName([...at, 0])} und ${parameterName([...at, 1])}.`,
          ),
        );
      } else {
        value.forEach((item, index) => checkValue(item, kind, [...at, index], out));
      }
    } else if (PRESENCE.has(operator)) {
      checkPresence(value, at, out);
    } else if (operator === '$not') {
      checkValueCondition(value, kind, at, out, depth + 1);
    } else {
      checkValue(value, kind, at, out);
    }
  }
}

function checkNumber(value: unknown, kind: NumberKind, path: Path, out: RuleViolation[]) {
  if (value === null) return; // `…[$eq]` without a value: compared with NULL, Strapi copes
  const name = parameterName(path);
  if (typeof value !== 'string') {
    out.push(violation(path, 'query.number', `${name} muss eine Zahl sein, keine Liste und kein Objekt.`));
    return;
  }
  if (kind === 'integer') {
    if (!INTEGER.test(value) || Number(value) < INTEGER_COLUMN_MIN || Number(value) > INTEGER_COLUMN_MAX) {
      out.push(violation(path, 'query.integer', `${name} muss eine ganze Zahl von -2.147.483.648 bis 2.147.483.647 sein.`));
    }
  } else if (kind === 'biginteger') {
    if (!BIG_INTEGER.test(value)) out.push(violation(path, 'query.integer', `${name} muss eine ganze Zahl mit höchstens 18 Stellen sein.`));
  } else if (!DECIMAL.test(value) || !Number.isFinite(Number(value))) {
    out.push(violation(path, 'query.number', `${name} muss eine Zahl sein (Ziffern, Dezimalpunkt).`));
  }
}

/** A condition on a number: a value, a list of values, or `{ $operator: … }`. */
function checkNumberCondition(condition: unknown, kind: NumberKind, path: Path, out: RuleViolation[], depth: number) {
  if (depth > 40) return;
  if (Array.isArray(condition)) {
    // Read as `$in`: values only, an object in the list would be bound as a value.
    condition.forEach((item, index) => checkNumber(item, kind, [...path, index], out));
    return;
  }
  if (!isPlainObject(condition)) {
    checkNumber(condition, kind, path, out);
    return;
  }
  for (const [operator, value] of Object.entries(condition)) {
    const at = [...path, operator];
    if (COMPARISONS.has(operator)) {
      checkNumber(value, kind, at, out);
    } else if (LISTS.has(operator)) {
      if (Array.isArray(value)) value.forEach((item, index) => checkNumber(item, kind, [...at, index], out));
      else if (isPlainObject(value)) out.push(notAList(at));
      else checkNumber(value, kind, at, out);
    } else if (operator === '$between') {
      if (!Array.isArray(value) || value.length !== 2) {
        out.push(
          violation(
            at,
            'query.between',
            `${parameterName(at)} braucht genau zwei Zahlen: ${parameterName([...at, 0])} und ${parameterName([...at, 1])}.`,
          ),
        );
      } else {
        value.forEach((item, index) => checkNumber(item, kind, [...at, index], out));
      }
    } else if (operator === '$not') {
      checkNumberCondition(value, kind, at, out, depth + 1);
    } else if (PRESENCE.has(operator)) {
      checkPresence(value, at, out);
    } else if (operator.startsWith('$')) {
      out.push(
        violation(
          at,
          'query.operator',
          `${parameterName(at)}: ${operator} passt nicht zu einer Zahl (möglich: $eq, $ne, $lt, $lte, $gt, $gte, $in, $notIn, $between, $null, $notNull, $not).`,
        ),
      );
    } else {
      out.push(violation(at, 'query.operator', `${parameterName(at)}: ${operator} ist kein Operator (z. B. $eq, $gt, $in).`));
    }
  }
}

/** A condition on a relation: the target's id, a list of ids, `{ $operator: id }`, or conditions on the target's fields. */
function checkRelationCondition(
  condition: unknown,
  target: ReadSchemaSpec | undefined,
  lookup: ReadSchemaLookup,
  path: Path,
  out: RuleViolation[],
  depth: number,
) {
  if (Array.isArray(condition)) {
    condition.forEach((item, index) => {
      if (isPlainObject(item) || Array.isArray(item)) {
        out.push(violation([...path, index], 'query.relation', `${parameterName([...path, index])} muss eine id sein.`));
      } else {
        checkNumber(item, 'integer', [...path, index], out);
      }
    });
    return;
  }
  if (!isPlainObject(condition)) {
    checkNumber(condition, 'integer', path, out);
    return;
  }
  const keys = Object.keys(condition);
  const operators = keys.filter((key) => key.startsWith('$'));
  if (operators.length === 0) {
    if (target) checkFilters(condition, target, lookup, path, out, depth + 1);
    return;
  }
  // Strapi's query engine throws a bare Error (a 500) for these shapes.
  if (operators.length !== keys.length || operators.length > 1) {
    out.push(
      violation(
        path,
        'query.relation',
        `${parameterName(path)}: entweder ein Operator oder Bedingungen an Feldern, nicht beides und nicht mehrere Operatoren.`,
      ),
    );
    return;
  }
  const [operator] = operators;
  const value = condition[operator];
  const at = [...path, operator];
  if (GROUP_OPERATORS.has(operator)) {
    if (target) checkFilters({ [operator]: value }, target, lookup, path, out, depth + 1);
  } else if (operator === '$not') {
    if (isPlainObject(value)) {
      if (target) checkFilters(value, target, lookup, at, out, depth + 1);
    } else {
      checkNumberCondition(value, 'integer', at, out, depth + 1);
    }
  } else if (COMPARISONS.has(operator) || LISTS.has(operator) || operator === '$between' || PRESENCE.has(operator)) {
    checkNumberCondition({ [operator]: value }, 'integer', path, out, depth + 1);
  } else {
    out.push(violation(at, 'query.operator', `${parameterName(at)}: ${operator} passt nicht zu einer Verknüpfung (sie vergleicht ids).`));
  }
}

/** `filters` (or a populate's `filters`) against the schema it applies to. */
export function checkFilters(
  filters: unknown,
  schema: ReadSchemaSpec,
  lookup: ReadSchemaLookup,
  path: Path,
  out: RuleViolation[],
  depth = 0,
): void {
  // qs nests at most 20 levels; this guards the walk against anything deeper.
  if (depth > 40) return;
  if (Array.isArray(filters)) {
    filters.forEach((item, index) => checkFilters(item, schema, lookup, [...path, index], out, depth + 1));
    return;
  }
  if (!isPlainObject(filters)) {
    // A bare value where conditions belong (`filters[$and][0]=x`, `filters[$not]=x`,
    // `filters[0]=x`): the query engine throws "Where must be an array or an object".
    // A malformed `filters` itself Strapi answers with 400.
    if (depth > 0) {
      out.push(
        violation(
          path,
          'query.filters',
          `${parameterName(path)} muss Bedingungen an Feldern enthalten, z. B. ${parameterName([...path, 'id', '$eq'])}=1.`,
        ),
      );
    }
    return;
  }
  for (const [key, value] of Object.entries(filters)) {
    const at = [...path, key];
    if (GROUP_OPERATORS.has(key)) {
      if (Array.isArray(value)) value.forEach((item, index) => checkFilters(item, schema, lookup, [...at, index], out, depth + 1));
      else out.push(notAList(at));
      continue;
    }
    if (key === '$not') {
      checkFilters(value, schema, lookup, at, out, depth + 1);
      continue;
    }
    if (key.startsWith('$')) {
      // Strapi's query engine throws a bare Error (a 500) for any other operator at this level.
      out.push(
        violation(
          at,
          'query.operator',
          `${parameterName(at)}: hier sind nur $and, $or und $not möglich; Vergleiche gehören an ein Feld, z. B. ${parameterName([...path, 'id', key])}.`,
        ),
      );
      continue;
    }
    const attribute = own(schema.attributes, key) ? schema.attributes[key] : own(SYSTEM_FIELDS, key) ? SYSTEM_FIELDS[key] : undefined;
    if (!attribute) continue; // Strapi refuses unknown keys with 400
    const kind = NUMBER_KINDS[attribute.type];
    const valueKind = own(VALUE_KINDS, attribute.type) ? VALUE_KINDS[attribute.type] : undefined;
    if (kind) {
      checkNumberCondition(value, kind, at, out, depth + 1);
    } else if (valueKind) {
      checkValueCondition(value, valueKind, at, out, depth + 1);
    } else if (attribute.type === 'relation') {
      checkRelationCondition(value, attribute.target ? lookup(attribute.target) : undefined, lookup, at, out, depth + 1);
    } else if (attribute.type === 'media') {
      checkRelationCondition(value, lookup('plugin::upload.file'), lookup, at, out, depth + 1);
    } else if (attribute.type === 'component') {
      const component = attribute.component ? lookup(attribute.component) : undefined;
      if (component && isPlainObject(value)) checkFilters(value, component, lookup, at, out, depth + 1);
    } else if (attribute.type === 'dynamiczone') {
      // Strapi's query engine cannot filter on a dynamic zone and throws a bare Error (a 500).
      out.push(
        violation(at, 'query.dynamiczone', `${parameterName(at)}: nach Blöcken einer dynamischen Zone kann nicht gefiltert werden.`),
      );
    }
  }
}

// ---------------------------------------------------------------- populate

function checkPopulateEntry(
  entry: Record<string, unknown>,
  schema: ReadSchemaSpec | undefined,
  lookup: ReadSchemaLookup,
  path: Path,
  out: RuleViolation[],
  depth: number,
) {
  if (!schema || depth > 40) return;
  // A bare value as a populate's `filters` Strapi answers with 400 itself.
  if (own(entry, 'filters') && (isPlainObject(entry.filters) || Array.isArray(entry.filters))) {
    checkFilters(entry.filters, schema, lookup, [...path, 'filters'], out, depth + 1);
  }
  if (own(entry, 'populate')) checkPopulate(entry.populate, schema, lookup, [...path, 'populate'], out, depth + 1);
}

/** `populate`: filters inside it apply to the populated relation's or component's schema. */
export function checkPopulate(
  populate: unknown,
  schema: ReadSchemaSpec,
  lookup: ReadSchemaLookup,
  path: Path,
  out: RuleViolation[],
  depth = 0,
): void {
  if (!isPlainObject(populate) || depth > 40) return; // '*', 'a,b', lists of names: no filters
  for (const [key, value] of Object.entries(populate)) {
    if (!isPlainObject(value) || !own(schema.attributes, key)) continue;
    const attribute = schema.attributes[key];
    const at = [...path, key];
    if (attribute.type === 'dynamiczone') {
      if (isPlainObject(value.on)) {
        for (const [component, fragment] of Object.entries(value.on)) {
          if (isPlainObject(fragment) && (attribute.components ?? []).includes(component)) {
            checkPopulateEntry(fragment, lookup(component), lookup, [...at, 'on', component], out, depth + 1);
          }
        }
      }
      continue;
    }
    const target =
      attribute.type === 'relation' && attribute.target
        ? lookup(attribute.target)
        : attribute.type === 'media'
          ? lookup('plugin::upload.file')
          : attribute.type === 'component' && attribute.component
            ? lookup(attribute.component)
            : undefined;
    checkPopulateEntry(value, target, lookup, at, out, depth + 1);
  }
}

/**
 * Every problem of a read's query; empty when Strapi may have it. `schema` is the content
 * type the route reads (undefined for routes that are no content type's, e.g. a plugin's):
 * then only the pagination is checked.
 */
export function checkReadQuery(
  query: Record<string, unknown>,
  schema: ReadSchemaSpec | undefined,
  lookup: ReadSchemaLookup,
  maxPageSize: number,
): RuleViolation[] {
  const out = checkPagination(query, maxPageSize);
  if (schema) {
    if (own(query, 'filters')) checkFilters(query.filters, schema, lookup, ['filters'], out);
    if (own(query, 'populate')) checkPopulate(query.populate, schema, lookup, ['populate'], out);
  }
  return out;
}
