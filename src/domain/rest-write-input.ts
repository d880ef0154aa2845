/**
 * The shape a REST write (`POST /api/<type>`, `PUT /api/<type>/:documentId`) must have
 * before Strapi sees it. Strapi validates values, but some malformed shapes slip through
 * its validators and either crash deeper down (a `null` rich-text node, `Number()` on an
 * object, thousands of relation ids in one SQL statement: 500) or are silently dropped
 * (`category: true`, `category: { name: 'x' }`: 201 without a category). This checks
 * the JSON types of every attribute against the content-type schema, unknown keys, the
 * relation and dynamic-zone shapes, the database column ranges, and the nesting depth.
 *
 * Pure: schemas come in as plain objects, violations go out in the write rules' format.
 */
import { DECIMAL_COLUMN_LIMIT, INTEGER_COLUMN_MAX, type RuleViolation } from './content-rules';
import { isDocumentId } from '../plugins/editorial/server/public';
import { isLocaleCode } from '../plugins/editorial/shared/locale';

export interface AttributeSpec {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  multiple?: boolean;
  enum?: string[];
}

export interface SchemaSpec {
  attributes: Record<string, AttributeSpec>;
}

export type SchemaLookup = (uid: string) => SchemaSpec | undefined;

export const REST_WRITE_LIMITS = {
  /** JSON nesting of the whole body: a rich-text list nested ten levels deep needs about 28. */
  depth: 32,
  /** Targets per relation field in one request. */
  relationsPerField: 100,
  /** Blocks in one dynamic zone. */
  dynamicZoneEntries: 200,
} as const;

const INTEGER_COLUMN_MIN = -INTEGER_COLUMN_MAX - 1;
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'uid', 'email', 'password']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

type Path = Array<string | number>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** `blocks[0].statistics`, as editors and API clients read a field path. */
export function pathLabel(path: Path): string {
  return (
    path.reduce<string>((label, part) => (typeof part === 'number' ? `${label}[${part}]` : label ? `${label}.${part}` : part), '') ||
    'Request-Body'
  );
}

function violation(path: Path, rule: string, message: string): RuleViolation {
  return { path: path.map(String), rule, message };
}

/**
 * Walks the body once without recursion (a hostile body may nest 100 000 levels):
 * how deep it nests, and the first string or key holding U+0000, which PostgreSQL
 * can store neither in text nor in jsonb columns.
 */
function scanBody(body: unknown, limit: number): { tooDeep: boolean; nulAt: Path | null } {
  const stack: Array<{ value: unknown; depth: number; path: Path }> = [{ value: body, depth: 0, path: [] }];
  let nulAt: Path | null = null;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (nulAt === null && value.includes('\u0000')) nulAt = path;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth + 1 > limit) return { tooDeep: true, nulAt };
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, depth: depth + 1, path: [...path, index] }));
    } else {
      for (const key of Object.keys(value)) {
        if (nulAt === null && key.includes('\u0000')) nulAt = path;
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: [...path, key] });
      }
    }
  }
  return { tooDeep: false, nulAt };
}

function isRealDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return Boolean(match && isRealDate(match[1], match[2], match[3]));
}

export function isIsoDateTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_TIME.exec(value);
  if (!match || !isRealDate(match[1], match[2], match[3])) return false;
  const [hours, minutes, seconds] = [match[4], match[5], match[6]].map((part) => (part === undefined ? 0 : Number(part)));
  return hours <= 23 && minutes <= 59 && seconds <= 59 && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

function isLocale(value: unknown): boolean {
  return value === null || isLocaleCode(value);
}

function isPosition(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return Object.entries(value).every(([key, part]) => {
    if (key === 'before' || key === 'after') return isDocumentId(part);
    if (key === 'start' || key === 'end') return typeof part === 'boolean';
    if (key === 'locale') return isLocale(part);
    if (key === 'status') return part === 'draft' || part === 'published';
    return false;
  });
}

/** One relation target: a documentId, or `{ documentId, locale?, status?, position? }`. */
export function isRelationTarget(value: unknown): boolean {
  if (typeof value === 'string') return isDocumentId(value);
  if (!isPlainObject(value)) return false;
  if (!isDocumentId(value.documentId)) return false;
  return Object.entries(value).every(([key, part]) => {
    if (key === 'documentId') return true;
    if (key === 'locale') return isLocale(part);
    if (key === 'status') return part === 'draft' || part === 'published';
    if (key === 'position') return isPosition(part);
    return false;
  });
}

const RELATION_OPERATIONS = ['connect', 'disconnect', 'set'] as const;

/** 'ok', 'shape' (not a relation value) or 'limit' (too many targets). */
function relationVerdict(value: unknown, isTarget: (v: unknown) => boolean, limit: number): 'ok' | 'shape' | 'limit' {
  const list = (items: unknown): 'ok' | 'shape' | 'limit' => {
    const targets = Array.isArray(items) ? items : [items];
    if (!targets.every(isTarget)) return 'shape';
    return targets.length > limit ? 'limit' : 'ok';
  };
  if (value === null) return 'ok';
  if (Array.isArray(value) || !isPlainObject(value) || isTarget(value)) return list(value);
  const keys = Object.keys(value);
  if (!keys.some((key) => (RELATION_OPERATIONS as readonly string[]).includes(key))) return 'shape';
  let verdict: 'ok' | 'shape' | 'limit' = 'ok';
  for (const key of keys) {
    if (key === 'options') {
      const options = value.options;
      if (!isPlainObject(options) || !Object.entries(options).every(([name, flag]) => name === 'strict' && typeof flag === 'boolean'))
        return 'shape';
      continue;
    }
    if (!(RELATION_OPERATIONS as readonly string[]).includes(key)) return 'shape';
    const part = list(value[key]);
    if (part === 'shape') return 'shape';
    if (part === 'limit') verdict = 'limit';
  }
  return verdict;
}

/** A file of the media library: its numeric id, its documentId, or `{ id }` / `{ documentId }`. */
function isMediaTarget(value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0;
  if (typeof value === 'string') return isDocumentId(value);
  if (!isPlainObject(value) || Object.keys(value).length !== 1) return false;
  if ('id' in value) return typeof value.id === 'number' && Number.isSafeInteger(value.id) && value.id > 0;
  return isDocumentId(value.documentId);
}

/** Strapi's rich text: a list of nodes `{ type, children?, text?, url?, … }`. */
function isRichText(value: unknown): boolean {
  const isNode = (node: unknown): boolean => {
    if (!isPlainObject(node) || typeof node.type !== 'string' || node.type === '') return false;
    if ('children' in node && !(Array.isArray(node.children) && node.children.every(isNode))) return false;
    for (const key of ['text', 'url']) if (key in node && typeof node[key] !== 'string') return false;
    for (const key of ['format', 'language']) if (key in node && node[key] !== null && typeof node[key] !== 'string') return false;
    if ('level' in node && typeof node.level !== 'number') return false;
    if ('image' in node && !isPlainObject(node.image)) return false;
    return true;
  };
  return Array.isArray(value) && value.every(isNode);
}

/**
 * Keys that are no attribute are refused here rather than left to Strapi: its check looks
 * keys up on the plain attributes object, so `constructor` or `toString` pass as if they
 * were attributes and the write succeeds with the key silently dropped.
 */
function checkAttributes(
  data: Record<string, unknown>,
  schema: SchemaSpec,
  lookup: SchemaLookup,
  path: Path,
  out: RuleViolation[],
  extraKeys: readonly string[] = [],
) {
  for (const key of Object.keys(data)) {
    if (own(schema.attributes, key)) checkValue(data[key], schema.attributes[key], lookup, [...path, key], out);
    else if (!extraKeys.includes(key))
      out.push(violation([...path, key], 'unknown.field', `Unbekanntes Feld: ${pathLabel([...path, key])}.`));
  }
}

const isComponentId = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isSafeInteger(value) && value > 0);

function checkValue(value: unknown, attribute: AttributeSpec, lookup: SchemaLookup, path: Path, out: RuleViolation[]) {
  if (value === null || value === undefined) return; // required-ness is Strapi's and the write rules' job
  const label = pathLabel(path);
  const type = attribute.type;

  if (TEXT_TYPES.has(type)) {
    if (typeof value !== 'string') out.push(violation(path, 'type.text', `${label} muss ein Text sein.`));
    return;
  }
  switch (type) {
    case 'enumeration': {
      const allowed = attribute.enum ?? [];
      if (typeof value !== 'string' || !allowed.includes(value)) {
        out.push(violation(path, 'type.enumeration', `${label} muss einer dieser Werte sein: ${allowed.join(', ')}.`));
      }
      return;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        out.push(violation(path, 'type.integer', `${label} muss eine ganze Zahl sein.`));
      } else if (value < INTEGER_COLUMN_MIN || value > INTEGER_COLUMN_MAX) {
        out.push(violation(path, 'range.integer', `${label} muss zwischen -2.147.483.648 und 2.147.483.647 liegen.`));
      }
      return;
    case 'biginteger':
      if (!(typeof value === 'number' && Number.isSafeInteger(value)) && !(typeof value === 'string' && /^-?\d{1,18}$/.test(value))) {
        out.push(violation(path, 'type.integer', `${label} muss eine ganze Zahl sein.`));
      }
      return;
    case 'float':
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        out.push(violation(path, 'type.number', `${label} muss eine Zahl sein.`));
      } else if (type === 'decimal' && Math.abs(value) >= DECIMAL_COLUMN_LIMIT) {
        out.push(violation(path, 'range.decimal', `${label} muss kleiner als 100.000.000 sein.`));
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') out.push(violation(path, 'type.boolean', `${label} muss true oder false sein.`));
      return;
    case 'date':
      if (!isIsoDate(value)) out.push(violation(path, 'type.date', `${label} muss ein Datum der Form JJJJ-MM-TT sein.`));
      return;
    case 'datetime':
    case 'timestamp':
      if (!isIsoDateTime(value)) {
        out.push(violation(path, 'type.datetime', `${label} muss ein Zeitpunkt im ISO-8601-Format sein, z. B. 2024-05-01T08:00:00.000Z.`));
      }
      return;
    case 'blocks':
      if (!isRichText(value)) {
        out.push(
          violation(
            path,
            'type.blocks',
            `${label} muss Rich Text sein: eine Liste von Knoten mit "type", deren "children" wieder solche Knoten sind.`,
          ),
        );
      }
      return;
    case 'media': {
      const verdict = attribute.multiple
        ? relationVerdict(value, isMediaTarget, REST_WRITE_LIMITS.relationsPerField)
        : isMediaTarget(value)
          ? 'ok'
          : 'shape';
      if (verdict === 'shape') out.push(violation(path, 'type.media', `${label} muss die id einer Datei aus der Medienbibliothek sein.`));
      if (verdict === 'limit')
        out.push(violation(path, 'limit.media', `${label}: höchstens ${REST_WRITE_LIMITS.relationsPerField} Dateien pro Anfrage.`));
      return;
    }
    case 'relation': {
      const verdict = relationVerdict(value, isRelationTarget, REST_WRITE_LIMITS.relationsPerField);
      if (verdict === 'shape') {
        out.push(
          violation(
            path,
            'type.relation',
            `${label} muss eine documentId, eine Liste von documentIds, { documentId, locale } oder { connect | disconnect | set: [...] } sein.`,
          ),
        );
      }
      if (verdict === 'limit')
        out.push(
          violation(path, 'limit.relation', `${label}: höchstens ${REST_WRITE_LIMITS.relationsPerField} Verknüpfungen pro Anfrage.`),
        );
      return;
    }
    case 'component': {
      const schema = attribute.component ? lookup(attribute.component) : undefined;
      const entries = attribute.repeatable ? value : [value];
      if (!Array.isArray(entries) || !entries.every(isPlainObject)) {
        out.push(
          violation(
            path,
            'type.component',
            attribute.repeatable ? `${label} muss eine Liste von Objekten sein.` : `${label} muss ein Objekt sein.`,
          ),
        );
        return;
      }
      if (!schema) return;
      entries.forEach((entry, index) => {
        const entryPath = attribute.repeatable ? [...path, index] : path;
        if (!isComponentId((entry as Record<string, unknown>).id))
          out.push(
            violation([...entryPath, 'id'], 'type.componentId', `${pathLabel([...entryPath, 'id'])} muss eine positive ganze Zahl sein.`),
          );
        checkAttributes(entry as Record<string, unknown>, schema, lookup, entryPath, out, ['id']);
      });
      return;
    }
    case 'dynamiczone': {
      const allowed = attribute.components ?? [];
      if (!Array.isArray(value)) {
        out.push(violation(path, 'type.dynamiczone', `${label} muss eine Liste von Blöcken sein.`));
        return;
      }
      if (value.length > REST_WRITE_LIMITS.dynamicZoneEntries) {
        out.push(violation(path, 'limit.dynamiczone', `${label}: höchstens ${REST_WRITE_LIMITS.dynamicZoneEntries} Blöcke.`));
        return;
      }
      value.forEach((entry, index) => {
        const entryPath = [...path, index];
        const component = isPlainObject(entry) ? entry.__component : undefined;
        if (typeof component !== 'string' || !allowed.includes(component)) {
          out.push(
            violation(
              [...entryPath, '__component'],
              'dynamiczone.component',
              `${pathLabel(entryPath)} muss ein Block mit __component sein, einer von: ${allowed.join(', ')}.`,
            ),
          );
          return;
        }
        const schema = lookup(component);
        if (!isComponentId((entry as Record<string, unknown>).id))
          out.push(
            violation([...entryPath, 'id'], 'type.componentId', `${pathLabel([...entryPath, 'id'])} muss eine positive ganze Zahl sein.`),
          );
        if (schema) checkAttributes(entry as Record<string, unknown>, schema, lookup, entryPath, out, ['__component', 'id']);
      });
      return;
    }
    default:
      return; // json and anything newer: Strapi's own validation
  }
}

/**
 * Every problem of a REST write body for a content type; empty when Strapi may have it.
 * A body too deep or not of the form `{ data: { … } }` yields that one problem only.
 */
export function checkRestWriteBody(body: unknown, schema: SchemaSpec, lookup: SchemaLookup): RuleViolation[] {
  const scan = scanBody(body, REST_WRITE_LIMITS.depth);
  if (scan.tooDeep) {
    return [violation([], 'body.depth', `Der Request-Body ist zu tief verschachtelt (höchstens ${REST_WRITE_LIMITS.depth} Ebenen).`)];
  }
  if (!isPlainObject(body) || !isPlainObject(body.data)) {
    return [violation([], 'body.data', 'Der Request-Body muss ein JSON-Objekt der Form { "data": { … } } sein.')];
  }
  const out: RuleViolation[] = [];
  if (scan.nulAt) {
    const nulPath = scan.nulAt[0] === 'data' ? scan.nulAt.slice(1) : scan.nulAt;
    out.push(violation(nulPath, 'text.nul', `${pathLabel(nulPath)} darf kein Nullzeichen (U+0000) enthalten.`));
  }
  checkAttributes(body.data, schema, lookup, [], out);
  return out;
}

/** For localized types: the `locale` of a write must be one the blog has. */
export function checkWriteLocale(locale: unknown, available: string[]): RuleViolation[] {
  if (locale === undefined || locale === '') return [];
  if (typeof locale === 'string' && available.includes(locale)) return [];
  return [violation(['locale'], 'locale.unknown', `locale muss eine dieser Sprachen sein: ${available.join(', ')}.`)];
}

/**
 * Relation targets may name the locale of the document they point to
 * (`{ documentId, locale }`); it must be one the blog has, or Strapi would link to nothing
 * and answer 200.
 */
export function checkTargetLocales(body: unknown, available: string[], path: Path = [], depth = 0): RuleViolation[] {
  if (depth > 40 || body === null || typeof body !== 'object') return [];
  if (Array.isArray(body)) return body.flatMap((item, index) => checkTargetLocales(item, available, [...path, index], depth + 1));
  const record = body as Record<string, unknown>;
  const out: RuleViolation[] = [];
  if (typeof record.documentId === 'string' && typeof record.locale === 'string' && !available.includes(record.locale)) {
    out.push(
      violation(
        [...path, 'locale'],
        'relation.locale.unknown',
        `${pathLabel([...path, 'locale'])} muss eine dieser Sprachen sein: ${available.join(', ')}.`,
      ),
    );
  }
  for (const [key, value] of Object.entries(record)) out.push(...checkTargetLocales(value, available, [...path, key], depth + 1));
  return out;
}

/**
 * Fields a REST write may set only with a full-access API token. `lastReviewedAt` restarts
 * the outdated banner's clock: editors move it with the plugin's "mark reviewed" (or in the
 * content manager, where Strapi's field permissions decide), so a token limited to
 * "update articles", or a users-permissions user, must not be able to push it (2099 would
 * hide the banner for decades; null would bring it back at once). Any value counts, also
 * one equal to the stored date: the body cannot prove it was read back unchanged.
 */
export function checkRestrictedFields(
  body: unknown,
  fields: ReadonlyArray<{ name: string; label: string }>,
  fullAccess: boolean,
): RuleViolation[] {
  if (fullAccess || !isPlainObject(body) || !isPlainObject(body.data)) return [];
  const data = body.data;
  return fields
    .filter(({ name }) => own(data, name))
    .map(({ name, label }) =>
      violation(
        [name],
        `${name}.restricted`,
        `${name} (${label}) wird mit „Als geprüft markieren“ gesetzt; über die REST-API nur mit einem Full-Access-API-Token.`,
      ),
    );
}

/** The documentIds one relation field of a write names, with where it sits and what it points to. */
export interface RelationTargets {
  path: Path;
  target: string;
  documentIds: string[];
}

function targetDocumentIds(value: unknown): string[] {
  const of = (item: unknown): string[] => {
    if (typeof item === 'string') return [item];
    if (isPlainObject(item) && typeof item.documentId === 'string') return [item.documentId];
    return [];
  };
  if (Array.isArray(value)) return value.flatMap(of);
  if (!isPlainObject(value)) return of(value);
  if (typeof value.documentId === 'string') return [value.documentId];
  return RELATION_OPERATIONS.flatMap((key) =>
    own(value, key) ? (Array.isArray(value[key]) ? (value[key] as unknown[]) : [value[key]]).flatMap(of) : [],
  );
}

/**
 * Every relation field of a (well-formed) write body with the documentIds it names, in
 * components and dynamic-zone blocks too, so the caller can check that they exist: Strapi
 * passes some unknown ones on to the database as row ids (a 500 on MySQL/MariaDB).
 */
export function relationTargetsOf(data: unknown, schema: SchemaSpec, lookup: SchemaLookup, path: Path = []): RelationTargets[] {
  if (!isPlainObject(data)) return [];
  const out: RelationTargets[] = [];
  for (const [name, value] of Object.entries(data)) {
    const attribute = own(schema.attributes, name) ? schema.attributes[name] : undefined;
    if (!attribute || value === null || value === undefined) continue;
    if (attribute.type === 'relation' && attribute.target) {
      const documentIds = [...new Set(targetDocumentIds(value))];
      if (documentIds.length > 0) out.push({ path: [...path, name], target: attribute.target, documentIds });
    } else if (attribute.type === 'component' && attribute.component) {
      const component = lookup(attribute.component);
      const entries = Array.isArray(value) ? value : [value];
      if (component)
        entries.forEach((entry, i) =>
          out.push(...relationTargetsOf(entry, component, lookup, attribute.repeatable ? [...path, name, i] : [...path, name])),
        );
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((entry, i) => {
        const component = isPlainObject(entry) && typeof entry.__component === 'string' ? lookup(entry.__component) : undefined;
        if (component) out.push(...relationTargetsOf(entry, component, lookup, [...path, name, i]));
      });
    }
  }
  return out;
}

/** One violation per relation field that names documents that do not exist. */
export function checkRelationTargetsExist(fields: RelationTargets[], existing: (target: string) => ReadonlySet<string>): RuleViolation[] {
  return fields.flatMap(({ path, target, documentIds }) => {
    const known = existing(target);
    const missing = documentIds.filter((id) => !known.has(id));
    return missing.length === 0
      ? []
      : [
          violation(
            path,
            'relation.unknown',
            `${pathLabel(path)}: ${missing.length === 1 ? 'diesen Eintrag' : 'diese Einträge'} gibt es nicht: ${missing.slice(0, 5).join(', ')}.`,
          ),
        ];
  });
}
