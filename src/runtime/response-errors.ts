/**
 * Errors Koa reports after an answer has left the middlewares (the stream of a compressed
 * or streamed body failing while it is written). Without a listener Koa prints each one
 * with console.error: no request id, no log level, and a stack for every reader who closed
 * the tab mid-answer (under load, several a minute). Here they go to Strapi's log with the
 * request's id, method and path like the 5xx answers (src/middlewares/server-errors.ts),
 * and a client that went away is a debug line, not an error.
 */
import type { Core } from '@strapi/strapi';
import { describeError, isClientGone } from '../domain/request-id';

interface ErrorContext {
  method?: string;
  path?: string;
  state?: { requestId?: string };
}

export function logResponseError(log: Core.Strapi['log'], error: unknown, ctx: ErrorContext | undefined): void {
  // Koa's own rule: 404s and errors meant for the client are not server errors.
  const { status, expose } = (error ?? {}) as { status?: number; expose?: boolean };
  if (status === 404 || expose) return;
  const where = `[request ${ctx?.state?.requestId ?? '-'}] ${ctx?.method ?? '?'} ${ctx?.path ?? '?'}`;
  if (isClientGone(error)) {
    log.debug(`${where}: the client closed the connection before the answer was sent (${(error as Error).message})`);
    return;
  }
  log.error(`${where}: error while answering: ${describeError(error)}`);
}

export function installResponseErrorLog(strapi: Core.Strapi): void {
  strapi.server.app.on('error', (error: unknown, ctx?: ErrorContext) => logResponseError(strapi.log, error, ctx));
}
