/**
 * The security headers of every response (reader site, REST API, admin panel), as options
 * for `strapi::security` (helmet). Written out instead of relying on Strapi's defaults, so
 * the policy is visible and a test fails when it loosens.
 *
 * - Scripts only from this origin and never inline (`script-src 'self'`,
 *   `script-src-attr 'none'`): an injected `<script>` or `onerror=` does not run. The reader's
 *   pages are rendered on the server and send no script; their JSON-LD is a data block
 *   (`type="application/ld+json"`), which CSP does not execute. Strapi adds `'unsafe-inline'` for `/admin` only in development
 *   and test (Vite's dev client); the built admin panel runs with this policy.
 * - Styles may be inline: the admin panel (styled-components) injects `<style>` elements.
 * - Framing by this origin only (`frame-ancestors 'self'`, `X-Frame-Options: SAMEORIGIN`):
 *   the admin's preview frames the reader page from the same origin; other sites cannot.
 * - `connect-src` and `img-src` keep Strapi's defaults (the admin panel talks to Strapi's
 *   marketplace over https and shows its images).
 * - No `upgrade-insecure-requests`: local development runs on plain http.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'", 'https:'],
  'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'https:', 'data:'],
  'connect-src': ["'self'", 'https:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  // Same key spelling as Strapi's own default, which helmet would otherwise see twice.
  upgradeInsecureRequests: null,
} as const;

/** Options for `strapi::security` (Strapi merges them over its defaults, then calls helmet). */
export function securityMiddlewareConfig() {
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: CONTENT_SECURITY_POLICY_DIRECTIVES,
    },
    frameguard: { action: 'sameorigin' },
    noSniff: true,
    referrerPolicy: { policy: 'no-referrer' },
    hsts: { maxAge: 31536000, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: false,
    crossOriginResourcePolicy: false,
    originAgentCluster: false,
    xssFilter: false,
  };
}

/** Parses a `Content-Security-Policy` header into directive → sources (lower-case names). */
export function parseContentSecurityPolicy(header: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}

/** The sources that govern scripts: `script-src`, else `default-src`. */
export function scriptSources(directives: Record<string, string[]>): string[] {
  return directives['script-src'] ?? directives['default-src'] ?? [];
}
