/** Admin API used by the admin panel: settings, the freshness overview, "mark as reviewed". */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { defaultLocale } from '../i18n/default-locale';
import { parseOverviewQuery } from '../services/overview';
import { isLocaleCode } from '../domain/locale';

const MAX_BULK = 500;

const createAdminController = ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    async getSettings(ctx: any) {
      const service = getService(strapi, 'settings');
      service.invalidate();
      const [settings, saved, categories] = await Promise.all([service.get(), service.getSaved(), service.listCategoryThresholds()]);
      ctx.body = { data: { settings, saved, defaults: service.fileConfig(), categories } };
    },

    async updateSettings(ctx: any) {
      const input = ctx.request.body?.data ?? ctx.request.body;
      const settings = await getService(strapi, 'settings').save(input);
      ctx.body = { data: { settings } };
    },

    async document(ctx: any) {
      const settings = await getService(strapi, 'settings').get();
      const uid = typeof ctx.query.contentType === 'string' ? ctx.query.contentType : settings.contentTypes[0];
      if (!settings.contentTypes.includes(uid))
        throw new errors.ValidationError(`contentType must be one of ${settings.contentTypes.join(', ')}`);
      const { documentId } = ctx.query;
      if (typeof documentId !== 'string' || !/^[a-z0-9]{1,64}$/.test(documentId))
        throw new errors.ValidationError('documentId must be a document id');
      const locale = typeof ctx.query.locale === 'string' && ctx.query.locale ? ctx.query.locale : await defaultLocale(strapi);
      if (!isLocaleCode(locale)) throw new errors.ValidationError('locale must look like "de" or "en"');
      // The content manager's read permission on this document, conditions included (403).
      await getService(strapi, 'document-access').assert(ctx.state.userAbility, uid, 'read', [documentId], locale);
      const data = await getService(strapi, 'document-freshness').describe(uid, documentId, locale);
      if (!data) throw new errors.NotFoundError('No such document in this locale');
      ctx.body = { data };
    },

    async overview(ctx: any) {
      const settings = await getService(strapi, 'settings').get();
      const uid = typeof ctx.query.contentType === 'string' ? ctx.query.contentType : settings.contentTypes[0];
      if (!settings.contentTypes.includes(uid))
        throw new errors.ValidationError(`contentType must be one of ${settings.contentTypes.join(', ')}`);
      const query = parseOverviewQuery(ctx.query, { uid, locale: await defaultLocale(strapi) });
      // Only documents the content manager would let the caller read (one extra query when a condition applies).
      const readableIds = await getService(strapi, 'document-access').readableRowIds(ctx.state.userAbility, uid, query.locale);
      ctx.body = await getService(strapi, 'overview').list({ ...query, readableIds });
    },

    async markReviewed(ctx: any) {
      const body = ctx.request.body?.data ?? ctx.request.body ?? {};
      const settings = await getService(strapi, 'settings').get();
      const uid = typeof body.contentType === 'string' ? body.contentType : settings.contentTypes[0];
      if (!settings.contentTypes.includes(uid))
        throw new errors.ValidationError(`contentType must be one of ${settings.contentTypes.join(', ')}`);
      const ids = body.documentIds;
      if (
        !Array.isArray(ids) ||
        ids.length === 0 ||
        ids.length > MAX_BULK ||
        ids.some((id: unknown) => typeof id !== 'string' || !/^[a-z0-9]{1,64}$/.test(id))
      ) {
        throw new errors.ValidationError(`documentIds must be a list of 1 to ${MAX_BULK} document ids`);
      }
      const locale = body.locale === undefined ? await defaultLocale(strapi) : body.locale;
      if (locale !== null && !isLocaleCode(locale)) {
        throw new errors.ValidationError('locale must look like "de" or "en" (or null for every locale)');
      }
      // The content manager's update permission on every version it writes, and on the field
      // where the role has field-level permissions (403 naming the refused documents; nothing is written).
      await getService(strapi, 'document-access').assert(ctx.state.userAbility, uid, 'update', ids, locale, 'lastReviewedAt');
      const reviewedAt = new Date();
      const updated = await getService(strapi, 'freshness').markReviewed(uid, ids, locale, reviewedAt);
      ctx.body = { data: { updated, lastReviewedAt: reviewedAt.toISOString() } };
    },
  };
};

export default createAdminController;
