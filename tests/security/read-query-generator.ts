/**
 * Public reads that pass through relations, generated from the content-type schemas and a
 * seed, for the drafts differential test (relation-filters.test.ts). For every content type,
 * every relation path up to depth 3 (`localizations` included) is read with filters on its
 * string and date fields (at depth 3 on one field the seed picks) (`$eq`, `$containsi`, `$startsWith`, `$lt`, `$null`), with a sort
 * through it and with a populate along it. The values are the markers the test later writes
 * into drafts, so a read that sees draft rows answers differently.
 *
 * Pure: no clock, no Math.random; the same seed and schema give the same reads.
 */
import { mulberry32 } from './fuzz-generator';

export interface ReadType {
  /** REST path segment, e.g. `articles`. */
  plural: string;
  strings: string[];
  /** `date` and `datetime` attributes; `dateOnly` lists the `date` ones. */
  dates: string[];
  dateOnly: string[];
  /** Relation attribute → target UID (content types only). */
  relations: Record<string, string>;
}

export type ReadSchema = Record<string, ReadType>;

/** What the test writes into every draft field; the reads look for exactly these. */
export const DRAFT_MARKER = {
  text: '0000 GEHEIM Entwurf',
  slugPrefix: '0000-geheim-entwurf',
  /** Before every published date in the demo content. */
  date: '2005-02-03',
  dateTime: '2005-02-03T04:05:06.000Z',
} as const;

const STRING_OPERATORS = ['$eq', '$containsi', '$startsWith', '$lt', '$null'] as const;
const DATE_OPERATORS = ['$eq', '$lt', '$null'] as const;

export interface GeneratedRead {
  url: string;
  /** Which part of the query goes through relations. */
  kind: 'filter' | 'sort' | 'populate';
}

/** Every relation path from `root`, depth 1 to `maxDepth`, as attribute-name lists. */
export function relationPaths(schema: ReadSchema, root: string, maxDepth = 3): Array<{ path: string[]; target: string }> {
  const out: Array<{ path: string[]; target: string }> = [];
  const walk = (uid: string, path: string[]) => {
    if (path.length === maxDepth) return;
    for (const [name, target] of Object.entries(schema[uid]?.relations ?? {})) {
      if (!schema[target]) continue;
      const next = [...path, name];
      out.push({ path: next, target });
      walk(target, next);
    }
  };
  walk(root, []);
  return out;
}

function operandFor(operator: string, field: string, type: ReadType): string {
  const isDate = type.dates.includes(field);
  if (operator === '$null') return 'true';
  if (isDate) {
    const date = type.dateOnly.includes(field) ? DRAFT_MARKER.date : DRAFT_MARKER.dateTime;
    return operator === '$lt' ? '2006-01-01' : date;
  }
  if (operator === '$containsi') return 'geheim';
  if (operator === '$startsWith') return '0000';
  if (operator === '$lt') return '0001';
  return field === 'slug' ? `${DRAFT_MARKER.slugPrefix}-1` : DRAFT_MARKER.text;
}

function populateParam(path: string[]): string {
  // populate[a][populate][b][populate][c]=true
  return `populate${path.map((name, i) => (i === 0 ? `[${name}]` : `[populate][${name}]`)).join('')}=true`;
}

/**
 * The reads: for each root type and relation path, every field of the path's end type gets
 * one filter whose operator rotates from a seeded start (so over the paths every operator
 * meets every field), one sort through the path on a field picked by the seed, and one
 * populate along it; depth-1 paths get every operator on every field. Shuffled by the seed.
 */
export function generateRelationReads(schema: ReadSchema, seed: number): GeneratedRead[] {
  const rng = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)];
  const reads: GeneratedRead[] = [];
  for (const [root, rootType] of Object.entries(schema)) {
    const base = `/api/${rootType.plural}?`;
    for (const { path, target } of relationPaths(schema, root)) {
      const type = schema[target];
      const fields = [...type.strings, ...type.dates];
      const key = `filters${path.map((name) => `[${name}]`).join('')}`;
      let turn = Math.floor(rng() * STRING_OPERATORS.length);
      // At depth 3 the join under test is the same whichever field is filtered: one field,
      // picked by the seed, keeps the run short (the paths there outnumber all others).
      const filtered = path.length >= 3 && fields.length > 0 ? [pick(fields)] : fields;
      for (const field of filtered) {
        const operators = type.dates.includes(field) ? DATE_OPERATORS : STRING_OPERATORS;
        const chosen = path.length === 1 ? operators : [operators[turn++ % operators.length]];
        for (const operator of chosen) {
          reads.push({
            kind: 'filter',
            url: `${base}${key}[${field}][${operator}]=${encodeURIComponent(operandFor(operator, field, type))}`,
          });
        }
      }
      // A relation itself tested for "has none" sees drafts unless the join is restricted.
      reads.push({ kind: 'filter', url: `${base}${key}[$null]=true` });
      if (fields.length > 0) {
        const field = pick(fields);
        reads.push({ kind: 'sort', url: `${base}sort=${[...path, field].join('.')}:${pick(['asc', 'desc'])}&pagination[pageSize]=100` });
      }
      reads.push({ kind: 'populate', url: `${base}${populateParam(path)}&pagination[pageSize]=100` });
    }
  }
  // Fisher–Yates with the same generator.
  for (let i = reads.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [reads[i], reads[j]] = [reads[j], reads[i]];
  }
  return reads;
}
