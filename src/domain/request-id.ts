/**
 * Request ids and the status a thrown error will be answered with, for the log line of
 * every 5xx answer (`global::server-errors`). Pure.
 */
import crypto from 'crypto';
import { STATUS_CODES } from 'http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * An incoming id (from a proxy or a client) is kept when it is a plain token: letters,
 * digits and `._:-`, 8 to 128 characters, as UUIDs, nginx's `$request_id` and most tracing
 * ids are. Anything else (spaces, line breaks, quotes, very long values) could forge or
 * break log lines, so such requests get a fresh id instead.
 */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function acceptRequestId(incoming: unknown): string | null {
  return typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : null;
}

export function requestIdFor(incoming: unknown): string {
  return acceptRequestId(incoming) ?? crypto.randomUUID();
}

/**
 * The 5xx status `strapi::errors` will answer a thrown error with, or null for a client
 * error (which is not ours to log). `isApplicationError`: the error is one of Strapi's
 * `ApplicationError`s, which it answers with 400 or a mapped 4xx, except
 * `NotImplementedError` (501). Other errors keep a 4xx/5xx `status`/`statusCode` they
 * carry (body parser, http-errors); anything else is a 500.
 */
export function serverErrorStatus(error: unknown, isApplicationError: boolean): number | null {
  const e = (error ?? {}) as { name?: unknown; status?: unknown; statusCode?: unknown };
  if (isApplicationError) return e.name === 'NotImplementedError' ? 501 : null;
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : NaN;
  if (Number.isInteger(status) && status >= 400 && status < 500) return null;
  if (Number.isInteger(status) && status >= 500 && status < 600) return status;
  return error instanceof URIError ? null : 500;
}

/**
 * A client error thrown by a library outside Strapi's error classes (koa-static's
 * "Malicious Path" for `//x` or `/%2F…`, a `URIError` for `/artikel/%`, http-errors of
 * another copy than Strapi's): its 4xx status, or null when it is none. `strapi::errors`
 * does not recognise those and logs each at error level with a stack: an anonymous
 * request could fill the error log. Such errors are answered as the 4xx they are.
 */
export function clientErrorStatus(error: unknown): number | null {
  const e = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : NaN;
  if (Number.isInteger(status) && status >= 400 && status < 500) return status;
  return error instanceof URIError ? 400 : null;
}

/** The body of a client error: the status's own words only (a library's message may name files or paths). */
export function clientErrorBody(status: number) {
  return { data: null, error: { status, name: errorNameFor(status), message: STATUS_CODES[status] ?? 'Bad Request', details: {} } };
}

/** `InternalServerError` for 500, `ServiceUnavailableError` for 503: the names Strapi's answers carry. */
export function errorNameFor(status: number): string {
  const words = (STATUS_CODES[status] ?? 'Internal Server Error').replace(/[^A-Za-z0-9 ]/g, '').split(' ');
  const name = words.map((w) => (w ? w[0].toUpperCase() + w.slice(1) : '')).join('');
  return name.endsWith('Error') ? name : `${name}Error`;
}

/** The body `strapi::errors` gives an internal error: no message or detail of the cause leaks. */
export function internalErrorBody(status: number) {
  return { data: null, error: { status, name: errorNameFor(status), message: STATUS_CODES[status] ?? 'Internal Server Error' } };
}

/**
 * Errors that only say the client went away while its answer was being written (closed tab,
 * load generator stopping, proxy timeout): nothing on the server failed.
 */
const CLIENT_GONE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED']);

export function isClientGone(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CLIENT_GONE_CODES.has(code);
}

/** The error's stack (or name and message), followed by its causes, for the log. */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return `non-error thrown: ${safeString(error)}`;
  let text = error.stack || `${error.name}: ${error.message}`;
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && depth < 3) text += `\nCaused by: ${describeError(cause, depth + 1)}`;
  return text;
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}
