/**
 * Where things are in Strapi's admin, for the admin's own links and for the links the
 * server sends out (webhooks, the e-mail digest), so both point to the same places.
 */
/** The plugin's page in the admin (its id, `editorial`, as in server/src/constants.ts and admin/src/pluginId.ts). */
const PLUGIN_PAGE = '/plugins/editorial';

/** The content manager's edit view of one document, in one locale. */
export function editViewPath(contentType: string, documentId: string, locale: string | null): string {
  const base = `/content-manager/collection-types/${contentType}/${documentId}`;
  return locale ? `${base}?plugins[i18n][locale]=${encodeURIComponent(locale)}` : base;
}

/** The freshness overview ("Aktualität"), optionally with a filter. */
export function overviewPath(query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${PLUGIN_PAGE}${search ? `?${search}` : ''}`;
}

/** An admin path made absolute with the admin's public URL (`admin.absoluteUrl`). */
export function adminUrl(absoluteAdminUrl: string, path: string): string {
  return `${absoluteAdminUrl.replace(/\/+$/, '')}${path}`;
}
