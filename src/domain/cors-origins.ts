/**
 * Which foreign origins may call the API from a browser (`CORS_ORIGINS`). Strapi's default
 * CORS setting reflects every origin together with `Access-Control-Allow-Credentials`, so any
 * web page could read responses with a visitor's cookies. Here nothing foreign is allowed
 * unless listed; the reader site and the admin panel are same-origin and need no CORS.
 */

export interface CorsOrigins {
  /** Normalised origins (`https://www.example.org`), empty when none is allowed. */
  origins: string[];
  /** `CORS_ORIGINS=*`: every origin may read, but never with credentials. */
  anyOrigin: boolean;
}

const HOW = 'a comma-separated list of origins such as https://www.example.org (scheme, host, optional port; no path), or * alone';

/** Parses `CORS_ORIGINS`; throws an Error naming the variable for a malformed entry. */
export function parseCorsOrigins(raw: string | undefined | null): CorsOrigins {
  const entries = String(raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.includes('*')) {
    if (entries.length > 1) throw new Error(`CORS_ORIGINS: * cannot be combined with other origins; expected ${HOW}.`);
    return { origins: [], anyOrigin: true };
  }
  const origins: string[] = [];
  for (const entry of entries) {
    const origin = toOrigin(entry);
    if (!origin) throw new Error(`CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin; expected ${HOW}.`);
    if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, anyOrigin: false };
}

function toOrigin(entry: string): string | null {
  if (!/^https?:\/\/[^/?#\s]+\/?$/i.test(entry)) return null;
  try {
    const url = new URL(entry);
    if (url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Options for `strapi::cors`. Listed origins get `Access-Control-Allow-Origin: <origin>` and
 * credentials (a frontend on another domain may keep a users-permissions session cookie);
 * `*` reflects any origin without credentials; by default no foreign origin gets CORS headers.
 */
export function corsMiddlewareConfig(cors: CorsOrigins) {
  return {
    origin: cors.anyOrigin ? '*' : cors.origins,
    credentials: !cors.anyOrigin,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
    headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'If-None-Match'],
    // X-Request-Id: a frontend can show it with an error, and the log has the same id.
    expose: ['ETag', 'X-Request-Id'],
    maxAge: 86400,
    keepHeadersOnError: false,
  };
}

/**
 * Whether a request takes part in CORS at all: only one with an `Origin` header. Strapi's
 * CORS middleware answers a request without one as if the origin were `*` and, with
 * credentials, sends an empty `Access-Control-Allow-Origin` plus
 * `Access-Control-Allow-Credentials: true` on every same-origin or non-browser answer;
 * `global::cors-without-origin` removes those (`CORS_RESPONSE_HEADERS`).
 */
export function isCorsRequest(origin: string | undefined | null): boolean {
  return String(origin ?? '').trim() !== '';
}

/** The answer headers of CORS (simple requests and preflights); `Vary` is not one of them. */
export const CORS_RESPONSE_HEADERS = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Credentials',
  'Access-Control-Expose-Headers',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Max-Age',
  'Access-Control-Allow-Private-Network',
] as const;
