/**
 * Reader-site addresses from the plugin's path templates (`previewPath`, `shareImagePath`):
 * `{slug}`, `{locale}` and `{localePrefix}` (empty for German, `/en` otherwise) filled in,
 * absolute when `server.url` is set.
 */
export function readerPath(template: string, slug: string, locale: string | null, base = ''): string {
  const path = template
    .replace('{locale}', encodeURIComponent(locale ?? ''))
    .replace('{localePrefix}', locale && locale !== 'de' ? `/${encodeURIComponent(locale)}` : '')
    .replace('{slug}', encodeURIComponent(slug));
  return `${base.replace(/\/$/, '')}${path}`;
}
