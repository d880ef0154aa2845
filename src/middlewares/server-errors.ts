/**
 * Every answer carries an `X-Request-Id` (a sane incoming one, e.g. from the proxy, or a
 * fresh UUID), and every 5xx answer is logged with that id, the request's method and path
 * and the error's stack, so a reader's "I got an error" can be found in the log.
 *
 * Sits right inside `strapi::errors`: it sees the thrown error before Strapi turns it into
 * a 500, which Strapi logs without any request context (and, before config/logger.ts was
 * fixed, not at all). An internal error is answered here with the body Strapi would give,
 * so it is logged once; Strapi's own error classes (`ApplicationError`, `HttpError`) are
 * passed on, since `strapi::errors` answers those without logging. Answers that are 5xx
 * without a thrown error (`ctx.internalServerError()`, the database outage's 503) are
 * logged after the fact, with what their body says.
 * Only the path is logged, never the query string: it can carry tokens (preview links).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describeError, internalErrorBody, requestIdFor, REQUEST_ID_HEADER, serverErrorStatus } from '../domain/request-id';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    const id = requestIdFor(ctx.get(REQUEST_ID_HEADER));
    ctx.state.requestId = id;
    ctx.set(REQUEST_ID_HEADER, id);
    const where = () => `[request ${id}] ${ctx.method} ${ctx.path}`;
    try {
      await next();
    } catch (error) {
      const isStrapiError = error instanceof errors.ApplicationError;
      const status = serverErrorStatus(error, isStrapiError);
      if (status === null) throw error;
      strapi.log.error(`${where()} → ${status}: ${describeError(error)}`);
      if (isStrapiError || error instanceof errors.HttpError) throw error;
      ctx.status = status;
      ctx.body = internalErrorBody(status);
      return;
    }
    if (ctx.status >= 500) {
      const answered = ctx.body?.error;
      const what = answered ? `${answered.name ?? 'Error'}: ${answered.message ?? ''}` : 'no error thrown';
      strapi.log.error(`${where()} → ${ctx.status} (${what})`);
    }
  };
