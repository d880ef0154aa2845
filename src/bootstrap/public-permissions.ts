import type { Core } from '@strapi/strapi';
import { READABLE_CONTENT_TYPES } from './content-types';

const PUBLIC_ACTIONS = ['find', 'findOne'] as const;

/**
 * Readers may read, never write. Granted once: an admin who later removes a
 * permission must not see it come back on the next restart.
 */
export async function grantPublicReadAccess(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'blog' });
  if (await store.get({ key: 'public-permissions-granted' })) return;

  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions Public role is missing; cannot grant read access.');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const uid of READABLE_CONTENT_TYPES) {
    for (const action of PUBLIC_ACTIONS) {
      const name = `${uid}.${action}`;
      const existing = await permissions.findOne({ where: { action: name, role: publicRole.id } });
      if (!existing) await permissions.create({ data: { action: name, role: publicRole.id } });
    }
  }
  await store.set({ key: 'public-permissions-granted', value: true });
  strapi.log.info(`[blog] Public role may now read: ${READABLE_CONTENT_TYPES.join(', ')}`);
}
