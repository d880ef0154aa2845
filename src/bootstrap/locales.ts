import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../domain/blog';

const LOCALE_NAMES: Record<string, string> = { de: 'Deutsch (de)', en: 'English (en)' };

/**
 * German is the blog's language, English its second. Strapi starts with `en` as default;
 * on first start we add `de` and make it the default. Later changes by an admin stay.
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'blog' });
  if (await store.get({ key: 'locales-initialised' })) return;
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of Object.keys(LOCALE_NAMES)) {
    if (!(await locales.findByCode(code))) {
      await locales.create({ code, name: LOCALE_NAMES[code] });
    }
  }
  await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  await store.set({ key: 'locales-initialised', value: true });
}
