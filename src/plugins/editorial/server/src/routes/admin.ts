/** Admin panel routes: an admin session (JWT) is required, 401 otherwise. */
const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'admin.getSettings', config: authenticated },
    { method: 'PUT', path: '/settings', handler: 'admin.updateSettings', config: authenticated },
    { method: 'GET', path: '/freshness', handler: 'admin.overview', config: authenticated },
    { method: 'POST', path: '/mark-reviewed', handler: 'admin.markReviewed', config: authenticated },
  ],
};
