import type { Core } from '@strapi/strapi';
import { ensureSecretsOrExit } from '../src/runtime/secrets';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  ensureSecretsOrExit();
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    proxy: env.bool('IS_PROXIED', false),
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
