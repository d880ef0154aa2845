import type { Context } from 'koa';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, LOCALES } from '../../../domain/blog';
import { parseSearchQuery } from '../../../search/search-query';

const UID = 'api::article.article';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /**
   * The search (routes/01-search.ts): the service finds the page's documentIds in the
   * published rows' search text; the core `find` then loads exactly those, so `fields`,
   * `populate`, query validation and the output sanitizer for the caller's role are
   * Strapi's own, and the answer has the shape of `/api/articles`.
   */
  async search(ctx: Context) {
    const parsed = parseSearchQuery(ctx.query ?? {}, { locales: LOCALES, defaultLocale: DEFAULT_LOCALE });
    if (!parsed.ok)
      throw new errors.ValidationError(parsed.message, {
        errors: [{ path: [parsed.param], message: parsed.message, name: 'ValidationError' }],
      });
    const { terms, locale, page, pageSize } = parsed.value;
    const found = await strapi.service(UID).searchPage({ terms, locale, page, pageSize });

    // Mutated in place: re-assigning ctx.query would re-serialize it without Strapi's qs options.
    const query = ctx.query;
    for (const key of ['q', 'page', 'pageSize']) delete query[key];
    query.locale = locale;
    query.status = 'published';
    query.filters = { documentId: { $in: found.documentIds.length > 0 ? found.documentIds : ['-'] } };
    query.pagination = { page: 1, pageSize: Math.max(1, found.documentIds.length) };
    const answer: any = await super.find(ctx);
    const order = new Map<string, number>(found.documentIds.map((id: string, i: number) => [id, i]));
    answer.data.sort((a: any, b: any) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0));
    answer.meta = { pagination: { page, pageSize, pageCount: Math.ceil(found.total / pageSize), total: found.total } };
    return answer;
  },
}));
