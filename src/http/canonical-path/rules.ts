/**
 * One definition of "a Content API request" and of each public address's one spelling.
 *
 * Strapi's router matches paths without regard to case and with a trailing slash, and
 * Koa's `ctx.path` is the raw path: `/API/articles`, `/api//articles/` or `/%61pi/articles`
 * reached Strapi's controllers while every middleware that tested
 * `ctx.path.startsWith('/api/')` (admission, read-query checks, the response cache, the
 * editorial answer) let them pass unchecked. So each path is brought to its canonical form
 * once, first thing (`global::canonical-path`): a reader's GET of another spelling is sent
 * there with a 301, any other method gets a 404, and only canonical paths reach the rest.
 * The middlewares then ask `contentApiSubpath` (or the state it left) and agree.
 *
 * Canonical: percent-encoded unreserved characters decoded (`%61` → `a`), runs of slashes
 * made one, no trailing slash (the home pages keep theirs: `/`, `/en/`), and the API prefix
 * in lower case. The rest keeps its case: a path parameter is the route's to judge (a study
 * slug `Nicht_OK` is a 400 there, not a redirect), and lookups by path compare the
 * lower-cased `contentApiSubpath`, as Strapi's router matches. Pure.
 */

/** RFC 3986's unreserved characters: encoding them changes nothing but the spelling. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** The REST prefix as Strapi's config gives it (`/api`, `/api/`), with its one slash in front and none behind. */
export function restPrefix(configured: unknown): string {
  const raw = typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : '/api';
  return `/${raw.replace(/^\/+|\/+$/g, '').toLowerCase()}`;
}

function decodeUnreserved(path: string): string {
  return path.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape;
  });
}

/** The path with unreserved escapes decoded, slashes single and no trailing slash (`/` stays `/`). */
function tidy(path: string): string {
  const single = decodeUnreserved(path).replace(/\/{2,}/g, '/');
  return single.length > 1 ? single.replace(/\/+$/, '') || '/' : single || '/';
}

/**
 * The part of a Content API path after the prefix, lower-cased as Strapi's router compares
 * it (`/API/Articles/abc` → `/articles/abc`), or null when the path is not one. Any spelling
 * counts (`/API/articles/`, `/api//articles`): what Strapi's router would route to the
 * Content API is a Content API request, whatever its case.
 */
export function contentApiSubpath(path: string, prefix: string): string | null {
  const tidied = tidy(path).toLowerCase();
  if (tidied === prefix) return '';
  return tidied.startsWith(`${prefix}/`) ? tidied.slice(prefix.length) : null;
}

export interface CanonicalPathRules {
  /** From `restPrefix`. */
  prefix: string;
  /** The reader site's canonical spelling of a tidied path, or null when it serves no page there. */
  readerPath(tidied: string): string | null;
}

/**
 * The canonical spelling of a Content API or reader-site path, or null when the path is
 * neither (the admin, uploads, static files: left as they are) or is canonical already.
 */
export function canonicalPathOf(path: string, rules: CanonicalPathRules): string | null {
  const tidied = tidy(path);
  const api = contentApiSubpath(path, rules.prefix) !== null;
  const canonical = api ? `${rules.prefix}${tidied.slice(rules.prefix.length)}` : rules.readerPath(tidied);
  return canonical !== null && canonical !== path ? canonical : null;
}

/**
 * Where a redirect to `canonical` goes: the path and the original query. The path always
 * starts with exactly one slash, so it can never name another host (`//evil.example`).
 */
export function canonicalLocation(canonical: string, querystring: string): string {
  const path = `/${canonical.replace(/^\/+/, '')}`;
  return querystring ? `${path}?${querystring}` : path;
}

/**
 * What `global::canonical-path` leaves for the middlewares after it (declared once here):
 * the path after the REST prefix for a Content API request, null for any other.
 * Unset when that middleware did not run (an app without it): ask `contentApiSubpath`.
 */
export interface ContentApiState {
  contentApiSubpath?: string | null;
}

/** Whether this request is a Content API request: the canonical middleware's verdict, else the rule itself. */
export function contentApiSubpathOf(state: ContentApiState, path: string, prefix: string): string | null {
  return state.contentApiSubpath !== undefined ? state.contentApiSubpath : contentApiSubpath(path, prefix);
}
