import {
  CONTENT_SECURITY_POLICY_DIRECTIVES,
  parseContentSecurityPolicy,
  scriptSources,
  securityMiddlewareConfig,
} from '../../../src/domain/content-security-policy';

describe('the Content-Security-Policy', () => {
  const d = CONTENT_SECURITY_POLICY_DIRECTIVES as unknown as Record<string, readonly string[] | null>;

  it('allows scripts from this origin only, never inline or eval', () => {
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['script-src-attr']).toEqual(["'none'"]);
    expect(d['default-src']).toEqual(["'self'"]);
  });

  it('forbids plugins and foreign framing, pins base and form targets', () => {
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'self'"]);
    expect(d['base-uri']).toEqual(["'self'"]);
    expect(d['form-action']).toEqual(["'self'"]);
  });

  it('spells upgrade-insecure-requests like Strapi does, so helmet does not see it twice', () => {
    expect(Object.keys(d)).toContain('upgradeInsecureRequests');
    expect(Object.keys(d)).not.toContain('upgrade-insecure-requests');
  });

  it('goes with nosniff and same-origin framing', () => {
    expect(securityMiddlewareConfig()).toMatchObject({
      frameguard: { action: 'sameorigin' },
      noSniff: true,
      contentSecurityPolicy: { useDefaults: true },
    });
  });
});

describe('reading a policy header', () => {
  it('parses directives; script-src falls back to default-src', () => {
    const csp = parseContentSecurityPolicy("default-src 'self';script-src 'self' 'unsafe-inline'; object-src 'none'");
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(scriptSources(csp)).toEqual(["'self'", "'unsafe-inline'"]);
    expect(scriptSources(parseContentSecurityPolicy("default-src 'self' https:"))).toEqual(["'self'", 'https:']);
  });
});
