import type { Core } from '@strapi/strapi';

/** The default locale set in Settings → Internationalization ('de' when i18n is absent). */
export async function defaultLocale(strapi: Core.Strapi): Promise<string> {
  return ((await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale()) as string | undefined) ?? 'de';
}
