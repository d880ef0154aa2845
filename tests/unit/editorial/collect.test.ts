import { collectTargets, type SchemaLookup } from '../../../src/plugins/editorial/server/src/enrichment/collect';

const ARTICLE = 'api::article.article';
const schemas: Record<string, { attributes: Record<string, any> }> = {
  [ARTICLE]: {
    attributes: {
      title: { type: 'string' },
      related: { type: 'relation', target: ARTICLE },
      category: { type: 'relation', target: 'api::category.category' },
      blocks: { type: 'dynamiczone', components: ['blocks.study-stat', 'blocks.rich-text'] },
      hero: { type: 'component', component: 'blocks.study-stat' },
      // A JSON field holding something shaped like an article: never touched.
      raw: { type: 'json' },
    },
  },
  'api::category.category': { attributes: { articles: { type: 'relation', target: ARTICLE } } },
  'blocks.study-stat': { attributes: { heading: { type: 'string' } } },
  'blocks.rich-text': { attributes: { body: { type: 'blocks' } } },
};
const getSchema: SchemaLookup = (uid) => schemas[uid];
const collect = (data: unknown, locale = 'de') =>
  collectTargets(ARTICLE, data, { getSchema, contentTypes: new Set([ARTICLE]), statBlockComponent: 'blocks.study-stat', locale });

describe('enrichment/collect: what in an answer gets `editorial` and `rendered`', () => {
  it('finds entries and stat blocks at the top level, in relations, components and dynamic zones', () => {
    const block = { id: 1, __component: 'blocks.study-stat' };
    const hero = { id: 2 };
    const relatedBlock = { id: 3, __component: 'blocks.study-stat' };
    const related = { documentId: 'r', blocks: [relatedBlock] };
    const viaCategory = { documentId: 'c' };
    const article = {
      documentId: 'a',
      blocks: [block, { id: 9, __component: 'blocks.rich-text' }],
      hero,
      related: [related],
      category: { articles: [viaCategory] },
    };
    const found = collect({ ...article });
    expect(found.entries.map((e) => e.entry.documentId)).toEqual(['a', 'r', 'c']);
    expect(found.statBlocks.map((b) => b.block.id).sort()).toEqual([1, 2, 3]);
  });

  it('walks lists of entries (a find answer)', () => {
    const found = collect([{ documentId: 'a' }, { documentId: 'b', blocks: [{ id: 5, __component: 'blocks.study-stat' }] }]);
    expect(found.entries.map((e) => e.entry.documentId)).toEqual(['a', 'b']);
    expect(found.statBlocks.map((b) => b.block.id)).toEqual([5]);
  });

  it('gives each its locale: the entry’s own, else its parent’s, else the request’s', () => {
    const found = collect({ documentId: 'a', locale: 'en', related: [{ documentId: 'b' }, { documentId: 'c', locale: 'de' }] }, 'fr');
    expect(found.entries.map((e) => [e.entry.documentId, e.locale])).toEqual([
      ['a', 'en'],
      ['b', 'en'],
      ['c', 'de'],
    ]);
    expect(collect({ documentId: 'x' }, 'fr').entries[0].locale).toBe('fr');
  });

  it('leaves alone JSON fields, undeclared dynamic-zone components, entries without a documentId and blocks without an id', () => {
    const found = collect({
      documentId: 'a',
      raw: { documentId: 'fake', blocks: [{ id: 7, __component: 'blocks.study-stat' }] },
      blocks: [{ id: 8, __component: 'blocks.other' }, { __component: 'blocks.study-stat' }],
      related: [{ title: 'no documentId' }],
    });
    expect(found.entries.map((e) => e.entry.documentId)).toEqual(['a']);
    expect(found.statBlocks).toEqual([]);
  });

  it('only collects entries of the configured content types', () => {
    const found = collectTargets(
      'api::category.category',
      { articles: [{ documentId: 'a' }] },
      { getSchema, contentTypes: new Set(), statBlockComponent: 'blocks.study-stat', locale: 'de' },
    );
    expect(found.entries).toEqual([]);
  });

  it('visits an object seen twice once, and stops at depth 12 (cycles cannot hang it)', () => {
    const shared = { documentId: 's' };
    expect(collect({ documentId: 'a', related: [shared, shared] }).entries).toHaveLength(2);
    const loop: any = { documentId: 'l' };
    loop.related = [loop];
    expect(collect(loop).entries).toHaveLength(1);
    let deep: any = { documentId: 'd13' };
    for (let i = 12; i >= 0; i -= 1) deep = { documentId: `d${i}`, related: [deep] };
    expect(collect(deep).entries).toHaveLength(13);
  });

  it('ignores null, text and unknown content types', () => {
    expect(collect(null)).toEqual({ entries: [], statBlocks: [] });
    expect(collect('text')).toEqual({ entries: [], statBlocks: [] });
    expect(
      collectTargets(
        'api::unknown.unknown',
        { documentId: 'a' },
        { getSchema, contentTypes: new Set([ARTICLE]), statBlockComponent: 'blocks.study-stat', locale: 'de' },
      ).entries,
    ).toEqual([]);
  });
});

describe('enrichment/collect with another stat-block component (plugin config statBlock.component)', () => {
  it('collects the configured component only', () => {
    const found = collectTargets(
      ARTICLE,
      { documentId: 'a', blocks: [{ id: 1, __component: 'blocks.study-stat' }], hero: { id: 2 } },
      { getSchema, contentTypes: new Set([ARTICLE]), statBlockComponent: 'blocks.rich-text', locale: 'de' },
    );
    expect(found.statBlocks).toEqual([]);
  });
});
