/** `GET /api/editorial/outdated`: published articles that currently show a banner, oldest first. */
import type { Context } from 'koa';
import type { Core, UID } from '@strapi/strapi';
import { getService } from '../get-service';
import { defaultLocale } from '../i18n/default-locale';
import { validateOutdatedQuery } from './validation';

const createOutdatedController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const settings = await getService(strapi, 'settings').get();
    const query = await validateOutdatedQuery(ctx.query, {
      contentTypes: settings.contentTypes,
      defaultLocale: await defaultLocale(strapi, ctx.state.editorialContentVersion),
    });
    const { uid } = query;

    // Everything that shows readers a banner: outdated and archived, longest outdated first.
    const all = await getService(strapi, 'overview').withBanner(uid, query.locale, { contentVersion: ctx.state.editorialContentVersion });
    const total = all.length;
    const ids = all.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    const documents = ids.length
      ? await strapi
          .documents(uid as UID.ContentType)
          .findMany({ filters: { documentId: { $in: ids } } as any, locale: query.locale, status: 'published' } as any)
      : [];
    const order = new Map(ids.map((id, i) => [id, i]));
    documents.sort((a: any, b: any) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0));
    const data = await strapi.contentAPI.sanitize.output(documents, strapi.contentType(uid as UID.ContentType), { auth: ctx.state.auth });

    ctx.state.editorialRootUid = uid;
    ctx.body = {
      data,
      meta: { pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
    };
  },
});

export default createOutdatedController;
