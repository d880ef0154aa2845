/**
 * Route middleware `global::rest-write-input` on the `create` and `update` routes of the
 * blog's content types: rejects malformed REST write bodies with a 400 `ValidationError`
 * naming each field, before Strapi's controller, the write rules or the database see them
 * (rules in `src/domain/rest-write-input.ts`). For localized types the `locale` query must
 * be one of the blog's locales: Strapi would otherwise create an entry in any well-formed
 * but unknown locale (`?locale=fr`).
 *
 * The admin panel's content manager has its own routes and does not pass through here.
 */
import type { Core } from '@strapi/strapi';
import { checkRestWriteBody, checkTargetLocales, checkWriteLocale, type SchemaSpec } from '../domain/rest-write-input';
import { fail } from '../write-rules/document-middleware';

type Ctx = {
  state: { route?: { handler?: unknown } };
  query?: Record<string, unknown>;
  request: { body?: unknown };
};

/** `api::article.article.create` → `api::article.article`. */
export function contentTypeOfHandler(handler: unknown): string | null {
  if (typeof handler !== 'string') return null;
  const cut = handler.lastIndexOf('.');
  return cut > 0 ? handler.slice(0, cut) : null;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const lookup = (uid: string) =>
    // One lookup per uid: `strapi.contentTypes` would rebuild a map of every type per access.
    (strapi.getModel(uid as any) as unknown as SchemaSpec | undefined) ?? undefined;

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const uid = contentTypeOfHandler(ctx.state.route?.handler);
    const contentType = uid ? ((strapi.contentType(uid as any) as any) ?? null) : null;
    if (!contentType) return next();

    const violations = checkRestWriteBody(ctx.request.body, contentType as SchemaSpec, lookup);
    const locale = ctx.query?.locale;
    const knownLocales = async () => (((await strapi.plugin('i18n')?.service('locales')?.find()) ?? []) as Array<{ code: string }>).map((l) => l.code);
    // Without a locale the default one is used: no need to ask the database.
    if (violations.length === 0 && locale !== undefined && locale !== '' && contentType.pluginOptions?.i18n?.localized) {
      violations.push(...checkWriteLocale(locale, await knownLocales()));
    }
    if (violations.length === 0 && JSON.stringify(ctx.request.body ?? null).includes('"locale"')) {
      violations.push(...checkTargetLocales(ctx.request.body, await knownLocales()));
    }
    if (violations.length > 0) fail(violations);
    return next();
  };
};
