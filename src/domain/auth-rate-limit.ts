/**
 * A per-client limit on sign-in attempts across accounts. Strapi's own limits are per
 * e-mail address (`/admin/login`: 5 per 5 minutes for one address from one IP; `send-email-
 * confirmation` keys on the address in the body, so a new address is a new counter) or
 * per route (`/api/auth/local`: 10 per minute), so trying one password on many addresses
 * (password spraying) or one address after another from one client was never stopped.
 * This one counts per client IP, over every route that tells something about an account
 * or accepts a guess (a password, a reset code, a confirmation token): one shared counter,
 * so a client cannot multiply its attempts by switching routes. Pure.
 */
import path from 'path';

export interface AuthRateLimit {
  /** Attempts per client and window; 0 turns the limit off. */
  max: number;
  windowSeconds: number;
}

export const AUTH_RATE_LIMIT_DEFAULTS: AuthRateLimit = { max: 10, windowSeconds: 300 };

function integerSetting(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max)
    throw new Error(`${name}: ${JSON.stringify(raw)} is not a whole number from ${min} to ${max}.`);
  return value;
}

/** `AUTH_RATE_LIMIT_MAX` (default 10, 0 = off) and `AUTH_RATE_LIMIT_WINDOW_SECONDS` (default 300). */
export function parseAuthRateLimit(env: Record<string, string | undefined>): AuthRateLimit {
  return {
    max: integerSetting(env, 'AUTH_RATE_LIMIT_MAX', AUTH_RATE_LIMIT_DEFAULTS.max, 0, 100_000),
    windowSeconds: integerSetting(env, 'AUTH_RATE_LIMIT_WINDOW_SECONDS', AUTH_RATE_LIMIT_DEFAULTS.windowSeconds, 1, 86_400),
  };
}

export type AuthRoute =
  'admin-login' | 'login' | 'forgot-password' | 'send-email-confirmation' | 'email-confirmation' | 'reset-password' | 'change-password';

/** `METHOD path` (lower-case path, no trailing slash) → route. */
const ROUTES: Record<string, AuthRoute> = {
  'POST /admin/login': 'admin-login',
  'POST /api/auth/local': 'login',
  'POST /api/auth/forgot-password': 'forgot-password',
  'POST /api/auth/send-email-confirmation': 'send-email-confirmation',
  'GET /api/auth/email-confirmation': 'email-confirmation',
  'POST /api/auth/reset-password': 'reset-password',
  'POST /api/auth/change-password': 'change-password',
};

/** Routes whose answer is the same for every address: each request counts, whatever it answered. */
const ALWAYS_COUNTED: ReadonlySet<AuthRoute> = new Set(['forgot-password', 'send-email-confirmation']);

/**
 * The limited route a request goes to, or null. The router matches paths without regard
 * to case or a trailing slash, so `/API/Auth/Local/` is the same route and must count;
 * it answers HEAD with the GET route's controller, so a HEAD is a guess too.
 */
export function authRoute(method: string, requestPath: string): AuthRoute | null {
  if (typeof method !== 'string' || typeof requestPath !== 'string') return null;
  const verb = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  const normalized = path.posix.normalize(requestPath).toLowerCase().replace(/\/+$/, '');
  return ROUTES[`${verb} ${normalized}`] ?? null;
}

/**
 * Whether an answered attempt stays counted. A success does not count (editors who log in
 * often, a reader who confirms an address or sets a new password); every failed sign-in,
 * wrong reset code, confirmation token or current password does. A reset or confirmation
 * mail request always counts: its answer is the same for every address (200), and each
 * may send a mail.
 */
export function countsAsAttempt(route: AuthRoute, status: number): boolean {
  if (ALWAYS_COUNTED.has(route)) return true;
  return !(status >= 200 && status < 400);
}

/** Seconds until the client's window ends, at least 1 (for `Retry-After`). */
export function retryAfterSeconds(windowEndsAtMs: number, nowMs: number): number {
  return Math.max(1, Math.ceil((windowEndsAtMs - nowMs) / 1000));
}
