import type { Core } from '@strapi/strapi';
import { corsMiddlewareConfig, parseCorsOrigins } from '../src/domain/cors-origins';
import { securityMiddlewareConfig } from '../src/domain/content-security-policy';
import { tuningEnabled } from '../src/runtime/tuning-switch';

/**
 * Security-relevant settings are spelled out here; see docs/security.md.
 * - `strapi::security`: CSP without inline script, nosniff, same-origin framing
 *   (`src/domain/content-security-policy.ts`).
 * - `strapi::cors`: only the origins in `CORS_ORIGINS` (default: none), never `*` with
 *   credentials (`src/domain/cors-origins.ts`). A malformed value stops startup.
 * - `strapi::body`: JSON bodies up to 1 MB (a long article with all its blocks is far
 *   smaller), form and text bodies up to 56 KB; larger ones get 413 before any parsing.
 * - No log line per request in production: it costs throughput and says little;
 *   REQUEST_LOG=true brings it back, PERF_TUNING=off restores stock Strapi's (logged).
 * - `global::database-outage`: a database outage becomes a quick 503 with Retry-After.
 * - `global::compression`: brotli/gzip for text answers (src/middlewares/compression.ts).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  ...(env('REQUEST_LOG') === 'true' || !tuningEnabled('quiet-log') ? ['strapi::logger'] : []),
  'strapi::errors',
  // Outside everything that makes a body, so API answers, pages and feeds are compressed alike.
  'global::compression',
  'global::database-outage',
  { name: 'strapi::security', config: securityMiddlewareConfig() },
  { name: 'strapi::cors', config: corsMiddlewareConfig(parseCorsOrigins(env('CORS_ORIGINS', ''))) },
  'strapi::poweredBy',
  'strapi::query',
  { name: 'strapi::body', config: { jsonLimit: '1mb', formLimit: '56kb', textLimit: '56kb' } },
  'strapi::session',
  'strapi::favicon',
  // The reader's site (server-rendered pages, robots.txt, RSS, sitemap) before the static files.
  'global::reader-site',
  'strapi::public',
];

export default config;
