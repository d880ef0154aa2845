/**
 * Behind an https PUBLIC_URL, TLS ends at the proxy: tell Koa's cookie jar that the client
 * connection is encrypted, so the Secure session cookies are sent even when the proxy
 * does not forward `X-Forwarded-Proto` or IS_PROXIED is off (Koa would otherwise refuse
 * them with "Cannot send secure cookie over unencrypted connection", a 500).
 * Which cookies are Secure is decided in src/domain/cookie-security.ts.
 */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { cookieSecurity } from '../domain/cookie-security';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { secure } = cookieSecurity(process.env.PUBLIC_URL);
  if (!secure && process.env.NODE_ENV === 'production') {
    strapi.log.warn(
      '[security] PUBLIC_URL is not an https address: session cookies are sent without Secure. Behind TLS, set PUBLIC_URL=https://… (see docs/security.md).',
    );
  }
  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (secure) ctx.cookies.secure = true;
    await next();
  };
};
