/**
 * What the Public role may read, for the parts of the reader site that read the database
 * directly (the RSS feeds and the sitemap) instead of through the Content API. Pages go
 * through the API anonymously and so follow the role by themselves; with `find` on
 * articles revoked the home page was a 404 while `/rss.xml` still listed every article.
 * A change of permissions raises the content version (it is a write like any other), so
 * kept feeds and sitemaps are not served past it.
 */
import type { Core } from '@strapi/strapi';

/** The subset of `actions` (e.g. `api::article.article.find`) the Public role holds. */
export async function publicActions(strapi: Core.Strapi, actions: readonly string[]): Promise<Set<string>> {
  const rows = (await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { action: { $in: [...actions] }, role: { type: 'public' } },
    select: ['action'],
  })) as Array<{ action: string }>;
  return new Set(rows.map((row) => row.action));
}
