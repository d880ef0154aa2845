import {
  derivePreviewSecret,
  previewExpiry,
  signPreviewToken,
  verifyPreviewToken,
} from '../../../src/plugins/editorial/server/src/preview/preview-token';

const SECRET = 'a-secret-of-enough-length';
const NOW = new Date('2026-11-27T12:00:00Z');
const iat = NOW.getTime() / 1000;
const claims = { uid: 'api::article.article', documentId: 'abc123', locale: 'de', exp: previewExpiry(NOW, 3600), iat };
const TYPES = ['api::article.article'];

describe('preview links', () => {
  it('a signed token verifies until it expires', () => {
    const token = signPreviewToken(claims, SECRET);
    expect(verifyPreviewToken(token, SECRET, TYPES, NOW)).toEqual({ ok: true, claims });
    expect(verifyPreviewToken(token, SECRET, TYPES, new Date(NOW.getTime() + 3599_000)).ok).toBe(true);
    expect(verifyPreviewToken(token, SECRET, TYPES, new Date(NOW.getTime() + 3600_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('changing any one character breaks it', () => {
    const token = signPreviewToken(claims, SECRET);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i += 1) {
      if (token[i] === '.') continue;
      const replacement = alphabet[(alphabet.indexOf(token[i]) + 1) % alphabet.length];
      const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
      expect(verifyPreviewToken(tampered, SECRET, TYPES, NOW).ok).toBe(false);
    }
  });

  it('another secret, a forged payload or garbage is refused', () => {
    const token = signPreviewToken(claims, SECRET);
    expect(verifyPreviewToken(token, 'another-secret-of-length', TYPES, NOW)).toEqual({ ok: false, reason: 'signature' });
    const forged = `${Buffer.from(JSON.stringify({ u: 'api::article.article', d: 'other', l: 'de', e: claims.exp, i: iat })).toString('base64url')}.${token.split('.')[1]}`;
    expect(verifyPreviewToken(forged, SECRET, TYPES, NOW)).toEqual({ ok: false, reason: 'signature' });
    for (const junk of [undefined, '', 'abc', 'a.b.c', '../../etc', 'x'.repeat(5000)])
      expect(verifyPreviewToken(junk, SECRET, TYPES, NOW).ok).toBe(false);
  });

  it('lives at most an hour, and a short secret is refused', () => {
    expect(previewExpiry(NOW, 999_999) - NOW.getTime() / 1000).toBe(3600);
    expect(() => signPreviewToken(claims, 'short')).toThrow(/16 characters/);
    expect(derivePreviewSecret(['k1', 'k2'])).toBe(derivePreviewSecret(['k1', 'k2']));
    expect(derivePreviewSecret(['k1', 'k2'])).not.toBe(derivePreviewSecret(['k3']));
  });

  it('lives an hour from its issue whatever its expiry says (a token signed with a leaked secret too)', () => {
    const tenYears = { ...claims, exp: iat + 10 * 365 * 86_400 };
    const token = signPreviewToken(tenYears, SECRET);
    expect(verifyPreviewToken(token, SECRET, TYPES, new Date(NOW.getTime() + 3599_000)).ok).toBe(true);
    expect(verifyPreviewToken(token, SECRET, TYPES, new Date(NOW.getTime() + 3600_000))).toEqual({ ok: false, reason: 'expired' });
    expect(verifyPreviewToken(token, SECRET, TYPES, new Date(NOW.getTime() + 86_400_000))).toEqual({ ok: false, reason: 'expired' });
    // Issued in the future (beyond a minute of clock skew) or without an issue time: not a token this server made.
    const future = signPreviewToken({ ...claims, iat: iat + 3600, exp: iat + 7200 }, SECRET);
    expect(verifyPreviewToken(future, SECRET, TYPES, NOW)).toEqual({ ok: false, reason: 'malformed' });
    const payload = Buffer.from(JSON.stringify({ u: claims.uid, d: claims.documentId, l: 'de', e: claims.exp })).toString('base64url');
    const withoutIat = `${payload}.${require('crypto').createHmac('sha256', SECRET).update(payload).digest('base64url')}`;
    expect(verifyPreviewToken(withoutIat, SECRET, TYPES, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('names only a type that has previews: a signed statistic or study token is refused', () => {
    for (const uid of ['api::statistic.statistic', 'api::study.study', 'admin::user']) {
      const token = signPreviewToken({ ...claims, uid }, SECRET);
      expect(verifyPreviewToken(token, SECRET, TYPES, NOW)).toEqual({ ok: false, reason: 'type' });
    }
  });
});
