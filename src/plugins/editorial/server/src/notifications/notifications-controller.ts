/** Admin API of the freshness events: which webhooks get them, and a scan on demand. */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { validateSubscriptionBody, validateWebhookId } from './notifications-validation';

const createNotificationsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async listWebhooks(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'freshness-events').subscriptions() };
  },

  async updateWebhook(ctx: Context) {
    const id = await validateWebhookId(ctx.params.id);
    const { events } = await validateSubscriptionBody(ctx.request.body?.data ?? ctx.request.body);
    const data = await getService(strapi, 'freshness-events').subscribe(id, events);
    if (!data) throw new errors.NotFoundError('No such webhook');
    ctx.body = { data };
  },

  /** The scheduled scan, now (safe beside it: the record lets one scan emit each crossing). */
  async scan(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'freshness-events').scan() };
  },
});

export default createNotificationsController;
