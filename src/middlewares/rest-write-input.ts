/**
 * Route middleware `global::rest-write-input` on the `create` and `update` routes of the
 * blog's content types: rejects malformed REST write bodies with a 400 `ValidationError`
 * naming each field, before Strapi's controller, the write rules or the database see them
 * (rules in `src/domain/rest-write-input.ts`). For localized types the `locale` query must
 * be one of the blog's locales: Strapi would otherwise create an entry in any well-formed
 * but unknown locale (`?locale=fr`).
 *
 * `lastReviewedAt` of articles is refused (403) unless the caller holds a full-access API
 * token (`checkRestrictedFields`): the review clock moves through the plugin's "mark
 * reviewed", or in the content manager for roles whose field permissions include it.
 *
 * Relations must name documents that exist (`relationTargetsOf`): Strapi hands some unknown
 * documentIds to the database as row ids, which MySQL/MariaDB answer with a 500.
 *
 * The admin panel's content manager has its own routes and does not pass through here.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  checkRelationTargetsExist,
  checkRestrictedFields,
  checkRestWriteBody,
  checkTargetLocales,
  checkWriteLocale,
  relationTargetsOf,
  type SchemaSpec,
} from '../domain/rest-write-input';
import { fail } from '../write-rules/document-middleware';
import { ARTICLE } from '../domain/blog';
import { contentTypeOfHandler } from '../plugins/editorial/server/public';

type Ctx = {
  state: { route?: { handler?: unknown }; auth?: { strategy?: { name?: string }; credentials?: { type?: unknown } } };
  query?: Record<string, unknown>;
  request: { body?: unknown };
};

/** Per content type: fields only a full-access API token may write over REST. */
export const RESTRICTED_REST_FIELDS: Record<string, ReadonlyArray<{ name: string; label: string }>> = {
  [ARTICLE]: [{ name: 'lastReviewedAt', label: 'Zuletzt inhaltlich geprüft am' }],
};

/** A full-access API token (Settings → API Tokens), as opposed to custom or read-only ones and users-permissions users. */
export function isFullAccessToken(ctx: Pick<Ctx, 'state'>): boolean {
  const auth = ctx.state.auth;
  return auth?.strategy?.name === 'content-api-token' && auth.credentials?.type === 'full-access';
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const lookup = (uid: string) =>
    // One lookup per uid: `strapi.contentTypes` would rebuild a map of every type per access.
    (strapi.getModel(uid as UID.Schema) as unknown as SchemaSpec | undefined) ?? undefined;

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const uid = contentTypeOfHandler(ctx.state.route?.handler);
    const contentType = uid ? ((strapi.contentType(uid as UID.ContentType) as any) ?? null) : null;
    if (!contentType) return next();

    const restricted = checkRestrictedFields(ctx.request.body, RESTRICTED_REST_FIELDS[uid!] ?? [], isFullAccessToken(ctx));
    if (restricted.length > 0) {
      // A PolicyError (a 403): Strapi's authorize step turns any other ForbiddenError thrown
      // behind it into a bare "Forbidden" without the field.
      throw new errors.PolicyError(restricted.map((v) => v.message).join(' '), {
        errors: restricted.map((v) => ({ path: v.path, message: v.message, name: 'PolicyError', value: v.rule })),
      });
    }

    const violations = checkRestWriteBody(ctx.request.body, contentType as SchemaSpec, lookup);
    const locale = ctx.query?.locale;
    const knownLocales = async () =>
      (((await strapi.plugin('i18n')?.service('locales')?.find()) ?? []) as Array<{ code: string }>).map((l) => l.code);
    // Without a locale the default one is used: no need to ask the database.
    if (violations.length === 0 && locale !== undefined && locale !== '' && contentType.pluginOptions?.i18n?.localized) {
      violations.push(...checkWriteLocale(locale, await knownLocales()));
    }
    if (violations.length === 0 && JSON.stringify(ctx.request.body ?? null).includes('"locale"')) {
      violations.push(...checkTargetLocales(ctx.request.body, await knownLocales()));
    }
    if (violations.length === 0) {
      // Every named document must exist (any locale or status): one query per target type.
      const fields = relationTargetsOf((ctx.request.body as { data?: unknown })?.data, contentType as SchemaSpec, lookup);
      const existing = new Map<string, Set<string>>();
      for (const target of new Set(fields.map((f) => f.target))) {
        const ids = [...new Set(fields.filter((f) => f.target === target).flatMap((f) => f.documentIds))];
        const rows = (await strapi.db
          .query(target as any)
          .findMany({ where: { documentId: { $in: ids } }, select: ['documentId'] })) as Array<{ documentId: string }>;
        existing.set(target, new Set(rows.map((row) => row.documentId)));
      }
      violations.push(...checkRelationTargetsExist(fields, (target) => existing.get(target) ?? new Set()));
    }
    if (violations.length > 0) fail(violations);
    return next();
  };
};
