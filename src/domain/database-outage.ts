/**
 * Tells a database outage (server stopped, restarting, unreachable, pool exhausted) from
 * other errors, so readers get "503, try again shortly" instead of a 500. Pure.
 */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, connection failures
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  // MySQL/MariaDB
  'PROTOCOL_CONNECTION_LOST',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  // SQLite: the file is locked by another writer for too long
  'SQLITE_BUSY',
]);

const OUTAGE_MESSAGES = [
  /connection terminated/i,
  /timeout acquiring a connection/i,
  /connect ECONNREFUSED/i,
  /server closed the connection/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
  /Connection lost/i,
  // node-postgres, for a pooled client whose server went away
  /not queryable/i,
  /connection error/i,
  /Connection ended unexpectedly/i,
  /terminating connection/i,
];

export function isDatabaseOutage(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && OUTAGE_CODES.has(e.code)) return true;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.message === 'string' && OUTAGE_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseOutage(inner, depth + 1))) return true;
  return isDatabaseOutage(e.cause, depth + 1);
}
