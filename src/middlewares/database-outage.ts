/**
 * While the database is down, answer 503 with Retry-After at once instead of a 500 (or a
 * request hanging on the pool): right after an outage error, further requests are refused
 * without touching the database for a short moment, then one is let through to probe.
 * Some Strapi layers turn a failed query into another answer (authentication answers 401
 * when it cannot read the roles), so an error answer given while the connection failed
 * during the request becomes a 503 too. Recovers by itself when the database is back;
 * nothing is retried behind the client's back, so a write either got its 2xx or did not
 * happen.
 */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isDatabaseOutage } from '../domain/database-outage';

const PAUSE_MS = 1000;
const PROBE_TIMEOUT_MS = 1000;
const RETRY_AFTER_S = 5;
const MESSAGE = 'Die Datenbank ist vorübergehend nicht erreichbar. Bitte versuchen Sie es in wenigen Sekunden erneut.';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let pausedUntil = 0;
  let outageSince: number | null = null;
  let lastOutageErrorAt = 0;
  let listening = false;

  const noteOutage = (error: unknown) => {
    if (!isDatabaseOutage(error)) return;
    lastOutageErrorAt = Date.now();
    if (outageSince === null) {
      outageSince = lastOutageErrorAt;
      strapi.log.error(`[database] unreachable: ${(error as Error)?.message ?? error}; answering 503 until it is back`);
    }
  };

  // Failed queries and failed connection attempts, wherever Strapi catches them.
  const listen = () => {
    if (listening) return;
    const knex = strapi.db?.connection as any;
    if (!knex) return;
    knex.on('query-error', (error: unknown) => noteOutage(error));
    const pool = knex.client?.pool;
    if (pool?.on) pool.on('createFail', (_id: unknown, error: unknown) => noteOutage(error));
    listening = Boolean(pool);
  };

  const databaseAnswers = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const probe = (strapi.db.connection as any).raw('select 1');
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer within 1 s')), PROBE_TIMEOUT_MS);
      });
      await Promise.race([probe, timeout]);
      return true;
    } catch (error) {
      noteOutage(error);
      lastOutageErrorAt = Date.now();
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  const unavailable = (ctx: Context) => {
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_S));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: MESSAGE, details: {} } };
  };

  return async (ctx: Context, next: () => Promise<unknown>) => {
    listen();
    if (Date.now() < pausedUntil && ctx.path !== '/_health') {
      unavailable(ctx);
      return;
    }
    const started = Date.now();
    try {
      await next();
    } catch (error) {
      noteOutage(error);
      if (!isDatabaseOutage(error)) {
        // A client error (validation, not found, forbidden) is the client's answer.
        const status = (error as { status?: unknown })?.status;
        if (error instanceof errors.ApplicationError || (typeof status === 'number' && status < 500)) throw error;
        // Drivers and Strapi's layers wrap a lost connection in many ways; before an error
        // we do not recognise becomes a 500, ask the database itself.
        if (await databaseAnswers()) throw error;
      }
      if (!isDatabaseOutage(error))
        strapi.log.warn(`[database] ${(error as Error)?.name}: ${(error as Error)?.message} while the database did not answer; 503`);
      // Whatever was answered before the failure (a body not yet complete) is not sent.
      pausedUntil = Date.now() + PAUSE_MS;
      unavailable(ctx);
      return;
    }
    if (lastOutageErrorAt >= started && (ctx.status >= 400 || ctx.status === 404)) {
      pausedUntil = Date.now() + PAUSE_MS;
      unavailable(ctx);
      return;
    }
    if (outageSince !== null && ctx.status < 400 && lastOutageErrorAt < started) {
      strapi.log.info(`[database] reachable again after ${Date.now() - outageSince} ms`);
      outageSince = null;
    }
  };
};
