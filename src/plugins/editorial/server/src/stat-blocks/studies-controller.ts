/** `GET /api/editorial/studies/:slug`: a study's reader page data (published only), validate → service → body. */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { defaultLocale } from '../i18n/default-locale';
import { validateStudyPageInput } from './study-page-validation';

const createStudiesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const { slug, locale } = validateStudyPageInput({ slug: ctx.params.slug, ...(ctx.query ?? {}) });
    const version = ctx.state.editorialContentVersion as number | undefined;
    const page = await getService(strapi, 'study-page').load(slug, locale ?? (await defaultLocale(strapi, version)), version);
    if (!page) throw new errors.NotFoundError('Diese Studie gibt es nicht (oder sie ist nicht veröffentlicht).');
    const settings = await getService(strapi, 'settings').get(version);
    ctx.set('Cache-Control', `public, max-age=${settings.maxAge}`);
    ctx.body = { data: page };
  },
});

export default createStudiesController;
