/**
 * Admin permissions of the plugin. Super Admin holds every action; on first start the
 * Editor role gets read + mark reviewed and the Author role read only. Later changes by
 * an admin in Settings → Roles stay.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

export const ACTIONS = {
  read: `plugin::${PLUGIN_ID}.freshness.read`,
  markReviewed: `plugin::${PLUGIN_ID}.freshness.mark-reviewed`,
  manageSettings: `plugin::${PLUGIN_ID}.settings.manage`,
} as const;

const DEFINITIONS = [
  { uid: 'freshness.read', displayName: 'Aktualität lesen' },
  { uid: 'freshness.mark-reviewed', displayName: 'Als geprüft markieren' },
  { uid: 'settings.manage', displayName: 'Einstellungen verwalten' },
];

const ROLE_DEFAULTS: Record<string, string[]> = {
  'strapi-editor': [ACTIONS.read, ACTIONS.markReviewed],
  'strapi-author': [ACTIONS.read],
};

export async function registerPermissions(strapi: Core.Strapi): Promise<void> {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(DEFINITIONS.map((d) => ({ section: 'plugins', pluginName: PLUGIN_ID, ...d })));
}

/**
 * Strapi bootstraps the admin (which creates the Editor and Author roles on a fresh
 * database) after the plugins, so this runs from the plugin's bootstrap when the roles
 * exist already and again from the app's bootstrap, which comes last. Idempotent.
 */
export async function grantRoleDefaults(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'role-defaults-granted' });
  if (await store.get({})) return;
  const permissions = strapi.db.query('admin::permission');
  for (const [code, actions] of Object.entries(ROLE_DEFAULTS)) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) return; // Not created yet: the app's bootstrap calls again.
    for (const action of actions) {
      const existing = await permissions.findOne({ where: { action, role: role.id } });
      if (!existing) {
        await permissions.create({ data: { action, role: role.id, subject: null, properties: {}, conditions: [], actionParameters: {} } });
      }
    }
  }
  await store.set({ value: true });
}

/** Route config: an admin session holding `action`. */
export const requires = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});
