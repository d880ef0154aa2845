/**
 * Entity tags that can be checked without rebuilding the answer. A tag names the content
 * version it was computed at (a counter every content write raises), the moment until
 * which the answer stays the same if nothing is written (the next banner or study-age
 * change), and a signature. A revalidation whose tag names the current version, an
 * unexpired moment and carries a valid signature gets its 304 at the cost of one small
 * query, instead of the full read, enrichment and serialization.
 *
 * The signature is an HMAC over all three things the 304 relies on: the version, the
 * valid-until moment and the request (URL and caller). Signing only the request would let
 * a client keep a genuine signature and rewrite the rest, e.g. `valid until 0` ("never")
 * or a moment far in the future, and get 304s for ever. The HMAC is computed over the
 * tag's text exactly as sent, so a non-canonical spelling of the same numbers (leading
 * zeros) does not verify either.
 *
 * Pure apart from Node's crypto.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export interface EntityTag {
  /** Content version the answer was computed at. */
  version: number;
  /** Epoch ms until which the answer holds without writes; null: no time-based change. */
  validUntil: number | null;
}

/** A tag as parsed from If-None-Match: the values, and the signature still to be checked. */
export interface ParsedEntityTag extends EntityTag {
  /** The signed text: `<version>-<valid until>` in base 36, as sent. */
  signed: string;
  signature: string;
}

/** What a tag is signed for: the secret and the request (URL and caller) it answers. */
export interface TagSigning {
  secret: string;
  /** The URL and the credentials the answer depends on, e.g. `${originalUrl}\n${authorization}`. */
  request: string;
}

const TAG = /^(?:W\/)?"ed-([0-9a-z]{1,13})-([0-9a-z]{1,13})-([A-Za-z0-9_-]{22})"$/;

/** 22 base64url characters: 132 bits of HMAC-SHA256. */
function sign(signed: string, signing: TagSigning): string {
  return createHmac('sha256', signing.secret).update(`ed|${signed}|${signing.request}`).digest('base64url').slice(0, 22);
}

function signedPart(tag: EntityTag): string {
  // `0` is "never"; a real moment is at least 1 ms after the epoch, so the two cannot meet.
  const until = tag.validUntil === null ? '0' : Math.max(1, Math.floor(tag.validUntil)).toString(36);
  return `${Math.max(0, Math.floor(tag.version)).toString(36)}-${until}`;
}

export function formatEntityTag(tag: EntityTag, signing: TagSigning): string {
  const signed = signedPart(tag);
  return `W/"ed-${signed}-${sign(signed, signing)}"`;
}

/** Our tags in an If-None-Match header (others, `*` and malformed parts are ignored). Signatures are not checked here. */
export function parseEntityTags(header: string | null | undefined): ParsedEntityTag[] {
  if (!header || header.length > 4096) return [];
  const tags: ParsedEntityTag[] = [];
  for (const part of header.split(',')) {
    const match = TAG.exec(part.trim());
    if (!match) continue;
    const validUntil = parseInt(match[2], 36);
    tags.push({
      version: parseInt(match[1], 36),
      validUntil: validUntil === 0 ? null : validUntil,
      signed: `${match[1]}-${match[2]}`,
      signature: match[3],
    });
  }
  return tags;
}

/** Whether the tag was made by this server, for this request, with exactly these values. */
export function isTagGenuine(tag: ParsedEntityTag, signing: TagSigning): boolean {
  const expected = Buffer.from(sign(tag.signed, signing));
  const given = Buffer.from(tag.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Whether an answer tagged `tag` is genuine and still what the request would get now. */
export function isTagCurrent(tag: ParsedEntityTag, current: TagSigning & { version: number; now: number }): boolean {
  return tag.version === current.version && (tag.validUntil === null || current.now < tag.validUntil) && isTagGenuine(tag, current);
}

/** Cache-Control for readers: the configured max age, cut short by the next change. */
export function readerCacheControl(maxAgeSeconds: number, validUntil: number | null, now: number): string {
  let maxAge = Math.max(0, Math.floor(maxAgeSeconds));
  if (validUntil !== null) maxAge = Math.min(maxAge, Math.max(0, Math.floor((validUntil - now) / 1000)));
  return `public, max-age=${maxAge}`;
}
