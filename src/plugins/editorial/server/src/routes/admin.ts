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
  ],
};
