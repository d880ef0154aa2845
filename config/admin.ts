import type { Core } from '@strapi/strapi';
import { ensureSecretsOrExit } from '../src/runtime/secrets';
import { adminCookieSecure, cookieSecurity } from '../src/domain/cookie-security';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  ensureSecretsOrExit();
  return {
    // SERVE_ADMIN_PANEL=false: an API-only instance (no admin build needed), e.g. the benchmark's.
    serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
    auth: {
      secret: env('ADMIN_JWT_SECRET')!,
      // Behind an https PUBLIC_URL the admin's refresh cookie is always Secure
      // (src/domain/cookie-security.ts); otherwise Strapi's rule (production and TLS).
      cookie: { secure: adminCookieSecure(cookieSecurity(env('PUBLIC_URL', ''))) },
    },
    apiToken: {
      salt: env('API_TOKEN_SALT')!,
    },
    transfer: {
      token: {
        salt: env('TRANSFER_TOKEN_SALT')!,
      },
    },
    secrets: {
      encryptionKey: env('ENCRYPTION_KEY')!,
    },
    // The Preview button opens the reader's page of the draft through a signed, short-lived
    // link made by the editorial plugin (see docs/editorial-plugin.md#preview).
    preview: {
      enabled: env.bool('PREVIEW_ENABLED', true),
      config: {
        // The admin shows the preview in a frame: our own origin, plus the public address if set.
        allowedOrigins: env('PUBLIC_URL') ? ["'self'", env('PUBLIC_URL')!] : ["'self'"],
        async handler(uid: string, params: { documentId: string; locale?: string; status?: string }) {
          const preview = strapi.plugin('editorial')?.service('preview');
          return preview ? preview.link(uid, { documentId: params.documentId, locale: params.locale ?? null }) : null;
        },
      },
    },
    flags: {
      nps: env.bool('FLAG_NPS', false),
      promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    },
  };
};

export default config;
