/**
 * `global::admission`: Content API requests that reach it (the response cache has
 * answered the ones it could) run at most `ADMISSION_CONCURRENCY` at a time; a request
 * that would wait longer than `ADMISSION_MAX_WAIT_MS`, or find the queue full, gets a
 * 503 with `Retry-After: 1` at once (src/http/admission/rules.ts, docs/performance.md).
 * Reader pages are not gated themselves: they read the API over loopback, and those
 * reads are.
 *
 * Each client (its IP, src/http/admission/rules.ts `admissionClientKey`) gets a fair share: its
 * requests wait in a line of their own. A reader page runs with its client's key, and its
 * loopback reads carry it (src/http/admission/reader-client.ts), so they count to the reader,
 * not to 127.0.0.1. Refusals are one counted warning a second, not an error per 503
 * (`ctx.state.admissionRefused` tells `global::server-errors` to leave them out).
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { AdmissionGate, admissionClientKey, admissionLimits, RefusalTally, refusalDelayMs } from './rules';
import { ADMISSION_CLIENT_HEADER, runForClient, vouchedClient } from './reader-client';
import { contentApiSubpathOf, restPrefix } from '../canonical-path/rules';

const MESSAGE = 'Der Server ist gerade ausgelastet. Bitte versuchen Sie es in einer Sekunde erneut.';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limits = admissionLimits(process.env);
  const apiPrefix = restPrefix(strapi.config.get('api.rest.prefix'));
  if (!limits) return (_ctx: unknown, next: () => Promise<unknown>) => next();
  const gate = new AdmissionGate(limits, setImmediate, refusalDelayMs(limits));
  const refusals = new RefusalTally();

  const gated = async (ctx: Context, next: Next, client: string) => {
    if (contentApiSubpathOf(ctx.state, ctx.path, apiPrefix) === null) return next();
    const admission = await gate.enter(client);
    if (admission !== 'admitted') {
      if (refusals.note(admission)) setTimeout(() => strapi.log.warn(refusals.take()), 1000).unref();
      ctx.state.admissionRefused = true;
      ctx.status = 503;
      ctx.set('Retry-After', '1');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: MESSAGE, details: { reason: admission } } };
      return;
    }
    try {
      await next();
    } finally {
      gate.leave();
    }
  };

  return (ctx: Context, next: Next) => {
    const client = vouchedClient(ctx.get(ADMISSION_CLIENT_HEADER)) ?? admissionClientKey(ctx.request.ip ?? '');
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return gated(ctx, next, client);
    // A reader page's API reads over loopback count to its reader (src/http/admission/reader-client.ts).
    const socket = ctx.req.socket;
    let host = String(socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
    if (host === '::' || host === '0.0.0.0') host = '127.0.0.1';
    return runForClient({ client, host, port: socket.localPort ?? 0 }, () => gated(ctx, next, client));
  };
};
