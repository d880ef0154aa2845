/** Public-facing routes; each needs an explicit grant per role (off for Public by default). */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/outdated',
      handler: 'outdated.find',
      config: { policies: [] },
    },
  ],
};
