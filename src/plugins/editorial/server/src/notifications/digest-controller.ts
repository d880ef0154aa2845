/** The e-mail digest's admin routes: each user's own subscription; the settings switch. */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { validateDigestSettings, validateDigestSubscription } from './digest-validation';

const createDigestController = ({ strapi }: { strapi: Core.Strapi }) => {
  // Always the signed-in user: nobody changes another user's subscription through these routes.
  const userId = (ctx: Context): number => {
    const id = Number(ctx.state.user?.id);
    if (!Number.isInteger(id)) throw new errors.UnauthorizedError('An admin session is needed');
    return id;
  };
  const body = (ctx: Context) => ctx.request.body?.data ?? ctx.request.body;
  return {
    async me(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'digest').status(userId(ctx)) };
    },

    async updateMe(ctx: Context) {
      const id = userId(ctx);
      const { subscribed } = await validateDigestSubscription(body(ctx));
      await getService(strapi, 'digest').setSubscribed(id, subscribed);
      ctx.body = { data: await getService(strapi, 'digest').status(id) };
    },

    async updateSettings(ctx: Context) {
      const id = userId(ctx);
      const { includeEditorsWithoutArticles } = await validateDigestSettings(body(ctx));
      await getService(strapi, 'digest').setIncludeEditorsWithoutArticles(includeEditorsWithoutArticles);
      ctx.body = { data: await getService(strapi, 'digest').status(id) };
    },
  };
};

export default createDigestController;
