/**
 * Whether the session cookies (admin refresh cookie, users-permissions refresh cookie,
 * koa-session) carry `Secure`. Decided by the public address (`PUBLIC_URL`), not by
 * NODE_ENV as in Strapi's defaults:
 * - Strapi makes them Secure whenever NODE_ENV=production, and Koa refuses to send a
 *   Secure cookie over a connection it does not see as TLS. On the production build over
 *   plain http every users-permissions login (`sessions.httpOnly`) threw there: a 500.
 * - Behind a TLS proxy, Node only sees https when IS_PROXIED is set and the proxy sends
 *   `X-Forwarded-Proto`; a missing header turned Secure cookies off (admin) or into 500s.
 * So: an https PUBLIC_URL means readers and editors reach the site over TLS, and every
 * session cookie is Secure, whatever the proxy forwards. Otherwise the site is plain http
 * (local, a LAN, a test box) and a Secure cookie would never come back anyway.
 */

export interface CookieSecurity {
  /** Set `Secure` on every session cookie, and treat each request as TLS for cookies. */
  secure: boolean;
}

/** True for an absolute https URL (`PUBLIC_URL=https://www.example.org`). */
export function isHttpsUrl(raw: string | undefined | null): boolean {
  const value = String(raw ?? '').trim();
  if (value === '') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export function cookieSecurity(publicUrl: string | undefined | null): CookieSecurity {
  return { secure: isHttpsUrl(publicUrl) };
}

/**
 * `admin.auth.cookie.secure`: `true` behind an https PUBLIC_URL; otherwise left unset, so
 * Strapi decides per request (Secure in production when the request came over TLS), which
 * never throws.
 */
export function adminCookieSecure(security: CookieSecurity): true | undefined {
  return security.secure ? true : undefined;
}
