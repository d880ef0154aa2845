import { generateRelationReads, relationPaths, type ReadSchema } from '../../security/read-query-generator';

const schema: ReadSchema = {
  'api::article.article': {
    plural: 'articles',
    strings: ['title', 'slug'],
    dates: ['originallyPublishedAt'],
    dateOnly: [],
    relations: { category: 'api::category.category', localizations: 'api::article.article' },
  },
  'api::category.category': {
    plural: 'categories',
    strings: ['name'],
    dates: [],
    dateOnly: [],
    relations: { articles: 'api::article.article' },
  },
};

describe('relation reads for the drafts differential', () => {
  it('walks every relation path up to depth 3', () => {
    const paths = relationPaths(schema, 'api::category.category').map((p) => p.path.join('.'));
    expect(paths).toEqual([
      'articles',
      'articles.category',
      'articles.category.articles',
      'articles.localizations',
      'articles.localizations.category',
      'articles.localizations.localizations',
    ]);
  });

  it('depth-1 paths get every operator on every field; deeper ones one each, plus a sort, a populate and $null', () => {
    const reads = generateRelationReads(schema, 1).map((r) => r.url);
    for (const op of ['$eq', '$containsi', '$startsWith', '$lt', '$null']) {
      expect(reads).toContain(
        `/api/categories?filters[articles][title][${op}]=${op === '$eq' ? '0000%20GEHEIM%20Entwurf' : op === '$containsi' ? 'geheim' : op === '$startsWith' ? '0000' : op === '$lt' ? '0001' : 'true'}`,
      );
    }
    expect(reads).toContain('/api/categories?filters[articles][originallyPublishedAt][$lt]=2006-01-01');
    expect(reads).toContain('/api/categories?filters[articles][category][articles][$null]=true');
    expect(reads).toContain(
      '/api/categories?populate[articles][populate][localizations][populate][category]=true&pagination[pageSize]=100',
    );
    expect(reads.filter((u) => u.includes('sort=articles.category.articles.')).length).toBe(1);
  });

  it('the same seed gives the same reads, another seed another order', () => {
    expect(generateRelationReads(schema, 7)).toEqual(generateRelationReads(schema, 7));
    expect(generateRelationReads(schema, 7)).not.toEqual(generateRelationReads(schema, 8));
  });
});
