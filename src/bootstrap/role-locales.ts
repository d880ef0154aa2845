import type { Core } from '@strapi/strapi';
import { localePatches, LOCALE_ACTIONS, type StoredPermission } from '../domain/role-locales';
import { LOCALES } from '../domain/blog';

/** Strapi's default roles, by code. */
const DEFAULT_ROLES = ['strapi-editor', 'strapi-author'];

/**
 * Once, on the first start after the admin created its default roles (called from the
 * app's bootstrap, under its lease): the Editor and Author roles get every blog locale on
 * their content-manager permissions for localized types, which Strapi leaves without any
 * (src/domain/role-locales.ts). Without it, Editors and Authors could open no article in
 * the content manager, and the editorial plugin, which applies the content manager's
 * permissions, refused them too. Later changes by an admin stay.
 */
export async function grantDefaultRolesLocales(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'blog' });
  const marker = 'default-roles-locales-granted';
  if (await store.get({ key: marker })) return;

  const roles = (await strapi.db
    .query('admin::role')
    .findMany({ where: { code: { $in: DEFAULT_ROLES } }, select: ['id', 'code'] })) as Array<{ id: number }>;
  // The admin creates the roles; until it has, there is nothing to complete (next start).
  if (roles.length === 0) return;

  const localized = new Set(
    Object.values(strapi.contentTypes as Record<string, any>)
      .filter((contentType) => contentType?.pluginOptions?.i18n?.localized === true)
      .map((contentType) => contentType.uid as string),
  );
  const permissions = strapi.db.query('admin::permission');
  const stored = (await permissions.findMany({
    where: { role: { id: { $in: roles.map((role) => role.id) } }, action: { $in: [...LOCALE_ACTIONS] } },
    select: ['id', 'action', 'subject', 'properties'],
  })) as StoredPermission[];
  const patches = localePatches(stored, localized, LOCALES);
  for (const patch of patches) {
    await permissions.update({ where: { id: patch.id }, data: { properties: patch.properties } });
  }
  await store.set({ key: marker, value: true });
  if (patches.length > 0)
    strapi.log.info(`[blog] Editor and Author roles may now work in every locale (${LOCALES.join(', ')}): ${patches.length} permissions`);
}
