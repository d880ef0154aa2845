import { restrictToPublished } from '../../../src/middlewares/readers-see-published';

describe('readers see published content only', () => {
  it('status becomes published, draft cohort filters are dropped, the rest stays', () => {
    const query: Record<string, unknown> = {
      status: 'draft',
      publicationFilter: 'modified',
      hasPublishedVersion: 'false',
      filters: { slug: { $eq: 'x' } },
      populate: '*',
    };
    restrictToPublished(query);
    expect(query).toEqual({ status: 'published', filters: { slug: { $eq: 'x' } }, populate: '*' });
  });

  it('a query without status keeps having none', () => {
    const query: Record<string, unknown> = { locale: 'en' };
    restrictToPublished(query);
    expect(query).toEqual({ locale: 'en' });
  });
});
