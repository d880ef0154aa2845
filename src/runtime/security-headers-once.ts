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
 * Helmet still validates and joins the policy on every call (3–4 % of a cached answer's CPU
 * under load): with a policy of fixed strings, its headers are recorded on the first request
 * and set from that record afterwards.
 */
import helmet from 'koa-helmet';
import type { Core } from '@strapi/strapi';

type MiddlewareFactory = (config: Record<string, unknown>, context: { strapi: Core.Strapi }) => Core.MiddlewareHandler;

interface RecordedHeaders {
  removed: string[];
  set: Array<[string, number | string | readonly string[]]>;
}

/** A policy helmet could compute per request (a nonce function) cannot be recorded. */
function hasFunctions(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (value && typeof value === 'object') return Object.values(value).some(hasFunctions);
  return false;
}

/** What helmet does to a response: it only removes and sets headers. */
async function recordHeaders(helmetMiddleware: Core.MiddlewareHandler): Promise<RecordedHeaders> {
  const recorded: RecordedHeaders = { removed: [], set: [] };
  const res = {
    removeHeader: (name: string) => void recorded.removed.push(name),
    setHeader: (name: string, value: number | string | readonly string[]) => void recorded.set.push([name, value]),
  };
  await helmetMiddleware({ req: { method: 'GET', url: '/', headers: {} }, res } as any, async () => undefined);
  return recorded;
}

/** helmet(config), set from a record of its first answer's headers when the policy allows. */
function helmetOnce(config: Record<string, unknown>): Core.MiddlewareHandler {
  const built = helmet(config) as unknown as Core.MiddlewareHandler;
  if (hasFunctions(config)) return built;
  let recording: Promise<RecordedHeaders> | undefined;
  let recorded: RecordedHeaders | undefined;
  return async (ctx, next) => {
    if (!recorded) recorded = await (recording ??= recordHeaders(built));
    for (const name of recorded.removed) ctx.res.removeHeader(name);
    for (const [name, value] of recorded.set) ctx.res.setHeader(name, value);
    return next();
  };
}

export function securityBuiltOnce(strapiSecurity: MiddlewareFactory): MiddlewareFactory {
  return (config, { strapi }) => {
    const perRequest = strapiSecurity(config, { strapi });
    const builtOnce = helmetOnce(config);
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
