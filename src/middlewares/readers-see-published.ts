/**
 * Strapi 5 honours `?status=draft` for anyone allowed to `find`, which would show the
 * Public role unpublished work. Readers (the Public and Authenticated roles of
 * users-permissions) always get the published version; API tokens, which operators hand
 * to trusted frontends and preview tools, keep the choice.
 */
import type { Core } from '@strapi/strapi';

type Ctx = { state: { auth?: { strategy?: { name?: string } } }; query: Record<string, unknown> };

export function isReaderRequest(ctx: Ctx): boolean {
  const strategy = ctx.state.auth?.strategy?.name;
  return !strategy || strategy === 'users-permissions';
}

export default (_config: unknown, _ctx: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (isReaderRequest(ctx) && ctx.query && ctx.query.status !== undefined && ctx.query.status !== 'published') {
      // Mutating the parsed query keeps Strapi's qs options; re-assigning would re-stringify.
      ctx.query.status = 'published';
    }
    await next();
  };
