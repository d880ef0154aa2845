import { localePatches, type StoredPermission } from '../../../src/domain/role-locales';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
const localized = new Set([ARTICLE]);
const permission = (id: number, action: string, subject: string | null, properties: Record<string, unknown> | null): StoredPermission => ({
  id,
  action,
  subject,
  properties,
});

describe("the default roles' missing locales (strapi/strapi#22781)", () => {
  it('completes content-manager permissions on localized types that have no locales property', () => {
    const fields = ['title', 'lastReviewedAt'];
    expect(
      localePatches(
        [
          permission(1, 'plugin::content-manager.explorer.read', ARTICLE, { fields }),
          permission(2, 'plugin::content-manager.explorer.update', ARTICLE, { fields }),
          permission(3, 'plugin::content-manager.explorer.publish', ARTICLE, null),
        ],
        localized,
        ['de', 'en'],
      ),
    ).toEqual([
      { id: 1, properties: { fields, locales: ['de', 'en'] } },
      { id: 2, properties: { fields, locales: ['de', 'en'] } },
      { id: 3, properties: { locales: ['de', 'en'] } },
    ]);
  });

  it("leaves an admin's choice, null (every locale), other types and other actions alone", () => {
    expect(
      localePatches(
        [
          permission(1, 'plugin::content-manager.explorer.read', ARTICLE, { fields: [], locales: ['en'] }),
          permission(2, 'plugin::content-manager.explorer.read', ARTICLE, { locales: [] }),
          permission(3, 'plugin::content-manager.explorer.read', ARTICLE, { locales: null }),
          permission(4, 'plugin::content-manager.explorer.read', CATEGORY, { fields: ['name'] }),
          permission(5, 'plugin::upload.read', null, {}),
          permission(6, 'plugin::editorial.freshness.read', null, {}),
          permission(7, 'plugin::content-manager.explorer.read', 'plugin::upload.file', {}),
        ],
        localized,
        ['de', 'en'],
      ),
    ).toEqual([]);
  });
});
