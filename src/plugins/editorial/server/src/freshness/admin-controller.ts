/** Admin API used by the admin panel: settings, the freshness overview, "mark as reviewed". */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { settingsForAdmin } from '../config/admin-view';
import { ownerName } from './owner';
import { defaultLocale } from '../i18n/default-locale';
import { validateDocumentQuery, validateMarkReviewedBody, validateOverviewQuery } from './validation';

const createAdminController = ({ strapi }: { strapi: Core.Strapi }) => {
  const contentTypeChoice = async () => ({
    contentTypes: (await getService(strapi, 'settings').get()).contentTypes,
    defaultLocale: await defaultLocale(strapi),
  });
  return {
    async getSettings(ctx: Context) {
      const service = getService(strapi, 'settings');
      service.invalidate();
      const [settings, saved, categories] = await Promise.all([service.get(), service.getSaved(), service.listCategoryThresholds()]);
      // Only what the settings page shows: the preview secret and other server-side values never leave.
      ctx.body = { data: { settings: settingsForAdmin(settings), saved, defaults: settingsForAdmin(service.fileConfig()), categories } };
    },

    async updateSettings(ctx: Context) {
      const input = ctx.request.body?.data ?? ctx.request.body;
      const settings = await getService(strapi, 'settings').save(input);
      ctx.body = { data: { settings: settingsForAdmin(settings) } };
    },

    async document(ctx: Context) {
      const { uid, documentId, locale } = await validateDocumentQuery(ctx.query, await contentTypeChoice());
      // The content manager's read permission on this document, conditions included (403).
      await getService(strapi, 'document-access').assert(ctx.state.userAbility, uid, 'read', [documentId], locale);
      const data = await getService(strapi, 'document-freshness').describe(uid, documentId, locale);
      if (!data) throw new errors.NotFoundError('No such document in this locale');
      ctx.body = { data };
    },

    async overview(ctx: Context) {
      const query = await validateOverviewQuery(ctx.query, await contentTypeChoice(), ctx.state.user?.id ?? null);
      // Only documents the content manager would let the caller read (one extra query when a condition applies).
      const readableIds = await getService(strapi, 'document-access').readableRowIds(ctx.state.userAbility, query.uid, query.locale);
      ctx.body = await getService(strapi, 'overview').list({ ...query, readableIds });
    },

    async markReviewed(ctx: Context) {
      const body = ctx.request.body?.data ?? ctx.request.body ?? {};
      const { uid, documentIds: ids, locale, note } = await validateMarkReviewedBody(body, await contentTypeChoice());
      // The content manager's update permission on every version it writes, and on the field
      // where the role has field-level permissions (403 naming the refused documents; nothing is written).
      await getService(strapi, 'document-access').assert(ctx.state.userAbility, uid, 'update', ids, locale, 'lastReviewedAt');
      const reviewedAt = new Date();
      const { published: updated, marked } = await getService(strapi, 'freshness').markReviewed(uid, ids, locale, reviewedAt);
      const user = ctx.state.user;
      const reviewer = user ? { id: Number(user.id), name: ownerName(user) } : null;
      await getService(strapi, 'reviews').record(uid, marked, reviewedAt, reviewer, note);
      ctx.body = { data: { updated, lastReviewedAt: reviewedAt.toISOString() } };
    },
  };
};

export default createAdminController;
