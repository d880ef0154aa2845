/**
 * `strapi::security` with helmet built once. Strapi's middleware merges its defaults into
 * the options (config/middlewares.ts, src/domain/content-security-policy.ts) and builds
 * helmet anew on every request: a quarter of the CPU of an answer from the response cache.
 * Extended through Strapi's middleware registry, so `strapi::security` stays in the
 * middleware list under its own name. Where Strapi varies the policy per request (the admin
 * panel in development and test, `/documentation`, the GraphQL playground), its own
 * middleware runs as before. tests/unit/app/security-headers-once.test.ts checks that
 * both send the same headers: our options spell out every key of Strapi's defaults
 * (content-security-policy.ts), so its merge adds nothing to them.
 */
import helmet from 'koa-helmet';
import type { Core } from '@strapi/strapi';

type MiddlewareFactory = (config: Record<string, unknown>, context: { strapi: Core.Strapi }) => Core.MiddlewareHandler;

export function securityBuiltOnce(strapiSecurity: MiddlewareFactory): MiddlewareFactory {
  return (config, { strapi }) => {
    const perRequest = strapiSecurity(config, { strapi });
    const builtOnce = helmet(config) as unknown as Core.MiddlewareHandler;
    const adminPath = String(strapi.config.get('admin.path', '/admin'));
    const development = ['development', 'test'].includes(process.env.NODE_ENV ?? '');
    const graphql = Boolean(strapi.plugin('graphql'));
    const variesPerRequest = (ctx: { method: string; path: string }) =>
      graphql || (ctx.method === 'GET' && (ctx.path.startsWith('/documentation') || (development && ctx.path.startsWith(adminPath))));
    return (ctx, next) => (variesPerRequest(ctx) ? perRequest(ctx, next) : builtOnce(ctx, next));
  };
}

export function installSecurityBuiltOnce(strapi: Core.Strapi): void {
  strapi.get('middlewares').extend('strapi::security', securityBuiltOnce);
}
