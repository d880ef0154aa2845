/**
 * Draft previews for editors: makes the signed link the admin's Preview button opens, and
 * loads the draft a valid link names (with the reader's populate query, sanitized for the
 * public and enriched like a published read).
 */
import type { Core } from '@strapi/strapi';
import { derivePreviewSecret, previewExpiry, signPreviewToken, verifyPreviewToken, type PreviewVerdict } from '../domain/preview-token';
import { getService } from '../get-service';

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
      const entry = (await strapi.documents(uid as any).findOne({ documentId: request.documentId, locale, status: 'draft', fields: ['slug'] } as any)) as
        | { slug?: string | null; locale?: string }
        | null;
      if (!entry?.slug) return null;
      const config = strapi.config.get('plugin::editorial') as { previewTtlSeconds: number; previewPath: string };
      const token = signPreviewToken({ uid, documentId: request.documentId, locale, exp: previewExpiry(now, config.previewTtlSeconds) }, secret());
      const path = config.previewPath
        .replace('{locale}', encodeURIComponent(locale ?? ''))
        .replace('{localePrefix}', locale && locale !== 'de' ? `/${encodeURIComponent(locale)}` : '')
        .replace('{slug}', encodeURIComponent(entry.slug));
      const base = ((strapi.config.get('server.url') as string | undefined) ?? '').replace(/\/$/, '');
      return `${base}${path}${path.includes('?') ? '&' : '?'}preview=${token}`;
    },

    verify(token: unknown, now = new Date()): PreviewVerdict {
      return verifyPreviewToken(token, secret(), now);
    },
  };
};

export type PreviewService = ReturnType<typeof createPreviewService>;
export default createPreviewService;
