/**
 * Draft previews for editors: makes the signed link the admin's Preview button opens, and
 * loads the draft a valid link names (with the reader's populate query, sanitized for the
 * public and enriched like a published read).
 */
import type { Core, UID } from '@strapi/strapi';
import { derivePreviewSecret, previewExpiry, signPreviewToken, verifyPreviewToken, type PreviewVerdict } from './preview-token';
import { getService } from '../get-service';
import { readerPath } from './reader-path';
import { defaultLocale, isLocalizedType } from '../i18n/default-locale';
import { showRelationsAsPublished } from './published-relations';

export interface PreviewLinkRequest {
  documentId: string;
  locale?: string | null;
  status?: 'draft' | 'published';
}

const createPreviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  const secret = () => {
    const configured = (strapi.config.get(`plugin::editorial`) as { previewSecret?: string }).previewSecret;
    return configured || derivePreviewSecret((strapi.config.get('server.app.keys') as string[]) ?? []);
  };

  return {
    /** The frontend URL for a draft, or null when the type has no reader page. */
    async link(uid: string, request: PreviewLinkRequest, now = new Date()): Promise<string | null> {
      const settings = await getService(strapi, 'settings').get();
      if (!settings.contentTypes.includes(uid) || !request.documentId) return null;
      const locale = request.locale ?? null;
      const entry = (await strapi
        .documents(uid as UID.ContentType)
        .findOne({ documentId: request.documentId, locale, status: 'draft', fields: ['slug'] } as any)) as {
        slug?: string | null;
        locale?: string;
      } | null;
      if (!entry?.slug) return null;
      const config = strapi.config.get('plugin::editorial') as { previewTtlSeconds: number; previewPath: string };
      const token = signPreviewToken(
        {
          uid,
          documentId: request.documentId,
          locale,
          exp: previewExpiry(now, config.previewTtlSeconds),
          iat: Math.floor(now.getTime() / 1000),
        },
        secret(),
      );
      const url = readerPath(config.previewPath, entry.slug, locale, (strapi.config.get('server.url') as string | undefined) ?? '');
      return `${url}${url.includes('?') ? '&' : '?'}preview=${token}`;
    },

    /** A token's claims, if it is genuine, within its lifetime and for a type that has previews (those `link` serves). */
    async verify(token: unknown, now = new Date()): Promise<PreviewVerdict> {
      const { contentTypes } = await getService(strapi, 'settings').get();
      return verifyPreviewToken(token, secret(), contentTypes, now);
    },

    /**
     * The draft a preview names, with `query` (sanitized populate and fields) applied, and
     * everything it relates to as readers see it: published versions only. Strapi's
     * `status: 'draft'` would populate drafts at every depth, so a preview of one draft
     * could show any other draft its category, author or related articles reach. The
     * status filter of a published read is reused for every populated level, and only the
     * root row is the draft; what it links to is shown in its published version
     * (preview/published-relations.ts).
     */
    async loadDraft(
      uid: string,
      documentId: string,
      locale: string | null,
      query: Record<string, unknown>,
    ): Promise<Record<string, unknown> | null> {
      const dbQuery = strapi.get('query-params').transform(uid, { ...query, status: 'published' }) as Record<string, any>;
      const publishedOnly = dbQuery.filters as (args: { qb: unknown }) => Record<string, unknown>;
      // The root query is built first; populate queries come after it has answered.
      let rootQuery: unknown;
      dbQuery.filters = (args: { qb: unknown }) => {
        rootQuery ??= args.qb;
        return args.qb === rootQuery ? {} : publishedOnly(args);
      };
      const localized = isLocalizedType(strapi, uid);
      dbQuery.where = {
        ...(dbQuery.where ?? {}),
        documentId,
        publishedAt: null,
        ...(localized ? { locale: locale ?? (await defaultLocale(strapi)) } : {}),
      };
      const draft = (await strapi.db.query(uid as UID.Schema).findOne(dbQuery)) as Record<string, any> | null;
      if (draft) await showRelationsAsPublished(strapi, uid, draft, dbQuery.populate, publishedOnly);
      return draft;
    },
  };
};

export type PreviewService = ReturnType<typeof createPreviewService>;
export default createPreviewService;

declare module '../get-service' {
  interface EditorialServices {
    preview: PreviewService;
  }
}
