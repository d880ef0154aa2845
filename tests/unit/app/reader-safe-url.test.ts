/** The reader frontend only ever links http(s), mailto and same-site addresses, whatever the API holds. */
import { safeUrl } from '../../../src/reader-site/templates/markup';
import { XSS_VECTORS } from '../../security/xss-vectors';

const followable = (url: string) =>
  /^https?:\/\/[^/\\]/i.test(url) || url.startsWith('mailto:') || /^\/(?![/\\])/.test(url) || url.startsWith('#');

describe('safeUrl', () => {
  it.each(XSS_VECTORS.map((v) => [v.name, v.payload]))('%s: nothing that runs script or leaves the site unnoticed', (_name, payload) => {
    const url = safeUrl(payload);
    if (url !== null) {
      expect(followable(url)).toBe(true);
      expect(url).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      expect(url).not.toMatch(/[\s\u0000-\u001f]/);
    }
  });

  it.each([
    '//evil.example/x',
    '/\\evil.example/x',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    'https://user:pw@example.org/',
  ])('%p is dropped', (url) => expect(safeUrl(url)).toBeNull());

  it.each([
    ['/artikel/x', '/artikel/x'],
    ['#main', '#main'],
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['mailto:redaktion@example.org', 'mailto:redaktion@example.org'],
    ['https://example.org/"><script>', 'https://example.org/%22%3E%3Cscript%3E'],
  ])('%p is kept as %p', (url, expected) => expect(safeUrl(url)).toBe(expected));
});
