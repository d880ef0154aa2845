/**
 * Strapi creates its default Editor and Author roles with content-type permissions that
 * carry no `locales` property. On a localized type the i18n plugin reads that as "no
 * locale at all" (its permission engine adds `locale $in []`), so on a fresh install
 * Editors and Authors see no article, study, statistic or book tip in the content manager
 * and are refused every one (strapi/strapi#22781, open for 5.x). The editorial plugin's
 * routes apply the same permissions, so they would refuse Editors too.
 *
 * This decides which of those permissions to complete with the blog's locales: exactly
 * what ticking every locale for the role in Settings → Roles does. Pure.
 */

export interface StoredPermission {
  id: number;
  action: string;
  subject: string | null;
  properties: Record<string, unknown> | null;
}

/** The content manager's actions that take a locale restriction. */
export const LOCALE_ACTIONS = [
  'plugin::content-manager.explorer.create',
  'plugin::content-manager.explorer.read',
  'plugin::content-manager.explorer.update',
  'plugin::content-manager.explorer.delete',
  'plugin::content-manager.explorer.publish',
] as const;

/**
 * The permissions to complete, with their new properties. Only a missing `locales` is
 * filled: an empty list or a chosen set is an admin's decision (or the i18n plugin's
 * repair), and `null` already means every locale.
 */
export function localePatches(
  permissions: readonly StoredPermission[],
  localizedSubjects: ReadonlySet<string>,
  locales: readonly string[],
): Array<{ id: number; properties: Record<string, unknown> }> {
  return permissions.flatMap((permission) => {
    const properties = permission.properties ?? {};
    if (!permission.subject || !localizedSubjects.has(permission.subject)) return [];
    if (!(LOCALE_ACTIONS as readonly string[]).includes(permission.action)) return [];
    if (Object.prototype.hasOwnProperty.call(properties, 'locales')) return [];
    return [{ id: permission.id, properties: { ...properties, locales: [...locales] } }];
  });
}
