import { runOnce } from '../src/runtime/lease';
import type { Core } from '@strapi/strapi';
import { cookieSecurity } from '../src/domain/cookie-security';
import { SMTP_OFF_REASON, SmtpConfigError, smtpEmailConfig, type EmailPluginConfig } from '../src/domain/smtp-config';
import { digestSchedule } from '../src/runtime/editorial-digest';

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

/** Strapi's email plugin over SMTP (`SMTP_*`), or null: no mail. A malformed value stops startup naming it. */
function smtpOrExit(): EmailPluginConfig | null {
  try {
    return smtpEmailConfig(process.env);
  } catch (error) {
    if (!(error instanceof SmtpConfigError)) throw error;
    // eslint-disable-next-line no-console
    console.error(`\nRefusing to start: ${error.message}\n`);
    process.exit(1);
  }
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const smtp = smtpOrExit();
  return {
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
        // The e-mail digest (docs/editorial-plugin.md): off without SMTP, and one line at startup says so.
        digest: {
          mailConfigured: smtp !== null,
          offReason: smtp ? '' : SMTP_OFF_REASON,
          cron: digestSchedule(process.env).rule,
          includeEditorsWithoutArticles: env.bool('EDITORIAL_DIGEST_INCLUDE_EDITORS', false),
        },
        // The plugin schedules its own jobs (digest, freshness events) under the app's database lease.
        jobs: { freshnessEventsCron: env('EDITORIAL_EVENTS_CRON', '7 * * * *'), runOnce },
      },
    },
    // Only with SMTP: Strapi's default provider (sendmail) is never used.
    ...(smtp ? { email: smtp } : {}),
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
  };
};

export default config;
