/**
 * Entity tags that can be checked without rebuilding the answer. A tag names the content
 * version it was computed at (a counter every content write raises), the moment until
 * which the answer stays the same if nothing is written (the next banner or study-age
 * change), and the request it answers (URL and caller). A revalidation whose tag names the
 * current version, an unexpired moment and the same request gets its 304 at the cost of
 * one small query, instead of the full read, enrichment and serialization. Pure.
 */

export interface EntityTag {
  /** Content version the answer was computed at. */
  version: number;
  /** Epoch ms until which the answer holds without writes; null: no time-based change. */
  validUntil: number | null;
  /** Digest of the request (URL and caller); see `requestKey` in the middleware. */
  requestKey: string;
}

const TAG = /^(?:W\/)?"ed-([0-9a-z]{1,13})-([0-9a-z]{1,13})-([A-Za-z0-9_-]{6,64})"$/;

export function formatEntityTag(tag: EntityTag): string {
  const until = tag.validUntil === null ? '0' : Math.max(0, Math.floor(tag.validUntil)).toString(36);
  return `W/"ed-${Math.max(0, Math.floor(tag.version)).toString(36)}-${until}-${tag.requestKey}"`;
}

/** Our tags in an If-None-Match header (others, `*` and malformed parts are ignored). */
export function parseEntityTags(header: string | null | undefined): EntityTag[] {
  if (!header || header.length > 4096) return [];
  const tags: EntityTag[] = [];
  for (const part of header.split(',')) {
    const match = TAG.exec(part.trim());
    if (!match) continue;
    const validUntil = parseInt(match[2], 36);
    tags.push({ version: parseInt(match[1], 36), validUntil: validUntil === 0 ? null : validUntil, requestKey: match[3] });
  }
  return tags;
}

/** Whether an answer tagged `tag` is still what the request would get now. */
export function isTagCurrent(tag: EntityTag, current: { version: number; requestKey: string; now: number }): boolean {
  return tag.version === current.version && tag.requestKey === current.requestKey && (tag.validUntil === null || current.now < tag.validUntil);
}

/** Cache-Control for readers: the configured max age, cut short by the next change. */
export function readerCacheControl(maxAgeSeconds: number, validUntil: number | null, now: number): string {
  let maxAge = Math.max(0, Math.floor(maxAgeSeconds));
  if (validUntil !== null) maxAge = Math.min(maxAge, Math.max(0, Math.floor((validUntil - now) / 1000)));
  return `public, max-age=${maxAge}`;
}
