/**
 * The blog's public address (`PUBLIC_URL`). Canonical links, `og:url`, the RSS feeds, the
 * sitemap and preview links are absolute; without it they follow each request's Host
 * header, so one request with a made-up Host could leave a poisoned page in a CDN that
 * keys by path only. Production therefore refuses to start without it; development and
 * tests may leave it empty (the request's own origin is used). Pure.
 */
export class PublicUrlError extends Error {}

/** Throws a `PublicUrlError` naming the problem; returns the address without a trailing slash ('' when unset outside production). */
export function checkPublicUrl(env: Record<string, string | undefined>): string {
  const raw = (env.PUBLIC_URL ?? '').trim();
  if (raw === '') {
    if (env.NODE_ENV === 'production')
      throw new PublicUrlError(
        "PUBLIC_URL is not set. In production, links in pages, feeds and the sitemap must name the public address instead of each request's Host header: set PUBLIC_URL=https://blog.example.org (see docs/deployment.md).",
      );
    return '';
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PublicUrlError(`PUBLIC_URL must be an absolute http(s) address like https://blog.example.org, not "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new PublicUrlError(`PUBLIC_URL must start with https:// or http://, not "${raw}".`);
  if (url.username || url.password || url.search || url.hash)
    throw new PublicUrlError(`PUBLIC_URL must be a bare address (no user, query or #fragment), not "${raw}".`);
  return raw.replace(/\/+$/, '');
}
