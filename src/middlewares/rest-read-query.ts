/**
 * Global middleware `global::rest-read-query` (config/middlewares.ts, right after
 * `strapi::query` has parsed the query string): every GET/HEAD under the REST prefix gets
 * its pagination numbers checked, and reads of a content type's collection or entry
 * (`/api/articles`, `/api/articles/:documentId`, `/api/upload/files`, …) every filter
 * condition (operators and values by field type, also in `populate[…][filters]`), before
 * authentication, the controller or the database see them. A
 * violation is a 400 `ValidationError` naming each parameter (rules and why in
 * `src/domain/rest-read-query.ts`).
 *
 * It runs before routing, so the content type is found from the path the way Strapi's core
 * routers build it: `/<pluralName>` for the app's types, `/<plugin>/<pluralName>` (or a
 * bare `/<pluralName>` nobody else claims) for plugins' types.
 */
import type { Core, UID } from '@strapi/strapi';
import { checkReadQuery, type ReadSchemaSpec } from '../domain/rest-read-query';
import { fail } from '../write-rules/document-middleware';
import { contentApiSubpathOf, restPrefix, type ContentApiState } from '../http/canonical-path/rules';

type Ctx = { method: string; path: string; query: Record<string, unknown>; state: ContentApiState };

/** REST path (without the prefix) → content-type uid. */
export function restPathsOf(
  contentTypes: Record<string, { uid?: string; info?: { pluralName?: string; singularName?: string }; kind?: string; plugin?: string }>,
): Map<string, string> {
  const paths = new Map<string, string>();
  const plugin: Array<[string, string]> = [];
  for (const [uid, contentType] of Object.entries(contentTypes)) {
    const plural = contentType.info?.pluralName;
    if (!plural) continue;
    if (uid.startsWith('api::')) {
      paths.set(`/${plural}`, uid);
      if (contentType.kind === 'singleType' && contentType.info?.singularName) paths.set(`/${contentType.info.singularName}`, uid);
    } else if (uid.startsWith('plugin::')) {
      const name = uid.slice('plugin::'.length, uid.indexOf('.'));
      paths.set(`/${name}/${plural}`, uid);
      plugin.push([`/${plural}`, uid]);
    }
  }
  for (const [path, uid] of plugin) if (!paths.has(path)) paths.set(path, uid);
  return paths;
}

/** The content type a REST path reads: its collection, or one entry of it. */
export function contentTypeOfPath(path: string, paths: Map<string, string>): string | undefined {
  const trimmed = path.replace(/\/+$/, '');
  return paths.get(trimmed) ?? paths.get(trimmed.slice(0, trimmed.lastIndexOf('/')));
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = restPrefix(strapi.config.get('api.rest.prefix'));
  const maxPageSize = Number(strapi.config.get('api.rest.maxLimit', 100)) || 100;
  const lookup = (uid: string) => (strapi.getModel(uid as UID.Schema) as unknown as ReadSchemaSpec | undefined) ?? undefined;
  // Built on the first request: every content type is registered by then.
  let paths: Map<string, string> | undefined;

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const subpath = contentApiSubpathOf(ctx.state, ctx.path, prefix);
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || subpath === null) return next();
    const query = ctx.query ?? {};
    // Nothing to check in most reads: `?locale=de&populate=*`.
    if (!(
      'pagination' in query ||
      'filters' in query ||
      'populate' in query ||
      'start' in query ||
      'limit' in query ||
      'page' in query ||
      'pageSize' in query
    )) {
      return next();
    }
    paths ??= restPathsOf(strapi.contentTypes as any);
    const uid = contentTypeOfPath(subpath, paths);
    const violations = checkReadQuery(query, uid ? lookup(uid) : undefined, lookup, maxPageSize);
    if (violations.length > 0) fail(violations);
    return next();
  };
};
