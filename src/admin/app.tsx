import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // The editors are German-speaking: German is offered next to English in the admin.
    locales: ['de'],
  },
  bootstrap(_app: StrapiApp) {},
};
