import { factories } from '@strapi/strapi';

const UID = 'api::article.article';

export default factories.createCoreService(UID, ({ strapi }) => ({
  /**
   * One page of the search: published rows in `locale` whose search text contains every
   * term (already normalized, so letters, digits and spaces only), newest first.
   */
  async searchPage({ terms, locale, page, pageSize }: { terms: string[]; locale: string; page: number; pageSize: number }) {
    const where = { locale, publishedAt: { $notNull: true }, $and: terms.map((term) => ({ searchText: { $contains: term } })) };
    const articles = strapi.db.query(UID as any);
    const [total, rows] = await Promise.all([
      articles.count({ where }),
      articles.findMany({
        where,
        select: ['documentId'],
        orderBy: [{ originallyPublishedAt: 'desc' }, { publishedAt: 'desc' }, { id: 'desc' }],
        offset: (page - 1) * pageSize,
        limit: pageSize,
      }),
    ]);
    return { total: Number(total), documentIds: (rows as Array<{ documentId: string }>).map((row) => row.documentId) };
  },
}));
