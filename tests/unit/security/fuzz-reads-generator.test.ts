import fs from 'fs';
import path from 'path';
import { withBaseTypes } from '../../../src/custom-fields/base-types';
import { parse } from 'qs';
import { checkReadQuery, parameterName, type ReadSchemaLookup, type ReadSchemaSpec } from '../../../src/domain/rest-read-query';
import {
  DEFAULT_READ_FUZZ_SEED,
  familyOf,
  generateReadFuzzCases,
  readFuzzSchemaOf,
  STRAPI_OPERATORS,
  UNKNOWN_OPERATORS,
} from '../../security/fuzz-reads-generator';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => withBaseTypes(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')));
const TYPES = ['article', 'study', 'statistic', 'book-tip', 'category', 'tag', 'author'];
const models: Record<string, any> = Object.fromEntries([
  ...TYPES.map((t) => [`api::${t}.${t}`, read(`src/api/${t}/content-types/${t}/schema.json`)]),
  ...fs
    .readdirSync(path.join(ROOT, 'src/components/blocks'))
    .map((f) => [`blocks.${f.replace(/\.json$/, '')}`, read(`src/components/blocks/${f}`)]),
]);
const plural: Record<string, string> = {
  article: 'articles',
  study: 'studies',
  statistic: 'statistics',
  'book-tip': 'book-tips',
  category: 'categories',
  tag: 'tags',
  author: 'authors',
};
const schema = readFuzzSchemaOf(
  models,
  Object.fromEntries(
    TYPES.map((t) => [`api::${t}.${t}`, { path: `/api/${plural[t]}`, entry: `${t.replace('-', '')}0000000000000000000000`.slice(0, 24) }]),
  ),
);
const lookup: ReadSchemaLookup = (uid) =>
  (models[uid] as ReadSchemaSpec | undefined) ?? (uid === 'plugin::upload.file' ? { attributes: {} } : undefined);
const schemaOfUrl = (url: string): ReadSchemaSpec | undefined => {
  const type = Object.values(schema).find((t) => url === t.path || url.startsWith(`${t.path}?`) || url.startsWith(`${t.path}/`));
  return type ? models[type.uid] : undefined;
};

describe('readFuzzSchemaOf', () => {
  it('finds the number fields, relations and dynamic-zone relations of the blog', () => {
    expect(schema['api::article.article'].numbers).toEqual({ id: 'integer', outdatedAfterMonths: 'integer' });
    expect(schema['api::statistic.statistic'].numbers).toEqual({ id: 'integer', value: 'decimal', base: 'integer' });
    expect(schema['api::article.article'].relations).toMatchObject({ category: 'api::category.category', related: 'api::article.article' });
    expect(schema['api::article.article'].dynamicZones.blocks['blocks.study-stat']).toEqual({ statistics: 'api::statistic.statistic' });
  });
});

describe('generateReadFuzzCases', () => {
  const cases = generateReadFuzzCases(DEFAULT_READ_FUZZ_SEED, 6000, schema);

  it('gives the same cases for the same seed, other cases for another', () => {
    expect(generateReadFuzzCases(DEFAULT_READ_FUZZ_SEED, 6000, schema)).toEqual(cases);
    expect(generateReadFuzzCases(DEFAULT_READ_FUZZ_SEED + 1, 6000, schema).map((c) => c.url)).not.toEqual(cases.map((c) => c.url));
  });

  it('covers every kind, every number parameter, every type and the plugin routes', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['pagination', 'filter', 'relation', 'populate', 'control', 'operator']));
    for (const name of [
      'pagination[start]',
      'pagination[limit]',
      'pagination[page]',
      'pagination[pageSize]',
      'start',
      'limit',
      'page',
      'pageSize',
    ]) {
      expect(cases.some((c) => c.kind === 'pagination' && c.parameter === name)).toBe(true);
    }
    for (const type of Object.values(schema)) {
      expect(cases.some((c) => c.kind === 'filter' && c.url.startsWith(`${type.path}?`))).toBe(true);
      for (const field of Object.keys(type.numbers))
        expect(cases.some((c) => c.kind === 'filter' && c.url.startsWith(type.path) && c.parameter.includes(`[${field}]`))).toBe(true);
    }
    for (const route of ['/api/editorial/outdated', '/api/upload/files', '/api/i18n/locales', '/api/users'])
      expect(cases.some((c) => c.url.startsWith(`${route}?`))).toBe(true);
    expect(cases.some((c) => c.url.includes('[on][blocks.study-stat]'))).toBe(true);
    expect(cases.some((c) => c.url.includes('[$between]'))).toBe(true);
  });

  it('throws every operator, unknown ones and every operand shape at every field type of every public type', () => {
    const operator = cases.filter((c) => c.kind === 'operator');
    for (const op of [...STRAPI_OPERATORS, ...UNKNOWN_OPERATORS]) expect(operator.some((c) => c.url.includes(`[${op}]`))).toBe(true);
    for (const type of Object.values(schema)) {
      const families = new Set(Object.values(type.fields).map(familyOf));
      for (const family of families) {
        const fields = Object.entries(type.fields)
          .filter(([, t]) => familyOf(t) === family)
          .map(([name]) => name);
        expect(operator.some((c) => c.url.startsWith(`${type.path}?`) && fields.some((f) => c.url.includes(`[${f}][`)))).toBe(true);
      }
    }
    expect(new Set(Object.values(schema['api::study.study'].fields).map(familyOf))).toEqual(
      new Set(['text', 'number', 'boolean', 'date', 'relation']),
    );
    for (const needle of [
      '[$eq][$eq]',
      '[$not][$not]',
      '[$and][0][$or]',
      '[$between]=',
      '[a]=',
      '%00',
      'x'.repeat(2500),
      'populate[',
      '=&',
    ])
      expect(operator.some((c) => c.url.includes(needle))).toBe(true);
    const verdicts = new Set(operator.map((c) => c.expect));
    expect(verdicts).toEqual(new Set(['refused', 'answered', 'survived']));
  });

  it("names in each case a parameter its URL carries, and agrees with the app's rule on the verdict", () => {
    const disagreements: string[] = [];
    for (const c of cases) {
      const [route, query = ''] = c.url.split('?');
      const violations = checkReadQuery(
        parse(query, { strictNullHandling: true, arrayLimit: 100, depth: 20 }) as any,
        schemaOfUrl(route),
        lookup,
        100,
      );
      const named = violations.map((v) => parameterName(v.path));
      if (c.expect === 'refused' && !named.includes(c.parameter)) disagreements.push(`${c.n} ${c.url} → ${named.join(', ') || 'passes'}`);
      if (c.expect === 'answered' && named.length > 0) disagreements.push(`${c.n} ${c.url} → ${named.join(', ')}`);
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
