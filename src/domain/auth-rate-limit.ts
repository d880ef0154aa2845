/**
 * A per-client limit on sign-in attempts across accounts. Strapi's own limits are per
 * e-mail address (`/admin/login`: 5 per 5 minutes for one address from one IP) or per
 * route (`/api/auth/local`: 10 per minute), so trying one password on many addresses
 * (password spraying) from one client was never stopped. This one counts per client IP,
 * over `/admin/login`, `/api/auth/local` and `/api/auth/forgot-password` together. Pure.
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

export type AuthRoute = 'admin-login' | 'login' | 'forgot-password';

const ROUTES: Record<string, AuthRoute> = {
  '/admin/login': 'admin-login',
  '/api/auth/local': 'login',
  '/api/auth/forgot-password': 'forgot-password',
};

/**
 * The limited route a request goes to, or null. The router matches paths without regard
 * to case or a trailing slash, so `/API/Auth/Local/` is the same route and must count.
 */
export function authRoute(method: string, requestPath: string): AuthRoute | null {
  if (method.toUpperCase() !== 'POST' || typeof requestPath !== 'string') return null;
  const normalized = path.posix.normalize(requestPath).toLowerCase().replace(/\/+$/, '');
  return ROUTES[normalized] ?? null;
}

/**
 * Whether an answered attempt stays counted. A successful sign-in does not count (editors
 * who log in often, tests that log in many times); every failed one does. A reset request
 * always counts: its answer is the same for every address (200), and each may send a mail.
 */
export function countsAsAttempt(route: AuthRoute, status: number): boolean {
  if (route === 'forgot-password') return true;
  return !(status >= 200 && status < 400);
}

/** Seconds until the client's window ends, at least 1 (for `Retry-After`). */
export function retryAfterSeconds(windowEndsAtMs: number, nowMs: number): number {
  return Math.max(1, Math.ceil((windowEndsAtMs - nowMs) / 1000));
}
