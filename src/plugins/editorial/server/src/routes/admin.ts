/** Admin panel routes: an admin session (401 otherwise) holding the plugin's permission (403 otherwise). */
import { ACTIONS, requires } from '../permissions';

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'admin.getSettings', config: requires(ACTIONS.read) },
    { method: 'PUT', path: '/settings', handler: 'admin.updateSettings', config: requires(ACTIONS.manageSettings) },
    { method: 'GET', path: '/document', handler: 'admin.document', config: requires(ACTIONS.read) },
    { method: 'GET', path: '/freshness', handler: 'admin.overview', config: requires(ACTIONS.read) },
    { method: 'POST', path: '/mark-reviewed', handler: 'admin.markReviewed', config: requires(ACTIONS.markReviewed) },
    // The e-mail digest: every signed-in admin user subscribes or opts out for themselves.
    { method: 'GET', path: '/digest/me', handler: 'digest.me', config: { policies: ['admin::isAuthenticatedAdmin'] } },
    { method: 'PUT', path: '/digest/me', handler: 'digest.updateMe', config: { policies: ['admin::isAuthenticatedAdmin'] } },
    { method: 'PUT', path: '/digest/settings', handler: 'digest.updateSettings', config: requires(ACTIONS.manageSettings) },
    { method: 'GET', path: '/webhooks', handler: 'notifications.listWebhooks', config: requires(ACTIONS.manageSettings) },
    { method: 'PUT', path: '/webhooks/:id', handler: 'notifications.updateWebhook', config: requires(ACTIONS.manageSettings) },
    { method: 'POST', path: '/freshness-events/scan', handler: 'notifications.scan', config: requires(ACTIONS.manageSettings) },
  ],
};
