import type { StrapiApp } from '@strapi/strapi/admin';
import { FRESHNESS_MODE_MESSAGES } from './custom-fields/freshness-mode-labels';

export default {
  config: {
    // The editors are German-speaking: German is offered next to English in the admin.
    locales: ['de'],
    // Labels of the app's own custom field (the content manager shows them instead of raw values).
    translations: FRESHNESS_MODE_MESSAGES,
  },
  register(app: StrapiApp) {
    // The server side: src/custom-fields/freshness-mode.ts.
    app.customFields.register({
      name: 'freshness-mode',
      type: 'enumeration',
      intlLabel: { id: 'freshness-mode.label', defaultMessage: 'Veraltet-Hinweis' },
      intlDescription: { id: 'freshness-mode.description', defaultMessage: 'Ob und wann Leser einen Veraltet-Hinweis sehen.' },
      components: { Input: async () => import('./custom-fields/FreshnessModeInput') as any },
    } as any);
  },
  bootstrap(_app: StrapiApp) {},
};
