/**
 * Wraps every Content API read: after Strapi's controller has answered (and sanitized the
 * answer for the caller's role), attaches `editorial` and `rendered`, then sets
 * Cache-Control and an ETag (answering 304 to a matching If-None-Match). An anonymous
 * revalidation whose tag is still current is answered before the read (domain/revalidation.ts).
 */
import type { Core, UID } from '@strapi/strapi';
import { getService } from '../get-service';
import type { Status } from '../constants';
import { takeMarkupParam } from '../validation/markup-query';
import { defaultLocale } from '../i18n/default-locale';
import { encodeBody } from '../enrichment/encoded-body';
import { isReaderStrategy } from '../domain/reader';
import { contentTypeOfHandler } from '../domain/route-handler';
import { formatEntityTag, isTagCurrent, parseEntityTags, readerCacheControl } from '../domain/revalidation';
import type { ResponseHandOff } from '../../../shared/contracts';

/** What this middleware reads from and leaves in `ctx.state` (Koa types it as anything). */
interface EditorialState extends ResponseHandOff {
  route?: { info?: { type?: string }; handler?: string };
  auth?: { strategy?: { name?: string } };
  editorialRootUid?: string;
  editorialMarkup?: boolean;
}
type Ctx = Parameters<Core.MiddlewareHandler>[0] & { state: EditorialState };

function rootUidOf(ctx: Ctx, strapi: Core.Strapi): string | null {
  if (ctx.state.editorialRootUid) return ctx.state.editorialRootUid;
  const uid = contentTypeOfHandler(ctx.state.route?.handler);
  return uid && strapi.contentType(uid as UID.ContentType) ? uid : null;
}

/**
 * What an answer depends on besides content: the URL and the caller. Part of what the
 * ETag's HMAC (keyed with the app's secret) covers, so a tag answers only the request it
 * was made for and cannot be made up or edited.
 */
function requestOf(ctx: Ctx): string {
  return `${ctx.originalUrl}\n${ctx.get('authorization')}`;
}

/**
 * The app decides once what a Content API request is (its `global::canonical-path` leaves
 * `ctx.state.contentApiSubpath`, and answers other spellings of the prefix itself); without
 * it (another app), the prefix in any case counts, as Strapi's router matches it.
 */
function isContentApiRequest(ctx: Ctx, apiPrefix: string): boolean {
  const decided = (ctx.state as { contentApiSubpath?: string | null }).contentApiSubpath;
  if (decided !== undefined) return decided !== null;
  return ctx.path
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
    .startsWith(apiPrefix.toLowerCase());
}

export function createEditorialResponseMiddleware(strapi: Core.Strapi): Core.MiddlewareHandler {
  const apiPrefix = `${String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/$/, '')}/`;
  const keys = strapi.config.get('server.app.keys') as string[] | undefined;
  const secret = `editorial-etag:${Array.isArray(keys) ? keys.join(',') : ''}`;
  return async (koaContext, next) => {
    const ctx = koaContext as Ctx;
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !isContentApiRequest(ctx, apiPrefix)) return next();
    const markup = takeMarkupParam(ctx.query);
    ctx.state.editorialMarkup = markup;
    // Read before the answer is built: a write landing in between then only makes the tag old, never wrong.
    // The app's response cache may have read it for this request already.
    const version = ctx.state.editorialContentVersion ?? (await getService(strapi, 'content-version').current());
    ctx.state.editorialContentVersion = version;
    const signing = { secret, request: requestOf(ctx) };
    const now = new Date();

    // Anonymous revalidation: confirmed from the tag alone, without building the answer.
    // Callers with credentials always go through authentication (a token may have been
    // revoked) and get their 304 after the full read below.
    if (!ctx.get('authorization')) {
      const current = parseEntityTags(ctx.get('if-none-match')).find((tag) =>
        isTagCurrent(tag, { ...signing, version, now: now.getTime() }),
      );
      if (current) {
        const settings = await getService(strapi, 'settings').get(version);
        ctx.status = 304;
        ctx.set('ETag', formatEntityTag(current, signing));
        ctx.set('Cache-Control', readerCacheControl(settings.maxAge, current.validUntil, now.getTime()));
        return;
      }
    }

    await next();
    if (ctx.state.route?.info?.type !== 'content-api') return;
    if (ctx.status !== 200) return;
    if (!ctx.body || typeof ctx.body !== 'object' || Buffer.isBuffer(ctx.body) || typeof ctx.body.pipe === 'function') return;
    const rootUid = rootUidOf(ctx, strapi);
    if (!rootUid) return;

    const reader = isReaderStrategy(ctx.state.auth?.strategy?.name);
    const status: Status = !reader && ctx.query?.status === 'draft' ? 'draft' : 'published';
    const locale = typeof ctx.query?.locale === 'string' ? ctx.query.locale : await defaultLocale(strapi, version);
    const { nextChangeAt, shared } = await getService(strapi, 'enrichment').enrich(rootUid, ctx.body.data, {
      locale,
      status,
      now,
      contentVersion: version,
      markup,
    });
    const validUntil = nextChangeAt ? (nextChangeAt as Date).getTime() : null;
    // For the app's response cache: the answer holds at this version until then.
    ctx.state.answerValidUntil = validUntil;

    const settings = await getService(strapi, 'settings').get(version);
    ctx.set('Cache-Control', reader ? readerCacheControl(settings.maxAge, validUntil, now.getTime()) : 'private, no-cache');
    ctx.set('ETag', formatEntityTag({ version, validUntil }, signing));
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    // Serialized and encoded here, the shared parts once per version; as a string, Koa
    // would measure it and the socket encode it again.
    ctx.body = encodeBody(ctx.body, shared);
    ctx.type = 'application/json';
  };
}
