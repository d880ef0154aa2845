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
 * Client errors thrown by libraries outside Strapi's error classes (koa-static's "Malicious
 * Path", a `URIError`) are answered here as the 4xx they are, with a debug line: Strapi
 * would log each at error level with a stack, for any anonymous request.
 * Only the path is logged, never the query string: it can carry tokens (preview links).
 */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  clientErrorBody,
  clientErrorStatus,
  describeError,
  internalErrorBody,
  requestIdFor,
  REQUEST_ID_HEADER,
  serverErrorStatus,
} from '../domain/request-id';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<unknown>) => {
    const id = requestIdFor(ctx.get(REQUEST_ID_HEADER));
    ctx.state.requestId = id;
    ctx.set(REQUEST_ID_HEADER, id);
    const where = () => `[request ${id}] ${ctx.method} ${ctx.path}`;
    try {
      await next();
    } catch (error) {
      const isStrapiError = error instanceof errors.ApplicationError;
      const status = serverErrorStatus(error, isStrapiError);
      if (status === null) {
        // Strapi answers its own errors quietly; a library's 4xx it would log as an error with a stack.
        const clientStatus = isStrapiError || error instanceof errors.HttpError ? null : clientErrorStatus(error);
        if (clientStatus === null) throw error;
        strapi.log.debug(`${where()} → ${clientStatus}: ${(error as Error)?.message ?? error}`);
        ctx.status = clientStatus;
        ctx.body = clientErrorBody(clientStatus);
        return;
      }
      strapi.log.error(`${where()} → ${status}: ${describeError(error)}`);
      if (isStrapiError || error instanceof errors.HttpError) throw error;
      ctx.status = status;
      ctx.body = internalErrorBody(status);
      return;
    }
    // Admission's 503s are counted in one warning a second by admission itself.
    if (ctx.status >= 500 && !ctx.state.admissionRefused) {
      const answered = (ctx.body as { error?: { name?: string; message?: string } } | null)?.error;
      const what = answered ? `${answered.name ?? 'Error'}: ${answered.message ?? ''}` : 'no error thrown';
      strapi.log.error(`${where()} → ${ctx.status} (${what})`);
    }
  };
