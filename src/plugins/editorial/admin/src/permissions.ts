/** The plugin's admin actions, as the server registers them (see server/src/permissions.ts). */
const action = (name: string) => [{ action: `plugin::editorial.${name}`, subject: null }];

export const PERMISSIONS = {
  read: action('freshness.read'),
  markReviewed: action('freshness.mark-reviewed'),
  manageSettings: action('settings.manage'),
};
