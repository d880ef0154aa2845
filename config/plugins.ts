import type { Core } from '@strapi/strapi';
import { cookieSecurity } from '../src/domain/cookie-security';

const allowedMediaTypes = ['image/*', 'video/*', 'audio/*', 'application/pdf', 'text/plain', 'text/csv'];

// SVG can carry script; executables have no place on a blog.
const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // EDITORIAL_ENABLED=false serves plain Strapi answers (the benchmarks' baseline).
  editorial: {
    enabled: env.bool('EDITORIAL_ENABLED', true),
    resolve: './src/plugins/editorial',
    config: {
      outdatedAfterMonths: env.int('EDITORIAL_OUTDATED_AFTER_MONTHS', 24),
      studyOutdatedAfterMonths: env.int('EDITORIAL_STUDY_OUTDATED_AFTER_MONTHS', 24),
      timeZone: env('EDITORIAL_TIME_ZONE', 'Europe/Berlin'),
      maxAge: env.int('EDITORIAL_MAX_AGE', 300),
      // false: banners and stat blocks are computed on every read instead of once per content version.
      reuseEnrichment: env.bool('EDITORIAL_REUSE', true),
      // Empty: preview links are signed with a secret derived from APP_KEYS.
      previewSecret: env('PREVIEW_SECRET', ''),
      previewTtlSeconds: env.int('PREVIEW_TTL_SECONDS', 3600),
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
        // Strapi's default is Secure whenever NODE_ENV=production; over plain http Koa
        // refuses such a cookie and every login answered 500. Secure behind an https
        // PUBLIC_URL instead (src/domain/cookie-security.ts).
        cookie: { secure: cookieSecurity(env('PUBLIC_URL', '')).secure },
      },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
});

export default config;
