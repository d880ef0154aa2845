/**
 * While the database is down, answer 503 with Retry-After at once instead of a 500 (or a
 * request hanging on the pool): right after an outage error, further requests are refused
 * without touching the database for a short moment, then one is let through to probe.
 * Recovers by itself when the database is back; nothing is retried behind the client's
 * back, so a write either got its 2xx or it did not happen.
 */
import type { Core } from '@strapi/strapi';
import { isDatabaseOutage } from '../domain/database-outage';

const PAUSE_MS = 1000;
const RETRY_AFTER_S = 5;
const MESSAGE = 'Die Datenbank ist vorübergehend nicht erreichbar. Bitte versuchen Sie es in wenigen Sekunden erneut.';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let pausedUntil = 0;
  let outageSince: number | null = null;

  const unavailable = (ctx: any) => {
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_S));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: MESSAGE, details: {} } };
  };

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (Date.now() < pausedUntil && ctx.path !== '/_health') {
      unavailable(ctx);
      return;
    }
    try {
      await next();
      if (outageSince !== null && ctx.status < 500) {
        strapi.log.info(`[database] reachable again after ${Date.now() - outageSince} ms`);
        outageSince = null;
      }
    } catch (error) {
      if (!isDatabaseOutage(error)) throw error;
      if (outageSince === null) {
        outageSince = Date.now();
        strapi.log.error(`[database] unreachable: ${(error as Error).message}; answering 503 until it is back`);
      }
      pausedUntil = Date.now() + PAUSE_MS;
      unavailable(ctx);
    }
  };
};
