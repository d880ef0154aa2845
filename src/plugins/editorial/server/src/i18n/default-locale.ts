import type { Core, UID } from '@strapi/strapi';

/** How long a looked-up default locale is reused: it changes only when an admin picks another one. */
const REUSE_MS = 5000;
// Per Strapi instance: tests and the cluster run several in one process, each with its own database.
const looked = new WeakMap<Core.Strapi, { code: string; at: number; contentVersion?: number }>();

/** The default locale as it is now: for writes, which must not use one changed seconds ago. */
export async function currentDefaultLocale(strapi: Core.Strapi): Promise<string> {
  return ((await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale()) as string | undefined) ?? 'de';
}

/**
 * The default locale set in Settings → Internationalization ('de' when i18n is absent), the
 * one home for this lookup. Every API read without `locale` needs it, so it is reused for
 * 5 s per instance; a change in the admin is seen within that time, and at once by a
 * caller that passes the current content version (choosing a default locale raises it):
 * what is computed at a version then always uses that version's default locale.
 */
export async function defaultLocale(strapi: Core.Strapi, contentVersion?: number): Promise<string> {
  const hit = looked.get(strapi);
  const sameVersion = contentVersion === undefined || hit?.contentVersion === contentVersion;
  if (hit && sameVersion && Date.now() - hit.at < REUSE_MS) return hit.code;
  const code = await currentDefaultLocale(strapi);
  looked.set(strapi, { code, at: Date.now(), contentVersion });
  return code;
}

/** Whether a content type has one entry per locale (i18n's `localized`), the one home for this look-up. */
export function isLocalizedType(strapi: Core.Strapi, uid: string): boolean {
  const schema = strapi.contentType(uid as UID.ContentType) as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined;
  return Boolean(schema?.pluginOptions?.i18n?.localized);
}
