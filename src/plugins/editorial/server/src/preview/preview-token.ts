/**
 * Signed, short-lived preview links: an editor's Preview button gets a URL carrying a
 * token that names one draft (type, document, locale) and its expiry, signed with HMAC-
 * SHA256 and a server secret. Anyone holding the link may see that draft until it
 * expires; changing one character or waiting past the expiry makes it worthless.
 *
 * Verification trusts the signature for the document only, not for how long or what kind:
 * a link older than an hour from its issue is expired whatever its `exp` says, and only the
 * content types previews exist for are accepted. So a leaked or forged-by-mistake token
 * cannot open drafts for ten years, nor a statistic or study draft. Rotating the secret
 * (`PREVIEW_SECRET`, or `APP_KEYS` when it is derived) makes every earlier link worthless.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export interface PreviewClaims {
  /** Content type uid, e.g. `api::article.article`. */
  uid: string;
  documentId: string;
  locale: string | null;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** Issue time, seconds since the epoch. */
  iat: number;
}

export type PreviewVerdict = { ok: true; claims: PreviewClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'type' };

/** Clocks of two instances may differ this much: a link issued "in the future" by up to this is accepted. */
const CLOCK_SKEW_SECONDS = 60;

/** Links live at most an hour. */
export const MAX_PREVIEW_TTL_SECONDS = 3600;

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function signPreviewToken(claims: PreviewClaims, secret: string): string {
  if (!secret || secret.length < 16) throw new Error('preview secret must be at least 16 characters');
  const payload = base64url(JSON.stringify({ u: claims.uid, d: claims.documentId, l: claims.locale, e: claims.exp, i: claims.iat }));
  return `${payload}.${sign(payload, secret)}`;
}

/**
 * The claims of a token signed with `secret`, if it is still within its lifetime (the
 * earlier of `exp` and an hour from issue) and names one of `previewTypes`.
 */
export function verifyPreviewToken(
  token: unknown,
  secret: string,
  previewTypes: readonly string[],
  now: Date = new Date(),
): PreviewVerdict {
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
  const claims: PreviewClaims = { uid: raw?.u, documentId: raw?.d, locale: raw?.l ?? null, exp: raw?.e, iat: raw?.i };
  if (
    typeof claims.uid !== 'string' ||
    typeof claims.documentId !== 'string' ||
    !Number.isInteger(claims.exp) ||
    !Number.isInteger(claims.iat)
  )
    return { ok: false, reason: 'malformed' };
  const nowSeconds = now.getTime() / 1000;
  if (claims.iat > nowSeconds + CLOCK_SKEW_SECONDS) return { ok: false, reason: 'malformed' };
  if (Math.min(claims.exp, claims.iat + MAX_PREVIEW_TTL_SECONDS) <= nowSeconds) return { ok: false, reason: 'expired' };
  if (!previewTypes.includes(claims.uid)) return { ok: false, reason: 'type' };
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
