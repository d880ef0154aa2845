import type { Core } from '@strapi/strapi';

/** An API token as an operator would create it in Settings → API Tokens. */
export async function createApiToken(strapi: Core.Strapi, type: 'full-access' | 'read-only' = 'full-access'): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${type}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    type,
    lifespan: null,
    permissions: [],
  });
  return token.accessKey;
}
