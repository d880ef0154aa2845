import { Clock } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { EditorialSidePanel } from './components/EditorialSidePanel';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { prefixPluginTranslations } from './translations/prefix';
import { getTranslation } from './utils/getTranslation';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });

    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Clock,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Aktualität' },
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/FreshnessPage'),
    });

    app.addSettingsLink('global', {
      id: PLUGIN_ID,
      to: PLUGIN_ID,
      intlLabel: { id: getTranslation('settings.title'), defaultMessage: 'Aktualität & Hinweise' },
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/SettingsPage'),
    });

    app.widgets.register({
      id: 'freshness',
      pluginId: PLUGIN_ID,
      icon: Clock,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Aktualität der Artikel' },
      link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Zur Übersicht' }, href: `/plugins/${PLUGIN_ID}` },
      permissions: PERMISSIONS.read,
      component: async () => (await import('./components/FreshnessWidget')).default,
    });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: { addEditViewSidePanel(panels: unknown[]): void } };
    contentManager.apis.addEditViewSidePanel([EditorialSidePanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixPluginTranslations(data, PLUGIN_ID), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
