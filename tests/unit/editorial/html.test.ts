import type { RenderedStatBlock } from '../../../src/plugins/editorial/shared/contracts';
import {
  escapeHtml,
  escapeXml,
  renderBannerHtml,
  renderStatBlockHtml,
  safeHttpUrl,
} from '../../../src/plugins/editorial/server/src/domain/html';

describe('escapeHtml', () => {
  it('escapes the characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
  });

  it('escapes ampersands first so entities are not double-decoded', () => {
    expect(escapeHtml('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
  });

  it('leaves ordinary German text alone', () => {
    expect(escapeHtml('„Größe“ 13,7\u00a0% ;-)')).toBe('„Größe“ 13,7\u00a0% ;-)');
  });
});

describe('escapeXml', () => {
  it('escapes like escapeHtml', () => {
    expect(escapeXml(`<a href="x" title='y'>&\`</a>`)).toBe(escapeHtml(`<a href="x" title='y'>&\`</a>`));
  });

  it('drops what XML 1.0 cannot hold, keeps tabs, newlines and paired surrogates', () => {
    expect(escapeXml(' \u0001java\u0008script\u001f:\ufffe')).toBe(' javascript:');
    expect(escapeXml('a\tb\nc\r')).toBe('a\tb\nc\r');
    expect(escapeXml('\ud83d\ude00 ok \ud83d x \ude00')).toBe('\ud83d\ude00 ok  x ');
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com/studie?x=1&y=2', 'https://example.com/studie?x=1&y=2'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['HTTPS://EXAMPLE.COM/Studie', 'https://example.com/Studie'],
    ['https://example.com/a"><b>', 'https://example.com/a%22%3E%3Cb%3E'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
  ])('accepts %p as %p', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['  javascript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['//evil.example/x'],
    ['/relative/path'],
    ['example.com'],
    ['ftp://example.com/file'],
    ['mailto:redaktion@example.com'],
    ['https:evil.example'],
    ['https:/evil.example'],
    ['https://user:pass@evil.example/'],
    ['https://trusted.example@evil.example/'],
    ['https://exa mple.com/'],
    ['ht\ttps://example.com/'],
    ['https://example.com/\u200b'],
    ['http://'],
    [''],
    ['   '],
    [null],
    [undefined],
  ])('rejects %p', (input) => {
    expect(safeHttpUrl(input as string | null | undefined)).toBeNull();
  });
});

describe('renderBannerHtml', () => {
  it('wraps the message in a note aside', () => {
    expect(
      renderBannerHtml({
        kind: 'outdated',
        message: 'Dieser Artikel ist über 2 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell. ;-)',
      }),
    ).toBe(
      '<aside class="editorial-banner editorial-banner--outdated" role="note">' +
        '<p>Dieser Artikel ist über 2 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell. ;-)</p></aside>',
    );
    expect(renderBannerHtml({ kind: 'archived', message: 'Archiviert.' })).toBe(
      '<aside class="editorial-banner editorial-banner--archived" role="note"><p>Archiviert.</p></aside>',
    );
  });

  it('escapes the message and refuses unknown kinds', () => {
    expect(renderBannerHtml({ kind: 'outdated', message: '<b>"x"</b>' })).toBe(
      '<aside class="editorial-banner editorial-banner--outdated" role="note"><p>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</p></aside>',
    );
    expect(() => renderBannerHtml({ kind: 'outdated" onclick="x' as never, message: 'm' })).toThrow(RangeError);
  });
});

describe('renderStatBlockHtml', () => {
  const block: Omit<RenderedStatBlock, 'html'> = {
    heading: 'Kleine Teams',
    figures: [
      { label: 'haben höchstens fünf Leute', value: 2, unit: 'share', base: 3, qualifier: 'exact', display: '2 von 3', note: null },
      {
        label: 'sind ein Einzelkämpfer',
        value: 80,
        unit: 'percent',
        base: null,
        qualifier: 'exact',
        display: '80\u00a0%',
        note: 'Mehrfachnennungen möglich',
      },
    ],
    studies: [],
    citations: [{ text: 'Quelle: Agentur X, „Studie“', url: 'https://example.com/studie?a=1&b=2' }],
    warning: 'Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.',
  };

  it('renders figure, heading, figures, warning and linked source', () => {
    expect(renderStatBlockHtml(block, 'de')).toBe(
      '<figure class="study-stat">' +
        '<figcaption class="study-stat__heading">Kleine Teams</figcaption>' +
        '<ul class="study-stat__figures">' +
        '<li><strong class="study-stat__value">2 von 3</strong> <span class="study-stat__label">haben höchstens fünf Leute</span></li>' +
        '<li><strong class="study-stat__value">80\u00a0%</strong> <span class="study-stat__label">sind ein Einzelkämpfer</span>' +
        ' <span class="study-stat__note">Mehrfachnennungen möglich</span></li>' +
        '</ul>' +
        '<p class="study-stat__warning" role="note">Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.</p>' +
        '<p class="study-stat__source"><cite><a href="https://example.com/studie?a=1&amp;b=2" rel="noopener noreferrer nofollow">' +
        'Quelle: Agentur X, „Studie“</a></cite></p>' +
        '</figure>',
    );
  });

  it('leaves out absent parts and does not link unsafe URLs', () => {
    const minimal = {
      ...block,
      heading: null,
      warning: null,
      citations: [{ text: 'Quelle: X', url: 'javascript:alert(1)' }],
    };
    const html = renderStatBlockHtml(minimal, 'de');
    expect(html).not.toContain('figcaption');
    expect(html).not.toContain('study-stat__warning');
    expect(html).not.toContain('<a ');
    expect(html).toContain('<p class="study-stat__source"><cite>Quelle: X</cite></p></figure>');
  });

  it('renders one source line per citation', () => {
    const two = {
      ...block,
      citations: [
        { text: 'Quelle: A', url: null },
        { text: 'Quelle: B', url: 'http://b.example/' },
      ],
    };
    expect(renderStatBlockHtml(two, 'de')).toContain(
      '<p class="study-stat__source"><cite>Quelle: A</cite></p>' +
        '<p class="study-stat__source"><cite><a href="http://b.example/" rel="noopener noreferrer nofollow">Quelle: B</a></cite></p>',
    );
  });

  it('renders an empty block as an empty figure', () => {
    expect(renderStatBlockHtml({ heading: null, figures: [], studies: [], citations: [], warning: null }, 'en')).toBe(
      '<figure class="study-stat"></figure>',
    );
  });
});
