/**
 * Who may get a preview link. Strapi's `GET /content-manager/preview/url/:uid` only asks
 * that the caller is a signed-in admin (its controller says "TODO: Permissions to preview
 * content"), and the link it returns shows the draft to anyone holding it. So an Author, or
 * a role without any permission, got a working link to a colleague's draft the content
 * manager refused them (403). Here the route gets one more policy: the content manager's
 * own read check on the draft (service `document-access`: action, conditions, locale),
 * answered with the same 403 before the link is made.
 */
import type { Core, UID } from '@strapi/strapi';
import { getService } from '../get-service';
import { defaultLocale, isLocalizedType } from '../i18n/default-locale';
import { PLUGIN_ID } from '../constants';

export const MAY_PREVIEW_POLICY = 'may-preview';
const PREVIEW_URL_HANDLER = 'preview.getPreviewUrl';

type Route = { handler?: unknown; config?: { policies?: unknown[] } };
type Router = { routes?: Route[] } | Route[];

/** Adds the policy to the content manager's preview-URL route; run in `register()`, before Strapi mounts routes. */
export function guardPreviewUrlRoute(strapi: Core.Strapi): void {
  const routers = (strapi.plugin('content-manager')?.routes ?? {}) as Record<string, Router>;
  let guarded = 0;
  for (const router of Object.values(routers)) {
    const routes = Array.isArray(router) ? router : (router.routes ?? []);
    for (const route of routes) {
      if (route.handler !== PREVIEW_URL_HANDLER) continue;
      route.config ??= {};
      const policies = route.config.policies ?? [];
      const name = `plugin::${PLUGIN_ID}.${MAY_PREVIEW_POLICY}`;
      if (!policies.includes(name)) route.config.policies = [...policies, name];
      guarded += 1;
    }
  }
  // A Strapi that moved the route would silently hand out links again: refuse to start instead.
  if (guarded === 0 && strapi.config.get('admin.preview.enabled', false)) {
    throw new Error(
      `[editorial] the content manager's preview URL route (${PREVIEW_URL_HANDLER}) was not found: previews cannot be guarded`,
    );
  }
}

/** Strapi's policy context: Koa's context's own fields copied (so `query` only through `request`). */
interface PolicyContext {
  params?: Record<string, unknown>;
  request?: { query?: Record<string, unknown> };
  state: { userAbility?: unknown };
}

/** The policy: the caller may read the draft in the content manager (403 otherwise, from `document-access`). */
export async function mayPreview(policyContext: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> {
  const uid = policyContext.params?.contentType;
  const { documentId, locale } = policyContext.request?.query ?? {};
  // Malformed requests are Strapi's own validator's to answer (400); there is nothing to link to.
  if (typeof uid !== 'string' || !strapi.contentType(uid as UID.ContentType) || typeof documentId !== 'string' || documentId === '')
    return true;
  const localized = isLocalizedType(strapi, uid);
  const inLocale = typeof locale === 'string' && locale !== '' ? locale : localized ? await defaultLocale(strapi) : null;
  await getService(strapi, 'document-access').assert(policyContext.state.userAbility, uid, 'read', [documentId], inLocale);
  return true;
}
