import type { Core } from '@strapi/strapi';
import { ensureSecretsOrExit } from '../src/runtime/secrets';
import cronTasks from './cron-tasks';
import { parseProxyHops } from '../src/domain/proxy';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  ensureSecretsOrExit();
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    // Strapi 5 reads `proxy.koa`; a bare `proxy: true` (Strapi 4's form) is ignored, so
    // the client IP and https were never taken from the proxy. The client IP is read from
    // the end of X-Forwarded-For, where the proxies append (src/domain/proxy.ts).
    proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: parseProxyHops(env('PROXY_HOPS')) },
    app: {
      keys: env.array('APP_KEYS')!,
    },
    cron: {
      enabled: !env.bool('STRAPI_DISABLE_CRON', false),
      tasks: cronTasks,
    },
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
  };
};

export default config;
