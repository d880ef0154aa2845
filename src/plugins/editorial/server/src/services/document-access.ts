/**
 * The content manager's permissions, applied to the plugin's admin routes that read or
 * change documents. The plugin's own permissions (permissions.ts) say who may use the
 * Aktualität panel at all; they do not say which documents. Without this, an Author (whose
 * content-manager permissions carry Strapi's "is creator" condition) read any colleague's
 * draft, with its stat blocks, through `GET /editorial/document`, while the content manager
 * refused it (403).
 *
 * Done the way the content manager does it (`@strapi/content-manager`, controllers
 * `collection-types.js` findOne/update): its `permission-checker` built from the caller's
 * ability, the relations the conditions name populated by its `populate-builder`, then
 * `cannot.read(entity)` / `cannot.update(entity, field)` on each stored version. Role
 * conditions, the i18n locale restriction and field-level permissions all come from there.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { refusedDocuments } from '../domain/document-access';
import { isLocalizedType } from '../i18n/default-locale';

export type DocumentAction = 'read' | 'update';

type PermissionChecker = {
  can: Record<DocumentAction, (entity?: unknown, field?: string) => boolean>;
  cannot: Record<DocumentAction, (entity?: unknown, field?: string) => boolean>;
  requiresEntity: Record<DocumentAction, () => boolean>;
  sanitizedQuery: Record<DocumentAction, (query: Record<string, unknown>) => Promise<{ filters?: Record<string, unknown> }>>;
};

const createDocumentAccessService = ({ strapi }: { strapi: Core.Strapi }) => {
  const checkerFor = (userAbility: unknown, uid: string): PermissionChecker =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });

  const isLocalized = (uid: string) => isLocalizedType(strapi, uid);

  /** The populate the permission conditions need (e.g. `createdBy` for "is creator"), as the content manager builds it. */
  async function conditionPopulate(checker: PermissionChecker, uid: string, action: DocumentAction) {
    const permissionQuery = await checker.sanitizedQuery[action]({});
    const populateBuilder = strapi.plugin('content-manager').service('populate-builder') as unknown as (model: string) => {
      populateFromQuery(query: unknown): { build(): Promise<unknown> };
    };
    return populateBuilder(uid).populateFromQuery(permissionQuery).build();
  }

  return {
    /**
     * Throws 403 unless the caller may `action` (on `field`, when given) every stored
     * version of each document in `locale` (null: every locale). Documents that do not exist
     * pass: the route answers them itself (404, or nothing to update).
     */
    async assert(
      userAbility: unknown,
      uid: string,
      action: DocumentAction,
      documentIds: string[],
      locale: string | null,
      field?: string,
    ): Promise<void> {
      if (!userAbility) throw new errors.ForbiddenError();
      const checker = checkerFor(userAbility, uid);
      // No permission on the type at all (or not on the field): no need to look at documents.
      if (checker.cannot[action](undefined, field)) throw new errors.ForbiddenError();
      if (!checker.requiresEntity[action]()) return;
      const where: Record<string, unknown> = { documentId: { $in: documentIds } };
      if (locale && isLocalized(uid)) where.locale = locale;
      const versions = (await strapi.db
        .query(uid as UID.Schema)
        .findMany({ where, populate: await conditionPopulate(checker, uid, action) })) as Array<{ documentId: string }>;
      const refused = refusedDocuments(versions, (version) => checker.cannot[action](version, field));
      if (refused.length > 0) {
        // A PolicyError: Strapi's authorize step turns any other ForbiddenError into a bare 403.
        throw new errors.PolicyError(
          refused.length === 1 ? 'Keine Berechtigung für dieses Dokument.' : `Keine Berechtigung für ${refused.length} Dokumente.`,
          { documentIds: refused },
        );
      }
    },

    /**
     * The row ids of one locale the caller may read, for the overview; null when no
     * condition narrows the caller's read permission (every row). One query on the ids,
     * with the permission's conditions as the content manager's list applies them.
     */
    async readableRowIds(userAbility: unknown, uid: string, locale: string): Promise<Set<number> | null> {
      if (!userAbility) throw new errors.ForbiddenError();
      const checker = checkerFor(userAbility, uid);
      if (checker.cannot.read()) throw new errors.ForbiddenError();
      if (!checker.requiresEntity.read()) return null;
      const { filters } = await checker.sanitizedQuery.read({});
      const scope: Array<Record<string, unknown>> = [{ publishedAt: { $notNull: true } }];
      if (isLocalized(uid)) scope.push({ locale });
      const rows = (await strapi.db
        .query(uid as UID.Schema)
        .findMany({ where: { $and: [...scope, ...(filters ? [filters] : [])] }, select: ['id'] })) as Array<{ id: number }>;
      return new Set(rows.map((row) => Number(row.id)));
    },
  };
};

export type DocumentAccessService = ReturnType<typeof createDocumentAccessService>;
export default createDocumentAccessService;

declare module '../get-service' {
  interface EditorialServices {
    'document-access': DocumentAccessService;
  }
}
