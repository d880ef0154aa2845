import type { Core } from '@strapi/strapi';
import { corsMiddlewareConfig, parseCorsOrigins } from '../src/domain/cors-origins';
import { securityMiddlewareConfig } from '../src/domain/content-security-policy';
import { parseAuthRateLimit } from '../src/domain/auth-rate-limit';
import { cookieSecurity } from '../src/domain/cookie-security';
import { tuningEnabled } from '../src/runtime/tuning-switch';

/**
 * Security-relevant settings are spelled out here; see docs/security.md.
 * - `strapi::security`: CSP without inline script, nosniff, same-origin framing
 *   (`src/domain/content-security-policy.ts`).
 * - `global::server-errors`: an `X-Request-Id` on every answer, and every 5xx logged with
 *   it and the error's stack (inside `strapi::errors`, to see the error itself).
 * - `global::secure-cookies`: behind an https PUBLIC_URL, session cookies are Secure even
 *   when the proxy does not say https (`src/domain/cookie-security.ts`); the same rule
 *   sets `strapi::session`'s cookie.
 * - `strapi::cors`: only the origins in `CORS_ORIGINS` (default: none), never `*` with
 *   credentials (`src/domain/cors-origins.ts`). A malformed value stops startup.
 *   `global::cors-without-origin` around it: no CORS headers for requests without Origin.
 * - No `strapi::poweredBy`: `X-Powered-By: Strapi` only tells attackers what to try.
 * - `global::auth-rate-limit`: sign-in and password-reset attempts per client IP across
 *   accounts (AUTH_RATE_LIMIT_MAX per AUTH_RATE_LIMIT_WINDOW_SECONDS; 429 + Retry-After).
 * - `global::rest-read-query`: the numbers of a Content API read (pagination, filter
 *   values on number fields) checked before Strapi, 400 naming the parameter instead of a
 *   database error (`src/domain/rest-read-query.ts`).
 * - `strapi::body`: JSON bodies up to 1 MB (a long article with all its blocks is far
 *   smaller), form and text bodies up to 56 KB; larger ones get 413 before any parsing.
 * - No log line per request in production: it costs throughput and says little;
 *   REQUEST_LOG=true brings it back, PERF_TUNING=off restores stock Strapi's (logged).
 * - `global::canonical-path`: `/API/…`, `/api//…`, `/%61pi/…`, trailing slashes: a 301 to the
 *   canonical address (GET/HEAD) or a 404, so every check keyed by path sees one spelling.
 * - `global::database-outage`: a database outage becomes a quick 503 with Retry-After.
 * - `global::compression`: brotli/gzip for text answers (src/http/compression/middleware.ts).
 * - `global::response-cache`: anonymous reads answered from a copy kept per content
 *   version (src/http/response-cache/middleware.ts); never for callers with credentials.
 * - `global::admission`: Content API requests the cache could not answer run at most
 *   ADMISSION_CONCURRENCY at once; beyond the queue or its wait, a quick 503 (Retry-After).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  ...(env('REQUEST_LOG') === 'true' || !tuningEnabled('quiet-log') ? ['strapi::logger'] : []),
  'strapi::errors',
  'global::server-errors',
  // One spelling per address before anything keyed by path (src/http/canonical-path/).
  'global::canonical-path',
  // Outside everything that makes a body, so API answers, pages and feeds are compressed alike.
  'global::compression',
  'global::database-outage',
  'global::secure-cookies',
  { name: 'strapi::security', config: securityMiddlewareConfig() },
  'global::cors-without-origin',
  { name: 'strapi::cors', config: corsMiddlewareConfig(parseCorsOrigins(env('CORS_ORIGINS', ''))) },
  // Inside security and CORS (their headers go on cached answers too), outside everything that computes one.
  'global::response-cache',
  // What the cache could not answer: bounded, excess gets a quick 503 instead of a long wait.
  'global::admission',
  { name: 'global::auth-rate-limit', config: parseAuthRateLimit(process.env) },
  'strapi::query',
  'global::rest-read-query',
  { name: 'strapi::body', config: { jsonLimit: '1mb', formLimit: '56kb', textLimit: '56kb' } },
  { name: 'strapi::session', config: { secure: cookieSecurity(env('PUBLIC_URL', '')).secure } },
  'strapi::favicon',
  // The reader's site (server-rendered pages, robots.txt, RSS, sitemap) before the static files.
  'global::reader-site',
  'strapi::public',
];

export default config;
