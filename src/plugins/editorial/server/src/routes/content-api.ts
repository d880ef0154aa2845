/**
 * Public-facing routes. `/outdated` needs an explicit grant per role (off for Public by
 * default); `/preview` is open because the signed token in the link is the permission;
 * `/studies/:slug` is open like the studies' own public API: published fields only.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/outdated',
      handler: 'outdated.find',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/preview',
      handler: 'preview.show',
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/studies/:slug',
      handler: 'studies.findOne',
      config: { auth: false, policies: [] },
    },
  ],
};
