/**
 * A request without an `Origin` header is no cross-origin browser request, but Strapi's
 * `strapi::cors` (required, and configured in config/middlewares.ts) answers it as if the
 * origin were `*`: with credentials on, an empty `Access-Control-Allow-Origin` plus
 * `Access-Control-Allow-Credentials: true` on every same-origin page, feed and API answer.
 * Wrapped around it, this removes its CORS headers from such answers (errors included).
 * `Vary: Origin` stays, so a cache never serves such an answer to a cross-origin reader.
 */
import type { Context } from 'koa';
import { CORS_RESPONSE_HEADERS, isCorsRequest } from '../domain/cors-origins';

export default () => async (ctx: Context, next: () => Promise<unknown>) => {
  if (isCorsRequest(ctx.get('Origin'))) return next();
  try {
    await next();
  } finally {
    for (const header of CORS_RESPONSE_HEADERS) ctx.remove(header);
  }
};
