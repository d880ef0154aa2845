import {
  derivePreviewSecret,
  previewExpiry,
  signPreviewToken,
  verifyPreviewToken,
} from '../../../src/plugins/editorial/server/src/domain/preview-token';

const SECRET = 'a-secret-of-enough-length';
const NOW = new Date('2026-11-27T12:00:00Z');
const claims = { uid: 'api::article.article', documentId: 'abc123', locale: 'de', exp: previewExpiry(NOW, 3600) };

describe('preview links', () => {
  it('a signed token verifies until it expires', () => {
    const token = signPreviewToken(claims, SECRET);
    expect(verifyPreviewToken(token, SECRET, NOW)).toEqual({ ok: true, claims });
    expect(verifyPreviewToken(token, SECRET, new Date(NOW.getTime() + 3599_000)).ok).toBe(true);
    expect(verifyPreviewToken(token, SECRET, new Date(NOW.getTime() + 3600_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('changing any one character breaks it', () => {
    const token = signPreviewToken(claims, SECRET);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i += 1) {
      if (token[i] === '.') continue;
      const replacement = alphabet[(alphabet.indexOf(token[i]) + 1) % alphabet.length];
      const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
      expect(verifyPreviewToken(tampered, SECRET, NOW).ok).toBe(false);
    }
  });

  it('another secret, a forged payload or garbage is refused', () => {
    const token = signPreviewToken(claims, SECRET);
    expect(verifyPreviewToken(token, 'another-secret-of-length', NOW)).toEqual({ ok: false, reason: 'signature' });
    const forged = `${Buffer.from(JSON.stringify({ u: 'api::article.article', d: 'other', l: 'de', e: claims.exp })).toString('base64url')}.${token.split('.')[1]}`;
    expect(verifyPreviewToken(forged, SECRET, NOW)).toEqual({ ok: false, reason: 'signature' });
    for (const junk of [undefined, '', 'abc', 'a.b.c', '../../etc', 'x'.repeat(5000)])
      expect(verifyPreviewToken(junk, SECRET, NOW).ok).toBe(false);
  });

  it('lives at most an hour, and a short secret is refused', () => {
    expect(previewExpiry(NOW, 999_999) - NOW.getTime() / 1000).toBe(3600);
    expect(() => signPreviewToken(claims, 'short')).toThrow(/16 characters/);
    expect(derivePreviewSecret(['k1', 'k2'])).toBe(derivePreviewSecret(['k1', 'k2']));
    expect(derivePreviewSecret(['k1', 'k2'])).not.toBe(derivePreviewSecret(['k3']));
  });
});
