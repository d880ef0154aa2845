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
