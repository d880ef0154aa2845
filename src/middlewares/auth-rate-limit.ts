/**
 * Per-client limit on sign-in attempts across accounts (src/domain/auth-rate-limit.ts):
 * `/admin/login` and the users-permissions routes that sign in, send an account mail or
 * take a guess (`/api/auth/local`, `forgot-password`, `send-email-confirmation`,
 * `email-confirmation`, `reset-password`, `change-password`) share one counter per client
 * IP. Over the limit: 429 `RateLimitError` with `Retry-After`, before the request reaches
 * Strapi's controllers.
 *
 * Counted with koa2-ratelimit, the library Strapi's admin and users-permissions limits
 * use (loaded through users-permissions, so it is the very copy they use): a memory store
 * per instance, a fixed window from a client's first attempt. The counter goes up when a
 * request arrives; a success (sign-in, confirmation, new password) takes its attempt back
 * afterwards. Behind a proxy the client IP comes from `X-Forwarded-For` only with
 * IS_PROXIED (config/server.ts).
 */
import type { Context } from 'koa';
import { createRequire } from 'module';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { authRoute, countsAsAttempt, retryAfterSeconds, type AuthRateLimit } from '../domain/auth-rate-limit';

const MESSAGE = 'Zu viele Anmeldeversuche von diesem Anschluss. Bitte später erneut versuchen.';

/** koa2-ratelimit's RateLimit class and memory store (its `RateLimit` export is the module holding the class). */
function koa2RateLimit(): { RateLimit: any; MemoryStore: any } {
  const library = createRequire(require.resolve('@strapi/plugin-users-permissions/package.json'))('koa2-ratelimit');
  return { RateLimit: library.RateLimit.RateLimit, MemoryStore: library.Stores.Memory };
}

export default (config: AuthRateLimit, _ctx: { strapi: Core.Strapi }) => {
  if (!config || config.max === 0) return async (_c: unknown, next: () => Promise<unknown>) => next();

  const { RateLimit, MemoryStore } = koa2RateLimit();
  const store = new MemoryStore();
  const keyOf = (ctx: Context) => `blog-sign-in|${ctx.request.ip}`;
  const limiter = new RateLimit({
    interval: config.windowSeconds * 1000,
    max: config.max,
    store,
    // Strapi's limiters on the same routes send X-RateLimit-*; two sets would contradict.
    headers: false,
    keyGenerator: keyOf,
    handler(ctx: Context) {
      const endsAt = (ctx.state.rateLimit?.reset ?? 0) * 1000;
      ctx.set('Retry-After', String(Math.min(config.windowSeconds, retryAfterSeconds(endsAt, Date.now()))));
      throw new errors.RateLimitError(MESSAGE);
    },
  });

  return async (ctx: Context, next: () => Promise<unknown>) => {
    const route = authRoute(ctx.method, ctx.path);
    if (!route) return next();
    let answered = false;
    await limiter.middleware(ctx, async () => {
      await next();
      answered = true;
    });
    if (answered && !countsAsAttempt(route, ctx.status)) {
      try {
        store.decrement(keyOf(ctx), limiter.options, 1);
      } catch {
        // The window ended meanwhile and the counter is gone: nothing to take back.
      }
    }
  };
};
