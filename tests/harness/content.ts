import type { Core } from '@strapi/strapi';

/** Row counts of every version (draft and published, all locales) of a content type. */
export async function rowCount(strapi: Core.Strapi, uid: string): Promise<number> {
  return strapi.db.query(uid as any).count({});
}

export async function findPublished(strapi: Core.Strapi, uid: string, filters: Record<string, unknown>, locale = 'de') {
  return strapi.documents(uid as any).findFirst({ filters, locale, status: 'published' } as any);
}
