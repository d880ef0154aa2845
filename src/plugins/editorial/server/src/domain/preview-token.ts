/**
 * Signed, short-lived preview links: an editor's Preview button gets a URL carrying a
 * token that names one draft (type, document, locale) and its expiry, signed with HMAC-
 * SHA256 and a server secret. Anyone holding the link may see that draft until it
 * expires; changing one character or waiting past the expiry makes it worthless.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export interface PreviewClaims {
  /** Content type uid, e.g. `api::article.article`. */
  uid: string;
  documentId: string;
  locale: string | null;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export type PreviewVerdict = { ok: true; claims: PreviewClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

/** Links live at most an hour. */
export const MAX_PREVIEW_TTL_SECONDS = 3600;

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function signPreviewToken(claims: PreviewClaims, secret: string): string {
  if (!secret || secret.length < 16) throw new Error('preview secret must be at least 16 characters');
  const payload = base64url(JSON.stringify({ u: claims.uid, d: claims.documentId, l: claims.locale, e: claims.exp }));
  return `${payload}.${sign(payload, secret)}`;
}

export function verifyPreviewToken(token: unknown, secret: string, now: Date = new Date()): PreviewVerdict {
  if (typeof token !== 'string' || token.length > 2048 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token))
    return { ok: false, reason: 'malformed' };
  const [payload, signature] = token.split('.');
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'signature' };
  let raw: any;
  try {
    raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims: PreviewClaims = { uid: raw?.u, documentId: raw?.d, locale: raw?.l ?? null, exp: raw?.e };
  if (typeof claims.uid !== 'string' || typeof claims.documentId !== 'string' || !Number.isInteger(claims.exp))
    return { ok: false, reason: 'malformed' };
  if (claims.exp * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

/** The expiry for a link made now: `ttlSeconds` from now, never more than an hour. */
export function previewExpiry(now: Date, ttlSeconds: number): number {
  const ttl = Math.min(Math.max(1, Math.floor(ttlSeconds)), MAX_PREVIEW_TTL_SECONDS);
  return Math.floor(now.getTime() / 1000) + ttl;
}

/** A secret derived from the app keys when no dedicated one is configured. */
export function derivePreviewSecret(appKeys: string[]): string {
  return createHmac('sha256', appKeys.join(',')).update('editorial-preview-links').digest('base64url');
}
