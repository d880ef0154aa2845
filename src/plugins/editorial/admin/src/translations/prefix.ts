/** Strapi expects plugin translation keys prefixed with the plugin id. */
export function prefixPluginTranslations(translations: Record<string, string>, pluginId: string): Record<string, string> {
  return Object.fromEntries(Object.entries(translations).map(([key, value]) => [`${pluginId}.${key}`, value]));
}
