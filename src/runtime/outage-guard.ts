/**
 * Keeps the server alive through a database outage. Strapi runs some queries after it has
 * answered (for example re-reading an entry after a create), without awaiting them; when
 * the database goes away at that moment, the failed query is an unhandled rejection, and
 * Node ends the process for it. Every instance would then die on a database restart. An
 * outage error there is logged and dropped (the request was already answered, and the
 * 503 middleware handles the ones that follow), as is a driver connection failing with
 * no listener. Any other unhandled rejection or exception still ends the process, as
 * Node's default does: it may be a real bug.
 */
import { isDatabaseOutage } from '../domain/database-outage';

interface Logger {
  warn(message: string): void;
  error(message: string): void;
}

let installed = false;

export function installOutageGuard(log: Logger): void {
  // Jest workers that run Strapi in-process keep Jest's own handling (they must see bugs);
  // a server a test starts as a child process (NODE_ENV=production) gets the guard.
  if (installed || (process.env.JEST_WORKER_ID && process.env.NODE_ENV === 'test')) return;
  installed = true;
  let dropped = 0;
  const dropOutageError = (what: string, error: unknown) => {
    dropped += 1;
    // One line per outage burst is enough; a stopped database can fail hundreds of these.
    if (dropped === 1 || dropped % 100 === 0)
      log.warn(`[database] ${what} during an outage (${dropped} so far): ${(error as Error)?.message ?? error}`);
  };
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseOutage(reason)) return dropOutageError('background query failed', reason);
    // Same path as Node's default (--unhandled-rejections=throw): on to the handler below.
    throw reason;
  });
  // A driver connection that fails while the server shuts down can emit 'error' with no
  // listener (node-postgres during its startup packet: 57P03); that connection is gone
  // and nothing else is affected. Anything else ends the process, as without this handler.
  process.on('uncaughtException', (error, origin) => {
    if (isDatabaseOutage(error)) return dropOutageError('driver connection failed', error);
    log.error(
      `${origin === 'unhandledRejection' ? 'Unhandled promise rejection' : 'Uncaught exception'}: ${(error as Error)?.stack ?? error}`,
    );
    process.exit(1);
  });
}
