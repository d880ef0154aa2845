import fs from 'fs';
import path from 'path';
import { withBaseTypes } from '../../../src/custom-fields/base-types';
import {
  checkRelationTargetsExist,
  checkRestrictedFields,
  checkRestWriteBody,
  checkWriteLocale,
  isIsoDate,
  isIsoDateTime,
  isRelationTarget,
  pathLabel,
  relationTargetsOf,
  REST_WRITE_LIMITS,
  type SchemaLookup,
  type SchemaSpec,
} from '../../../src/domain/rest-write-input';
import { isFullAccessToken, RESTRICTED_REST_FIELDS } from '../../../src/middlewares/rest-write-input';
import { contentTypeOfHandler } from '../../../src/plugins/editorial/server/src/domain/route-handler';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const schema = (type: string): SchemaSpec =>
  withBaseTypes(JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'api', type, 'content-types', type, 'schema.json'), 'utf8')));
const component = (name: string): SchemaSpec =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'components', 'blocks', `${name}.json`), 'utf8'));
const lookup: SchemaLookup = (uid) => {
  const [category, name] = uid.split('.');
  return category === 'blocks' ? component(name) : undefined;
};

const ARTICLE = schema('article');
const STATISTIC = schema('statistic');
const STUDY = schema('study');
const CATEGORY = schema('category');
const ID = 'x6k2m9q4w7e1r5t8y3u0i2o4';
const rules = (body: unknown, s: SchemaSpec = ARTICLE) => checkRestWriteBody(body, s, lookup).map((v) => v.rule);
const paths = (body: unknown, s: SchemaSpec = ARTICLE) => checkRestWriteBody(body, s, lookup).map((v) => v.path.join('.'));

describe('valid REST writes pass untouched', () => {
  it('an article with every kind of field and block', () => {
    const body = {
      data: {
        title: 'Über Social Media & Co.',
        slug: 'ueber-social-media-und-co',
        excerpt: null,
        freshness: 'evergreen',
        outdatedAfterMonths: 36,
        originallyPublishedAt: '2014-03-04T00:00:00.000Z',
        lastReviewedAt: '2024-05-01',
        category: ID,
        author: { documentId: ID },
        tags: [ID, { documentId: ID }],
        related: { connect: [{ documentId: ID, locale: 'de', position: { before: ID } }], disconnect: [ID], options: { strict: true } },
        cover: 5,
        blocks: [
          { __component: 'blocks.study-stat', heading: 'So groß', display: 'tiles', statistics: [ID, ID] },
          { __component: 'blocks.book-tip', id: 12, bookTips: { set: [ID] } },
          { __component: 'blocks.quote', text: 'Zitat', source: null },
          {
            __component: 'blocks.rich-text',
            body: [
              { type: 'heading', level: 2, children: [{ type: 'text', text: 'Titel', bold: true }] },
              {
                type: 'paragraph',
                children: [
                  { type: 'text', text: 'Siehe ' },
                  { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'hier' }] },
                ],
              },
              {
                type: 'list',
                format: 'unordered',
                children: [
                  { type: 'list-item', children: [{ type: 'text', text: 'a' }] },
                  { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'b' }] }] },
                ],
              },
              { type: 'code', language: null, children: [{ type: 'text', text: 'x' }] },
            ],
          },
        ],
      },
    };
    expect(checkRestWriteBody(body, ARTICLE, lookup)).toEqual([]);
  });

  it('statistics, studies and categories as the integration tests write them', () => {
    expect(
      rules({ data: { label: 'Zwei von drei', value: 2, unit: 'share', base: 3, qualifier: 'exact', study: ID, note: 'n' } }, STATISTIC),
    ).toEqual([]);
    expect(rules({ data: { value: 3 } }, STATISTIC)).toEqual([]);
    expect(rules({ data: { value: -0.5, base: null, study: null } }, STATISTIC)).toEqual([]);
    expect(
      rules(
        { data: { title: 'x', publishedOn: '2020-01-01', sampleSize: 10, representative: true, supersededBy: null, sourceUrl: 'ftp://x' } },
        STUDY,
      ),
    ).toEqual([]);
    expect(rules({ data: { name: 'Neu', outdatedAfterMonths: null, articles: [] } }, CATEGORY)).toEqual([]);
  });
});

describe('the body', () => {
  it.each([null, 'x', 42, [], [{ data: {} }], {}, { data: null }, { data: 'x' }, { data: [] }, { dat: {} }, { data: new Date() }])(
    '%p is not { data: { … } }',
    (body) => expect(rules(body)).toEqual(['body.data']),
  );

  it('refuses nesting beyond the limit, without recursion even 100 000 levels deep', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(rules({ data: { excerpt: deep } })).toEqual(['body.depth']);
    let justDeepEnough: unknown = 1;
    for (let i = 0; i < REST_WRITE_LIMITS.depth - 2; i += 1) justDeepEnough = { a: justDeepEnough };
    expect(rules({ data: justDeepEnough })).not.toContain('body.depth');
  });

  it('refuses U+0000 anywhere, in values and in keys, naming the field', () => {
    expect(checkRestWriteBody({ data: { title: 'a\u0000b' } }, ARTICLE, lookup)).toEqual([
      expect.objectContaining({ path: ['title'], rule: 'text.nul', message: 'title darf kein Nullzeichen (U+0000) enthalten.' }),
    ]);
    expect(
      paths({
        data: {
          blocks: [{ __component: 'blocks.rich-text', body: [{ type: 'paragraph', children: [{ type: 'text', text: '\u0000' }] }] }],
        },
      }),
    ).toEqual(['blocks.0.body.0.children.0.text']);
    expect(rules({ data: { 'ti\u0000tle': 'x' } })).toContain('text.nul');
  });
});

describe('unknown keys', () => {
  it.each(['foo', 'id', 'documentId', 'Title', 'title ', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%s is refused',
    (key) => {
      expect(checkRestWriteBody({ data: { title: 'x', [key]: 1 } }, ARTICLE, lookup)).toEqual([
        { path: [key], rule: 'unknown.field', message: `Unbekanntes Feld: ${key}.` },
      ]);
    },
  );

  it('__proto__ as parsed from JSON text is refused, and changes no prototype', () => {
    const body = JSON.parse('{"data":{"title":"x","__proto__":{"title":"y"}}}');
    expect(rules(body)).toEqual(['unknown.field']);
  });

  it('inside blocks: only the attributes, __component and a numeric id', () => {
    expect(paths({ data: { blocks: [{ __component: 'blocks.quote', text: 'x', foo: 1, constructor: 2 }] } })).toEqual([
      'blocks.0.foo',
      'blocks.0.constructor',
    ]);
    expect(rules({ data: { blocks: [{ __component: 'blocks.quote', text: 'x', id: 'x' }] } })).toEqual(['type.componentId']);
    expect(rules({ data: { blocks: [{ __component: 'blocks.quote', text: 'x', id: -1 }] } })).toEqual(['type.componentId']);
  });
});

describe('scalar types', () => {
  it.each<[string, unknown, string]>([
    ['title', 42, 'type.text'],
    ['title', { toString: 1 }, 'type.text'],
    ['title', ['a'], 'type.text'],
    ['title', { $ne: null }, 'type.text'],
    ['slug', false, 'type.text'],
    ['freshness', 'fresh', 'type.enumeration'],
    ['freshness', '', 'type.enumeration'],
    ['freshness', 'AUTO', 'type.enumeration'],
    ['freshness', ['auto'], 'type.enumeration'],
    ['outdatedAfterMonths', '12', 'type.integer'],
    ['outdatedAfterMonths', 1.5, 'type.integer'],
    ['outdatedAfterMonths', Infinity, 'type.integer'],
    ['outdatedAfterMonths', 2 ** 31, 'range.integer'],
    ['outdatedAfterMonths', -(2 ** 31) - 1, 'range.integer'],
    ['outdatedAfterMonths', 2 ** 53 + 2, 'range.integer'],
    ['originallyPublishedAt', 'not-a-date', 'type.datetime'],
    ['originallyPublishedAt', '2014-02-30T10:00:00Z', 'type.datetime'],
    ['originallyPublishedAt', '2014-03-04T25:00:00Z', 'type.datetime'],
    ['originallyPublishedAt', '', 'type.datetime'],
    ['originallyPublishedAt', 1393891200000, 'type.datetime'],
    ['cover', 0, 'type.media'],
    ['cover', [1, 2], 'type.media'],
    ['cover', { url: 'javascript:alert(1)' }, 'type.media'],
  ])('article %s = %p → %s', (field, value, rule) => {
    expect(rules({ data: { [field]: value } })).toEqual([rule]);
  });

  it.each<[string, unknown, string]>([
    ['value', '12', 'type.number'],
    ['value', 'NaN', 'type.number'],
    ['value', Infinity, 'type.number'],
    ['value', -Infinity, 'type.number'],
    ['value', true, 'type.number'],
    ['value', 1e8, 'range.decimal'],
    ['value', 2 ** 53 + 1, 'range.decimal'],
    ['base', 2 ** 31, 'range.integer'],
    ['unit', 'percentage', 'type.enumeration'],
  ])('statistic %s = %p → %s', (field, value, rule) => {
    expect(rules({ data: { [field]: value } }, STATISTIC)).toEqual([rule]);
  });

  it.each<[string, unknown, string]>([
    ['publishedOn', '2014-02-30', 'type.date'],
    ['publishedOn', '01.02.2014', 'type.date'],
    ['publishedOn', 20140201, 'type.date'],
    ['publishedOn', '2014-02-01T00:00:00Z', 'type.date'],
    ['representative', 'true', 'type.boolean'],
    ['representative', 1, 'type.boolean'],
    ['sampleSize', '100', 'type.integer'],
  ])('study %s = %p → %s', (field, value, rule) => {
    expect(rules({ data: { [field]: value } }, STUDY)).toEqual([rule]);
  });

  it('values that only break the write rules (-0, 101 %, a taken slug) are left to them', () => {
    expect(rules({ data: { value: -0, base: -0 } }, STATISTIC)).toEqual([]);
    expect(rules({ data: { value: 101 } }, STATISTIC)).toEqual([]);
    expect(rules({ data: { outdatedAfterMonths: 0 } })).toEqual([]);
  });

  it('reports every problem with its path and a German message', () => {
    const violations = checkRestWriteBody(
      { data: { title: 5, freshness: 'x', blocks: [{ __component: 'blocks.quote', text: 5 }] } },
      ARTICLE,
      lookup,
    );
    expect(violations.map((v) => [v.path.join('.'), v.message])).toEqual([
      ['title', 'title muss ein Text sein.'],
      ['freshness', 'freshness muss einer dieser Werte sein: auto, evergreen, archived.'],
      ['blocks.0.text', 'blocks[0].text muss ein Text sein.'],
    ]);
  });
});

describe('relations', () => {
  it.each<[unknown, string]>([
    [1, 'type.relation'],
    [0, 'type.relation'],
    [true, 'type.relation'],
    ['', 'type.relation'],
    ['x y', 'type.relation'],
    ['a'.repeat(65), 'type.relation'],
    [{}, 'type.relation'],
    [{ foo: 'bar' }, 'type.relation'],
    [{ name: 'Studien' }, 'type.relation'],
    [{ id: 1 }, 'type.relation'],
    [{ documentId: 123 }, 'type.relation'],
    [{ documentId: ID, status: 'archived' }, 'type.relation'],
    [{ documentId: ID, locale: 5 }, 'type.relation'],
    [{ documentId: ID, extra: true }, 'type.relation'],
    [{ connect: [null] }, 'type.relation'],
    [{ connect: [{}] }, 'type.relation'],
    [{ set: {} }, 'type.relation'],
    [{ connect: [ID], foo: 1 }, 'type.relation'],
    [{ connect: [ID], options: { strict: 'yes' } }, 'type.relation'],
    [{ connect: [{ documentId: ID, position: { after: 5 } }] }, 'type.relation'],
    [[null], 'type.relation'],
    [[[ID]], 'type.relation'],
  ])('tags = %p → %s', (value, rule) => {
    expect(rules({ data: { tags: value } })).toEqual([rule]);
  });

  it(`at most ${REST_WRITE_LIMITS.relationsPerField} targets per field`, () => {
    const ids = (n: number) => Array.from({ length: n }, () => ID);
    expect(rules({ data: { tags: ids(REST_WRITE_LIMITS.relationsPerField) } })).toEqual([]);
    expect(rules({ data: { tags: ids(REST_WRITE_LIMITS.relationsPerField + 1) } })).toEqual(['limit.relation']);
    expect(rules({ data: { related: { connect: ids(5000) } } })).toEqual(['limit.relation']);
  });

  it('targets: documentIds and { documentId, locale, status, position }', () => {
    expect(isRelationTarget(ID)).toBe(true);
    expect(isRelationTarget({ documentId: ID, locale: null, status: 'draft', position: { end: true } })).toBe(true);
    expect(isRelationTarget({ documentId: ID, locale: 'de-AT' })).toBe(true);
    expect(isRelationTarget(5)).toBe(false);
    expect(isRelationTarget({ documentId: ID, position: { start: 'yes' } })).toBe(false);
  });
});

describe('dynamic zone', () => {
  it.each<[unknown, string[]]>([
    ['Blöcke', ['type.dynamiczone']],
    [{ __component: 'blocks.quote', text: 'x' }, ['type.dynamiczone']],
    [[null], ['dynamiczone.component']],
    [[1], ['dynamiczone.component']],
    [[[]], ['dynamiczone.component']],
    [[{}], ['dynamiczone.component']],
    [[{ __component: 'blocks.unknown' }], ['dynamiczone.component']],
    [[{ __component: 'api::article.article' }], ['dynamiczone.component']],
    [[{ __component: 5 }], ['dynamiczone.component']],
    [[{ __component: 'blocks.study-stat', display: 'grid' }], ['type.enumeration']],
    [[{ __component: 'blocks.study-stat', statistics: 5 }], ['type.relation']],
    [[{ __component: 'blocks.book-tip', bookTips: [{ id: 1 }] }], ['type.relation']],
    [[{ __component: 'blocks.rich-text', body: 'x' }], ['type.blocks']],
    [[{ __component: 'blocks.rich-text', body: [null] }], ['type.blocks']],
    [[{ __component: 'blocks.rich-text', body: [{ type: 'paragraph', children: [null] }] }], ['type.blocks']],
    [[{ __component: 'blocks.rich-text', body: [{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }] }], ['type.blocks']],
    [[{ __component: 'blocks.rich-text', body: [{ type: 'heading', level: '1', children: [] }] }], ['type.blocks']],
    [
      [{ __component: 'blocks.rich-text', body: [{ type: 'paragraph', children: [{ type: 'link', url: 5, children: [] }] }] }],
      ['type.blocks'],
    ],
  ])('blocks = %p → %p', (value, expected) => {
    expect(rules({ data: { blocks: value } })).toEqual(expected);
  });

  it(`at most ${REST_WRITE_LIMITS.dynamicZoneEntries} blocks`, () => {
    const quotes = (n: number) => Array.from({ length: n }, () => ({ __component: 'blocks.quote', text: 'x' }));
    expect(rules({ data: { blocks: quotes(REST_WRITE_LIMITS.dynamicZoneEntries) } })).toEqual([]);
    expect(rules({ data: { blocks: quotes(REST_WRITE_LIMITS.dynamicZoneEntries + 1) } })).toEqual(['limit.dynamiczone']);
  });

  it('leaves what Strapi checks well (unknown node types, required fields, lengths) to Strapi', () => {
    expect(rules({ data: { blocks: [{ __component: 'blocks.quote' }] } })).toEqual([]);
    expect(rules({ data: { blocks: [{ __component: 'blocks.rich-text', body: [{ type: 'script', children: [] }] }] } })).toEqual([]);
    expect(rules({ data: { blocks: [{ __component: 'blocks.quote', text: 'x'.repeat(5000) }] } })).toEqual([]);
  });
});

describe('helpers', () => {
  it('dates and date-times', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDateTime('2024-05-01T08:00:00.000Z')).toBe(true);
    expect(isIsoDateTime('2024-05-01T08:00:00+02:00')).toBe(true);
    expect(isIsoDateTime('2024-05-01T08:00')).toBe(true);
    expect(isIsoDateTime('2024-05-01T24:00:00Z')).toBe(false);
  });

  it('the content type of a core route handler', () => {
    expect(contentTypeOfHandler('api::article.article.create')).toBe('api::article.article');
    expect(contentTypeOfHandler('api::book-tip.book-tip.update')).toBe('api::book-tip.book-tip');
    expect(contentTypeOfHandler(() => null)).toBeNull();
    expect(contentTypeOfHandler('create')).toBeNull();
  });

  it('path labels', () => {
    expect(pathLabel(['blocks', 0, 'statistics'])).toBe('blocks[0].statistics');
    expect(pathLabel([])).toBe('Request-Body');
  });

  it('the locale of a write must be one the blog has', () => {
    expect(checkWriteLocale(undefined, ['de', 'en'])).toEqual([]);
    expect(checkWriteLocale('en', ['de', 'en'])).toEqual([]);
    for (const locale of ['fr', '*', 'de\u0000', ['de', 'en'], { $ne: 'de' }]) {
      expect(checkWriteLocale(locale, ['de', 'en'])).toEqual([
        { path: ['locale'], rule: 'locale.unknown', message: 'locale muss eine dieser Sprachen sein: de, en.' },
      ]);
    }
  });
});

describe('the review clock over REST', () => {
  const fields = RESTRICTED_REST_FIELDS['api::article.article'];

  it('only a full-access token may send lastReviewedAt, whatever its value', () => {
    for (const value of ['2099-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', null, '']) {
      const body = { data: { title: 'x', lastReviewedAt: value } };
      expect(checkRestrictedFields(body, fields, true)).toEqual([]);
      expect(checkRestrictedFields(body, fields, false)).toEqual([
        {
          path: ['lastReviewedAt'],
          rule: 'lastReviewedAt.restricted',
          message: expect.stringMatching(/^lastReviewedAt \(Zuletzt inhaltlich geprüft am\) .*Full-Access/),
        },
      ]);
    }
  });

  it('other fields, other types and malformed bodies are not its business', () => {
    expect(checkRestrictedFields({ data: { title: 'x', originallyPublishedAt: '2014-03-04T00:00:00Z' } }, fields, false)).toEqual([]);
    expect(
      checkRestrictedFields({ data: { lastReviewedAt: '2099-01-01' } }, RESTRICTED_REST_FIELDS['api::study.study'] ?? [], false),
    ).toEqual([]);
    for (const body of [null, 'x', { data: 'x' }, { data: [] }, { lastReviewedAt: '2099-01-01' }])
      expect(checkRestrictedFields(body, fields, false)).toEqual([]);
    // An inherited key is no field the body sets.
    expect(checkRestrictedFields({ data: Object.create({ lastReviewedAt: '2099-01-01' }) }, fields, false)).toEqual([]);
  });

  it('tells a full-access token from custom and read-only tokens and users-permissions users', () => {
    const token = (type: string) => ({ state: { auth: { strategy: { name: 'content-api-token' }, credentials: { type } } } });
    expect(isFullAccessToken(token('full-access'))).toBe(true);
    expect(isFullAccessToken(token('custom'))).toBe(false);
    expect(isFullAccessToken(token('read-only'))).toBe(false);
    expect(isFullAccessToken({ state: { auth: { strategy: { name: 'users-permissions' }, credentials: { type: 'full-access' } } } })).toBe(
      false,
    );
    expect(isFullAccessToken({ state: {} })).toBe(false);
  });
});

describe('relation targets must exist', () => {
  const article = schema('article');
  it('collects the documentIds of every relation shape, in blocks too', () => {
    const fields = relationTargetsOf(
      {
        category: 'cat1',
        tags: { connect: ['t1', { documentId: 't2', locale: 'de' }], disconnect: [{ documentId: 't3' }] },
        related: ['a1', 'a1'],
        author: null,
        blocks: [
          { __component: 'blocks.study-stat', statistics: { set: [{ documentId: 's1' }] } },
          { __component: 'blocks.quote', text: 'x' },
        ],
      },
      article,
      lookup,
    );
    expect(fields).toEqual([
      { path: ['category'], target: 'api::category.category', documentIds: ['cat1'] },
      { path: ['tags'], target: 'api::tag.tag', documentIds: ['t1', 't2', 't3'] },
      { path: ['related'], target: 'api::article.article', documentIds: ['a1'] },
      { path: ['blocks', 0, 'statistics'], target: 'api::statistic.statistic', documentIds: ['s1'] },
    ]);
  });

  it('names the field and the unknown ids; known ones pass', () => {
    const fields = relationTargetsOf({ category: 'gibt-es-nicht', tags: ['t1'] }, article, lookup);
    const existing = (target: string) => new Set(target === 'api::tag.tag' ? ['t1'] : []);
    const violations = checkRelationTargetsExist(fields, existing);
    expect(violations).toHaveLength(1);
    expect(violations[0].path).toEqual(['category']);
    expect(violations[0].message).toContain('gibt-es-nicht');
    expect(checkRelationTargetsExist(relationTargetsOf({ tags: ['t1'] }, article, lookup), existing)).toEqual([]);
  });
});
