import fs from 'fs';
import path from 'path';
import { withBaseTypes } from '../../../src/custom-fields/base-types';
import {
  checkPagination,
  checkReadQuery,
  parameterName,
  READ_QUERY_LIMITS,
  type ReadSchemaLookup,
  type ReadSchemaSpec,
} from '../../../src/domain/rest-read-query';
import { contentTypeOfPath, restPathsOf } from '../../../src/middlewares/rest-read-query';
import { articleListQuery, articleQuery, categoriesQuery, categoryQuery } from '../../../src/reader-site/templates/query';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): ReadSchemaSpec => withBaseTypes(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')));
const lookup: ReadSchemaLookup = (uid) => {
  const api = /^api::([a-z-]+)\.\1$/.exec(uid);
  if (api) return read(`src/api/${api[1]}/content-types/${api[1]}/schema.json`);
  const block = /^blocks\.([a-z-]+)$/.exec(uid);
  if (block) return read(`src/components/blocks/${block[1]}.json`);
  if (uid === 'plugin::upload.file')
    return { attributes: { name: { type: 'string' }, size: { type: 'decimal' }, width: { type: 'integer' } } };
  return undefined;
};
const ARTICLE = lookup('api::article.article')!;
const STATISTIC = lookup('api::statistic.statistic')!;
const STUDY = lookup('api::study.study')!;
const CATEGORY = lookup('api::category.category')!;

/** The query as Strapi's qs parser hands it over. */
const qs = (text: string): Record<string, unknown> => require('qs').parse(text, { strictNullHandling: true, arrayLimit: 100, depth: 20 });
const problems = (text: string, schema: ReadSchemaSpec | undefined = ARTICLE) =>
  checkReadQuery(qs(text), schema, lookup, 100).map((v) => `${parameterName(v.path)} ${v.rule}`);

describe('pagination', () => {
  it.each([
    '',
    'pagination[page]=1&pagination[pageSize]=25',
    'pagination[page]=10000000&pagination[pageSize]=100',
    'pagination[start]=0&pagination[limit]=100',
    `pagination[start]=${READ_QUERY_LIMITS.maxStart}`,
    'pagination[withCount]=false',
    'page=2&pageSize=10',
    'pagination[page]=007',
  ])('%s passes', (text) => expect(problems(text)).toEqual([]));

  const big = '99999999999999999999';
  it.each([
    [`pagination[start]=${big}`, 'pagination[start]'],
    ['pagination[start]=1e20', 'pagination[start]'],
    ['pagination[start]=9223372036854775807', 'pagination[start]'],
    ['pagination[start]=1000000001', 'pagination[start]'],
    ['pagination[start]=-1', 'pagination[start]'],
    ['pagination[start]=1.5', 'pagination[start]'],
    ['pagination[start]=abc', 'pagination[start]'],
    ['pagination[start]=', 'pagination[start]'],
    ['pagination[start]', 'pagination[start]'],
    ['pagination[start]=%205', 'pagination[start]'],
    ['pagination[start]=0x10', 'pagination[start]'],
    ['pagination[start][0]=1', 'pagination[start]'],
    ['pagination[start][a]=1', 'pagination[start]'],
    ['pagination[limit]=0', 'pagination[limit]'],
    ['pagination[limit]=-1', 'pagination[limit]'],
    ['pagination[limit]=101', 'pagination[limit]'],
    [`pagination[limit]=${big}`, 'pagination[limit]'],
    ['pagination[page]=0', 'pagination[page]'],
    ['pagination[page]=-5', 'pagination[page]'],
    ['pagination[page]=1e300', 'pagination[page]'],
    ['pagination[page]=10000001', 'pagination[page]'],
    [`pagination[page]=${big}`, 'pagination[page]'],
    ['pagination[pageSize]=0', 'pagination[pageSize]'],
    ['pagination[pageSize]=1000', 'pagination[pageSize]'],
    ['pagination[pageSize]=2.5', 'pagination[pageSize]'],
    ['pagination[pageSize][0]=1&pagination[pageSize][1]=2', 'pagination[pageSize]'],
    ['pagination=5', 'pagination'],
    ['pagination[0]=5', 'pagination'],
    ['start=-1', 'start'],
    ['limit=abc', 'limit'],
    ['page=1.5', 'page'],
    [`pageSize=${big}`, 'pageSize'],
  ])('%s is refused, naming %s', (text, name) => {
    const violations = checkReadQuery(qs(text), ARTICLE, lookup, 100);
    expect(violations.map((v) => parameterName(v.path))).toEqual([name]);
    expect(violations[0].message.startsWith(`${name} muss`)).toBe(true);
  });

  it('names the range in the message', () => {
    expect(checkPagination(qs('pagination[pageSize]=500'), 100)[0].message).toBe(
      'pagination[pageSize] muss eine ganze Zahl von 1 bis 100 sein.',
    );
    expect(checkPagination(qs('pagination[start]=-3'), 100)[0].message).toBe(
      'pagination[start] muss eine ganze Zahl von 0 bis 1.000.000.000 sein.',
    );
  });

  it('is checked on routes that are no content type too', () => {
    const noType = (text: string) => checkReadQuery(qs(text), undefined, lookup, 100).map((v) => `${parameterName(v.path)} ${v.rule}`);
    expect(noType('pagination[start]=1e20')).toEqual(['pagination[start] query.pagination']);
    expect(noType('filters[outdatedAfterMonths][$eq]=abc')).toEqual([]);
  });

  it('a page beyond the largest offset every database holds cannot be asked for', () => {
    expect(READ_QUERY_LIMITS.maxPage * 100).toBeLessThanOrEqual(READ_QUERY_LIMITS.maxStart);
    expect(READ_QUERY_LIMITS.maxStart).toBeLessThan(2 ** 31);
  });
});

describe('filter values on number fields', () => {
  it.each([
    'filters[outdatedAfterMonths][$eq]=24',
    'filters[outdatedAfterMonths][$gt]=-5',
    'filters[outdatedAfterMonths]=24',
    'filters[outdatedAfterMonths][$in][0]=12&filters[outdatedAfterMonths][$in][1]=24',
    'filters[outdatedAfterMonths][$in]=12',
    'filters[outdatedAfterMonths][$between][0]=1&filters[outdatedAfterMonths][$between][1]=2147483647',
    'filters[outdatedAfterMonths][$null]=true',
    'filters[outdatedAfterMonths][$notNull]=abc',
    'filters[outdatedAfterMonths][$eq]',
    'filters[outdatedAfterMonths][$not][$eq]=3',
    'filters[id][$eq]=1&filters[id][$ne]=-2147483648',
    'filters[category][id][$eq]=3',
    'filters[category][$eq]=3',
    'filters[category]=3',
    'filters[category][$null]=true',
    'filters[category][name][$eq]=Studien',
    'filters[category][outdatedAfterMonths][$lt]=36',
    'filters[tags][id][$in][0]=1&filters[tags][id][$in][1]=2',
    'filters[$or][0][outdatedAfterMonths][$eq]=1&filters[$or][1][title][$containsi]=x',
    'filters[$and][0][category][$not][name][$eq]=x',
    'filters[$not][outdatedAfterMonths][$eq]=1',
    'filters[title][$containsi]=1e400',
    'filters[unknownField][$eq]=abc',
    'populate[category][filters][outdatedAfterMonths][$gte]=1',
    'populate[blocks][on][blocks.study-stat][populate][statistics][filters][value][$gt]=12.5',
    'populate=*&filters[outdatedAfterMonths][$eq]=6',
  ])('%s passes', (text) => expect(problems(text)).toEqual([]));

  it.each([
    ['filters[outdatedAfterMonths][$eq]=abc', 'filters[outdatedAfterMonths][$eq] query.integer'],
    ['filters[outdatedAfterMonths][$eq]=', 'filters[outdatedAfterMonths][$eq] query.integer'],
    ['filters[outdatedAfterMonths][$eq]=1.5', 'filters[outdatedAfterMonths][$eq] query.integer'],
    ['filters[outdatedAfterMonths][$eq]=2147483648', 'filters[outdatedAfterMonths][$eq] query.integer'],
    ['filters[outdatedAfterMonths][$eq]=-2147483649', 'filters[outdatedAfterMonths][$eq] query.integer'],
    ['filters[outdatedAfterMonths][$eq]=1e3', 'filters[outdatedAfterMonths][$eq] query.integer'],
    ['filters[outdatedAfterMonths][$eq]=NaN', 'filters[outdatedAfterMonths][$eq] query.integer'],
    ['filters[outdatedAfterMonths]=abc', 'filters[outdatedAfterMonths] query.integer'],
    ['filters[outdatedAfterMonths][0]=abc', 'filters[outdatedAfterMonths][0] query.integer'],
    ['filters[outdatedAfterMonths][$in][0]=1&filters[outdatedAfterMonths][$in][1]=x', 'filters[outdatedAfterMonths][$in][1] query.integer'],
    ['filters[outdatedAfterMonths][$in][a]=1', 'filters[outdatedAfterMonths][$in] query.list'],
    ['filters[outdatedAfterMonths][$between]=5', 'filters[outdatedAfterMonths][$between] query.between'],
    [
      'filters[outdatedAfterMonths][$between][0]=1&filters[outdatedAfterMonths][$between][1]=abc',
      'filters[outdatedAfterMonths][$between][1] query.integer',
    ],
    ['filters[outdatedAfterMonths][$eq][$gt]=1', 'filters[outdatedAfterMonths][$eq] query.number'],
    ['filters[outdatedAfterMonths][$eq][a]=1', 'filters[outdatedAfterMonths][$eq] query.number'],
    ['filters[outdatedAfterMonths][$contains]=1', 'filters[outdatedAfterMonths][$contains] query.operator'],
    ['filters[outdatedAfterMonths][$eqi]=1', 'filters[outdatedAfterMonths][$eqi] query.operator'],
    ['filters[outdatedAfterMonths][a]=1', 'filters[outdatedAfterMonths][a] query.operator'],
    ['filters[outdatedAfterMonths][$not][$eq]=x', 'filters[outdatedAfterMonths][$not][$eq] query.integer'],
    ['filters[id][$eq]=abc', 'filters[id][$eq] query.integer'],
    ['filters[id]=99999999999999999999', 'filters[id] query.integer'],
    ['filters[category]=abc', 'filters[category] query.integer'],
    ['filters[category][$eq]=abc', 'filters[category][$eq] query.integer'],
    ['filters[category][$in][0]=1&filters[category][$in][1]=x', 'filters[category][$in][1] query.integer'],
    ['filters[category][0]=x', 'filters[category][0] query.integer'],
    ['filters[category][0][name]=x', 'filters[category][0] query.relation'],
    ['filters[category][id][$eq]=1.5', 'filters[category][id][$eq] query.integer'],
    ['filters[category][outdatedAfterMonths][$eq]=x', 'filters[category][outdatedAfterMonths][$eq] query.integer'],
    ['filters[category][$eq]=1&filters[category][name]=x', 'filters[category] query.relation'],
    ['filters[category][$eq]=1&filters[category][$ne]=2', 'filters[category] query.relation'],
    ['filters[category][$containsi]=1', 'filters[category][$containsi] query.operator'],
    ['filters[cover][id][$eq]=x', 'filters[cover][id][$eq] query.integer'],
    ['filters[cover][size][$gt]=x', 'filters[cover][size][$gt] query.number'],
    ['filters[$or][0][outdatedAfterMonths][$eq]=x', 'filters[$or][0][outdatedAfterMonths][$eq] query.integer'],
    ['filters[$or][a][title]=x', 'filters[$or] query.list'],
    ['filters[$or]=x', 'filters[$or] query.list'],
    ['filters[$not][category][id]=x', 'filters[$not][category][id] query.integer'],
    ['filters[$eq]=1', 'filters[$eq] query.operator'],
    ['filters[blocks][heading]=x', 'filters[blocks] query.dynamiczone'],
    ['populate[category][filters][outdatedAfterMonths][$eq]=x', 'populate[category][filters][outdatedAfterMonths][$eq] query.integer'],
    ['populate[related][populate][category][filters][id]=x', 'populate[related][populate][category][filters][id] query.integer'],
    [
      'populate[blocks][on][blocks.study-stat][populate][statistics][filters][value][$eq]=abc',
      'populate[blocks][on][blocks.study-stat][populate][statistics][filters][value][$eq] query.number',
    ],
  ])('%s is refused', (text, expected) => expect(problems(text)).toEqual([expected]));

  it('decimal fields take decimals, finite ones', () => {
    for (const value of ['12.5', '-3', '0.25', '.5', '1e5', '99999999999999999999'])
      expect(problems(`filters[value][$gt]=${value}`, STATISTIC)).toEqual([]);
    for (const value of ['abc', '1e400', 'Infinity', '', '1,5', '0x10', ' 1'])
      expect(problems(`filters[value][$gt]=${encodeURIComponent(value)}`, STATISTIC)).toEqual(['filters[value][$gt] query.number']);
    expect(problems('filters[base][$lt]=1.5', STATISTIC)).toEqual(['filters[base][$lt] query.integer']);
  });

  it('reports every problem at once', () => {
    expect(problems('pagination[page]=0&filters[id]=x&filters[category][id]=y')).toEqual([
      'pagination[page] query.pagination',
      'filters[id] query.integer',
      'filters[category][id] query.integer',
    ]);
  });
});

describe('operators and values on every other field type', () => {
  const long = encodeURIComponent(`${'Über '.repeat(600)}`);
  it.each([
    'filters[title][$eq]=Über',
    'filters[title]=Über',
    'filters[title][0]=Über&filters[title][1]=Straße',
    'filters[title][$eq]',
    'filters[title][$eq]=',
    `filters[title][$eq]=${long}`,
    'filters[title][$ne]=Über&filters[title][$lt]=Ü&filters[title][$gte]=Ä',
    'filters[title][$eqi]=über&filters[title][$nei]=ÜBER',
    'filters[title][$containsi]=straße&filters[title][$notContainsi]=köln',
    'filters[title][$contains]=%25_&filters[title][$notContains]=x',
    'filters[title][$startsWith]=Ü&filters[title][$startsWithi]=ü&filters[title][$endsWith]=ß&filters[title][$endsWithi]=SS',
    'filters[title][$in][0]=Über&filters[title][$in][1]=Äpfel',
    'filters[title][$in]=Über',
    'filters[title][$notIn][0]=Über',
    'filters[title][$between][0]=A&filters[title][$between][1]=Ö',
    'filters[title][$null]=true',
    'filters[title][$notNull]=false',
    'filters[title][$not][$startsWith]=Ü',
    'filters[title][$not][$not][$eq]=Ö',
    'filters[title][$not]=Über',
    'filters[slug][$eq]=grüße-aus-köln',
    'filters[excerpt][$containsi]=Über',
    'filters[freshness][$eq]=auto',
    'filters[originallyPublishedAt][$lt]=2024-05-17',
    'filters[originallyPublishedAt][$gte]=2024-05-17T10:20:30.000Z',
    'filters[originallyPublishedAt][$gte]=2024-05-17T10:20:30%2B02:00',
    'filters[originallyPublishedAt][$lte]=2024-05-17%2010:20',
    'filters[originallyPublishedAt][$between][0]=2024-01-01&filters[originallyPublishedAt][$between][1]=2024-12-31T23:59:59Z',
    'filters[originallyPublishedAt][$in][0]=2024-02-29',
    'filters[lastReviewedAt][$null]=true',
    'filters[createdAt][$gt]=1000-01-01&filters[updatedAt][$lt]=9999-12-31T23:59:59.999Z',
    'filters[publishedAt][$notNull]=true',
    'filters[documentId][$eq]=x6k2m9q4w7e1r5t8y3u0i2o4&filters[locale][$eq]=de',
    'filters[category][slug][$eq]=studien',
    'filters[category][name][$containsi]=Über',
    'filters[author][name][$startsWith]=Jö',
    'filters[$or][0][title][$containsi]=Über&filters[$or][1][excerpt][$containsi]=Über',
    'filters[$and][0][$or][0][$not][title][$eq]=Über',
    'populate[category][filters][name][$eq]=Studien',
    'populate[blocks][on][blocks.quote][filters][source][$containsi]=Goethe',
    'populate[blocks][on][blocks.rich-text][filters][body][$null]=true',
    'filters[cover][name][$endsWithi]=.png',
    // Strapi answers these itself with 400 ("The filters parameter must be an object or an array")
    'filters=Über',
    'populate[category][filters]=Über',
  ])('%s passes', (text) => expect(problems(text)).toEqual([]));

  it.each([
    'filters[representative][$eq]=true',
    'filters[representative][$eq]=false',
    'filters[representative][$ne]=1',
    'filters[representative][$eq]=0',
    'filters[representative][$in][0]=t&filters[representative][$in][1]=f',
    'filters[representative][$null]=true',
    'filters[publishedOn][$eq]=2014-05-01',
    'filters[publishedOn][$between][0]=2014-01-01&filters[publishedOn][$between][1]=2014-12-31',
    'filters[publishedOn][$not][$lt]=2000-02-29',
    'filters[publishedOnPrecision][$eq]=year',
    'filters[title][$containsi]=Social%20Media',
  ])('on a study, %s passes', (text) => expect(problems(text, STUDY)).toEqual([]));

  it("passes the reader site's own queries", () => {
    expect(problems(articleListQuery({ locale: 'de', page: 2, category: 'studien' }))).toEqual([]);
    expect(problems(articleQuery('grüße-aus-köln', 'de'))).toEqual([]);
    expect(problems(categoriesQuery('de'), CATEGORY)).toEqual([]);
    expect(problems(categoryQuery('studien', 'en'), CATEGORY)).toEqual([]);
  });

  it.each([
    // the finding: knex wants two values, an object is bound as a value, SQLite has no JSON operator
    ['filters[title][$between]=a', 'filters[title][$between] query.between'],
    ['filters[title][$between][0]=a', 'filters[title][$between] query.between'],
    ['filters[title][$between][0]=a&filters[title][$between][1]=b&filters[title][$between][2]=c', 'filters[title][$between] query.between'],
    ['filters[title][$between][a]=Ü&filters[title][$between][b]=Z', 'filters[title][$between] query.between'],
    ['filters[title][$eq][$eq]=x', 'filters[title][$eq] query.value'],
    ['filters[title][$eq][0]=Über&filters[title][$eq][1]=Straße', 'filters[title][$eq] query.value'],
    ['filters[title][$containsi][a]=Über', 'filters[title][$containsi] query.value'],
    ['filters[title][$jsonSupersetOf]=x', 'filters[title][$jsonSupersetOf] query.operator'],
    ['filters[title][$foo]=Über', 'filters[title][$foo] query.operator'],
    ['filters[title][$EQ]=Über', 'filters[title][$EQ] query.operator'],
    ['filters[title][bar]=Über', 'filters[title][bar] query.operator'],
    ['filters[title][$and][0][$eq]=Über', 'filters[title][$and] query.operator'],
    ['filters[title][$or][0]=Über', 'filters[title][$or] query.operator'],
    ['filters[title][$in][a]=Über', 'filters[title][$in] query.list'],
    ['filters[title][$in][0][$eq]=Über', 'filters[title][$in][0] query.value'],
    ['filters[title][0][$eq]=Über', 'filters[title][0] query.value'],
    ['filters[title][$null][a]=1', 'filters[title][$null] query.presence'],
    ['filters[title][$notNull][$eq]=1', 'filters[title][$notNull] query.presence'],
    ['filters[title][$null][0]=true', 'filters[title][$null] query.presence'],
    ['filters[title][$not][$eq][$eq]=Über', 'filters[title][$not][$eq] query.value'],
    ['filters[title][$not][$not][$between]=Über', 'filters[title][$not][$not][$between] query.between'],
    ['filters[title][$eq]=%C3%9Cber%00', 'filters[title][$eq] query.value'],
    ['filters[slug][$startsWith][$startsWith]=x', 'filters[slug][$startsWith] query.value'],
    ['filters[excerpt][$jsonSupersetOf][a]=1', 'filters[excerpt][$jsonSupersetOf] query.operator'],
    ['filters[freshness][$between]=auto', 'filters[freshness][$between] query.between'],
    // dates: Strapi's parser throws, PostgreSQL has no LIKE on timestamps
    ['filters[createdAt][$eq]=abc', 'filters[createdAt][$eq] query.datetime'],
    ['filters[createdAt]=abc', 'filters[createdAt] query.datetime'],
    ['filters[createdAt][$contains]=2024', 'filters[createdAt][$contains] query.operator'],
    ['filters[createdAt][$eqi]=2024-05-17', 'filters[createdAt][$eqi] query.operator'],
    ['filters[originallyPublishedAt][$lt]=2024-13-45', 'filters[originallyPublishedAt][$lt] query.datetime'],
    ['filters[originallyPublishedAt][$lt]=2023-02-29', 'filters[originallyPublishedAt][$lt] query.datetime'],
    ['filters[originallyPublishedAt][$lt]=0999-12-31', 'filters[originallyPublishedAt][$lt] query.datetime'],
    ['filters[originallyPublishedAt][$lt]=%2B275760-09-13T00:00:00.000Z', 'filters[originallyPublishedAt][$lt] query.datetime'],
    ['filters[originallyPublishedAt][$lt]=1700000000000', 'filters[originallyPublishedAt][$lt] query.datetime'],
    ['filters[originallyPublishedAt][$lt]=2024-05-17T25:00', 'filters[originallyPublishedAt][$lt] query.datetime'],
    ['filters[originallyPublishedAt][$lt]=', 'filters[originallyPublishedAt][$lt] query.datetime'],
    [
      'filters[lastReviewedAt][$in][0]=2024-05-17&filters[lastReviewedAt][$in][1]=gestern',
      'filters[lastReviewedAt][$in][1] query.datetime',
    ],
    ['filters[lastReviewedAt][$between][0]=2024-05-17', 'filters[lastReviewedAt][$between] query.between'],
    ['filters[publishedAt][$null][a]=1', 'filters[publishedAt][$null] query.presence'],
    // through relations, groups and populate
    ['filters[category][slug][$between]=a', 'filters[category][slug][$between] query.between'],
    ['filters[category][name][$eq][$eq]=Über', 'filters[category][name][$eq] query.value'],
    ['filters[$or][0][$and][0][title][$between]=a', 'filters[$or][0][$and][0][title][$between] query.between'],
    ['filters[$not][$not][title][$jsonSupersetOf]=x', 'filters[$not][$not][title][$jsonSupersetOf] query.operator'],
    ['populate[category][filters][name][$eq][$eq]=x', 'populate[category][filters][name][$eq] query.value'],
    [
      'populate[blocks][on][blocks.quote][filters][text][$between]=a',
      'populate[blocks][on][blocks.quote][filters][text][$between] query.between',
    ],
    [
      'populate[blocks][on][blocks.rich-text][filters][body][$eq]=x',
      'populate[blocks][on][blocks.rich-text][filters][body][$eq] query.operator',
    ],
    [
      'populate[blocks][on][blocks.rich-text][filters][body][$containsi]=x',
      'populate[blocks][on][blocks.rich-text][filters][body][$containsi] query.operator',
    ],
    ['filters[cover][name][$between]=a', 'filters[cover][name][$between] query.between'],
    // a bare value where conditions belong: "Where must be an array or an object"
    ['filters[$and][0]=Über', 'filters[$and][0] query.filters'],
    ['filters[$and][0]', 'filters[$and][0] query.filters'],
    ['filters[$not]=Über', 'filters[$not] query.filters'],
    ['filters[0]=Über', 'filters[0] query.filters'],
    ['filters[$or][0][0]=Über', 'filters[$or][0][0] query.filters'],
    ['filters[$or][0][$not]=Über', 'filters[$or][0][$not] query.filters'],
    ['filters[tags][$or][0]=true', 'filters[tags][$or][0] query.filters'],
    ['populate[category][filters][$not]=-1', 'populate[category][filters][$not] query.filters'],
    // numbers: presence and implicit lists take values only
    ['filters[outdatedAfterMonths][$null][a]=1', 'filters[outdatedAfterMonths][$null] query.presence'],
    ['filters[outdatedAfterMonths][0][$eq]=1', 'filters[outdatedAfterMonths][0] query.number'],
    ['filters[category][$null][$eq]=1', 'filters[category][$null] query.presence'],
  ])('%s is refused', (text, expected) => expect(problems(text)).toEqual([expected]));

  it.each([
    ['filters[representative][$eq]=yes', 'filters[representative][$eq] query.boolean'],
    ['filters[representative][$eq]=', 'filters[representative][$eq] query.boolean'],
    ['filters[representative][$eq]=TRUE', 'filters[representative][$eq] query.boolean'],
    ['filters[representative]=ja', 'filters[representative] query.boolean'],
    ['filters[representative][$containsi]=t', 'filters[representative][$containsi] query.operator'],
    ['filters[representative][$startsWith]=1', 'filters[representative][$startsWith] query.operator'],
    ['filters[representative][$in][0]=true&filters[representative][$in][1]=vielleicht', 'filters[representative][$in][1] query.boolean'],
    ['filters[publishedOn][$eq]=2023-02-29', 'filters[publishedOn][$eq] query.date'],
    ['filters[publishedOn][$eq]=2024-05-17T10:00:00Z', 'filters[publishedOn][$eq] query.date'],
    ['filters[publishedOn][$eq]=17.05.2024', 'filters[publishedOn][$eq] query.date'],
    ['filters[publishedOn][$eq]=0000-01-01', 'filters[publishedOn][$eq] query.date'],
    ['filters[publishedOn][$endsWith]=-01', 'filters[publishedOn][$endsWith] query.operator'],
    ['filters[sampleSize][$containsi]=1', 'filters[sampleSize][$containsi] query.operator'],
  ])('on a study, %s is refused', (text, expected) => expect(problems(text, STUDY)).toEqual([expected]));

  it('names the parameter and what it takes in the message', () => {
    const message = (text: string, schema: ReadSchemaSpec = ARTICLE) => checkReadQuery(qs(text), schema, lookup, 100)[0].message;
    expect(message('filters[title][$between]=a')).toBe(
      'filters[title][$between] braucht genau zwei Werte: filters[title][$between][0] und filters[title][$between][1].',
    );
    expect(message('filters[title][$eq][$eq]=x')).toBe('filters[title][$eq] muss ein einzelner Wert sein, keine Liste und kein Objekt.');
    expect(message('filters[title][$jsonSupersetOf]=x')).toBe(
      'filters[title][$jsonSupersetOf]: $jsonSupersetOf ist Strapis internen Abfragen vorbehalten.',
    );
    expect(message('filters[createdAt][$eq]=abc')).toBe(
      'filters[createdAt][$eq] muss ein Zeitpunkt nach ISO 8601 sein, z. B. 2024-05-17 oder 2024-05-17T10:20:30Z (Jahr 1000 bis 9999).',
    );
    expect(message('filters[representative][$lt]=ja', STUDY)).toBe(
      'filters[representative][$lt] muss true oder false sein (auch 1/0, t/f).',
    );
    expect(message('filters[representative][$contains]=1', STUDY)).toBe(
      'filters[representative][$contains]: $contains passt nicht zu einem Wahrheitswert (möglich: $eq, $ne, $lt, $lte, $gt, $gte, $in, $notIn, $between, $null, $notNull, $not).',
    );
  });
});

describe('the content type of a REST path', () => {
  const paths = restPathsOf({
    'api::article.article': { info: { pluralName: 'articles', singularName: 'article' }, kind: 'collectionType' },
    'api::home.home': { info: { pluralName: 'homes', singularName: 'home' }, kind: 'singleType' },
    'plugin::upload.file': { info: { pluralName: 'files', singularName: 'file' } },
    'plugin::users-permissions.user': { info: { pluralName: 'users', singularName: 'user' } },
    'plugin::i18n.locale': { info: { pluralName: 'locales', singularName: 'locale' } },
    'admin::user': { info: { pluralName: 'users', singularName: 'user' } },
  });

  it.each([
    ['/articles', 'api::article.article'],
    ['/articles/', 'api::article.article'],
    ['/articles/x6k2m9q4w7e1r5t8y3u0i2o4', 'api::article.article'],
    ['/home', 'api::home.home'],
    ['/upload/files', 'plugin::upload.file'],
    ['/upload/files/12', 'plugin::upload.file'],
    ['/users', 'plugin::users-permissions.user'],
    ['/users/1', 'plugin::users-permissions.user'],
    ['/i18n/locales', 'plugin::i18n.locale'],
    ['/editorial/outdated', undefined],
    ['/articles/x/y', undefined],
    ['/', undefined],
  ])('%s → %s', (p, uid) => expect(contentTypeOfPath(p, paths)).toBe(uid));
});
