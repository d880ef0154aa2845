/**
 * `GET /api/editorial/preview?token=…&populate…`: the draft a signed preview link names,
 * shaped like `GET /api/articles/:id` with the same query, never cached or indexed.
 * A tampered, expired or malformed token gets 401 and no content.
 */
import type { Context } from 'koa';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { takeMarkupParam } from '../validation/markup-query';

const MESSAGES = {
  expired: 'Vorschau abgelaufen: Der Vorschau-Link ist nicht mehr gültig. Öffnen Sie die Vorschau erneut aus dem Admin-Bereich.',
  signature: 'Vorschau abgelaufen: Der Vorschau-Link ist ungültig.',
  malformed: 'Vorschau abgelaufen: Der Vorschau-Link ist unvollständig.',
  type: 'Vorschau abgelaufen: Für diesen Inhaltstyp gibt es keine Vorschau.',
} as const;

const createPreviewController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    const { token, ...query } = ctx.query ?? {};
    const verdict = await getService(strapi, 'preview').verify(token);
    if (!verdict.ok) {
      // Answered here: Strapi's error handler would replace the message with a bare "Unauthorized".
      ctx.status = 401;
      ctx.body = {
        data: null,
        error: { status: 401, name: 'PreviewExpiredError', message: MESSAGES[verdict.reason], details: { reason: verdict.reason } },
      };
      return;
    }

    const { uid, documentId, locale } = verdict.claims;
    const schema = strapi.contentType(uid as UID.ContentType);
    if (!schema) throw new errors.NotFoundError('Nothing to preview');
    delete query.status;
    delete query.locale;
    // The response middleware took `editorial[html]` off the query already (it runs on every /api read).
    const markup = ctx.state?.editorialMarkup === true || takeMarkupParam(query);
    await strapi.contentAPI.validate.query(query, schema, { auth: ctx.state.auth });
    const sanitized = await strapi.contentAPI.sanitize.query(query, schema, { auth: ctx.state.auth });
    const document = await getService(strapi, 'preview').loadDraft(uid, documentId, locale, sanitized);
    if (!document) throw new errors.NotFoundError('Der Entwurf existiert nicht mehr.');
    const data = await strapi.contentAPI.sanitize.output(document, schema, { auth: ctx.state.auth });
    // The draft's own banner; its stat blocks cite what readers would see once it is published.
    await getService(strapi, 'enrichment').enrich(uid, data, { locale: locale ?? 'de', status: 'draft', citedStatus: 'published', markup });
    ctx.body = { data, meta: { preview: { expiresAt: new Date(verdict.claims.exp * 1000).toISOString() } } };
  },
});

export default createPreviewController;
