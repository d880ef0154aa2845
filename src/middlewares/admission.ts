/**
 * `global::admission`: Content API requests that reach it (the response cache has
 * answered the ones it could) run at most `ADMISSION_CONCURRENCY` at a time; a request
 * that would wait longer than `ADMISSION_MAX_WAIT_MS`, or find the queue full, gets a
 * 503 with `Retry-After: 1` at once (src/domain/admission.ts, docs/performance.md).
 * Reader pages are not gated themselves: they read the API over loopback, and those
 * reads are.
 */
import type { Core } from '@strapi/strapi';
import { AdmissionGate, admissionLimits } from '../domain/admission';

const MESSAGE = 'Der Server ist gerade ausgelastet. Bitte versuchen Sie es in einer Sekunde erneut.';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limits = admissionLimits(process.env);
  const apiPrefix = `${String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/$/, '')}/`;
  if (!limits) return (_ctx: unknown, next: () => Promise<unknown>) => next();
  const gate = new AdmissionGate(limits);

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!ctx.path.startsWith(apiPrefix)) return next();
    const admission = await gate.enter();
    if (admission !== 'admitted') {
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
};
