/** The scanner that judges the plugin's html in tests/security/xss.test.ts must itself be right. */
import { renderBannerHtml, renderStatBlockHtml } from '../../../src/plugins/editorial/server/src/domain/html';
import { decodeEntities, isSafeHref, markupProblems, pageProblems, pluginHtmlFields } from '../../security/inert-html';
import { XSS_VECTORS } from '../../security/xss-vectors';

describe('markupProblems', () => {
  it("accepts the plugin's own markup, also with every vector as text", () => {
    expect(markupProblems(renderBannerHtml({ kind: 'outdated', message: 'Alt. ;-)' }))).toEqual([]);
    for (const { payload } of XSS_VECTORS) {
      const html = renderStatBlockHtml(
        {
          heading: payload,
          figures: [{ label: payload, value: 1, unit: 'count', base: null, qualifier: 'exact', display: payload, note: payload }],
          study: null,
          studies: [],
          citation: null,
          citations: [
            { text: payload, url: 'https://example.org/quelle?a=1&b=2' },
            { text: payload, url: payload },
          ],
          warning: payload,
        },
        'de',
      );
      expect({ payload, problems: markupProblems(html) }).toEqual({ payload, problems: [] });
      expect(markupProblems(renderBannerHtml({ kind: 'archived', message: payload }))).toEqual([]);
    }
  });

  it.each([
    ['<script>alert(1)</script>', /element <script>/],
    ['<p>x<img src=x onerror=alert(1)></p>', /raw "<"/],
    ['<p class="a" onclick="alert(1)">x</p>', /event handler/],
    ['<p style="color:red">x</p>', /style attribute/],
    ['<p title="x">x</p>', /not allowed/],
    ['<a href="javascript:alert(1)">x</a>', /not an absolute http\(s\) link/],
    ['<a href="&#106;avascript:alert(1)">x</a>', /not an absolute http\(s\) link/],
    ['<a href="https://example.org/&quot;&gt;">x</a>', /^$/],
    ['<a href="//evil.example">x</a>', /not an absolute http\(s\) link/],
    ['<a href="https://u:p@evil.example">x</a>', /not an absolute http\(s\) link/],
    ['<p>"><svg onload=alert(1)></p>', /raw ">"/],
    ['<p>a & b</p>', /unescaped "&"/],
    ['<P>x</P>', /not the plugin's markup/],
    ['<p>x', /unclosed/],
    ['<p>x</li>', /does not close/],
    ['<p class=x>y</p>', /raw "<"/],
  ])('%s', (html, problem) => {
    const problems = markupProblems(html);
    if (problem.source === '^$') expect(problems).toEqual([]);
    else expect(problems.join('\n')).toMatch(problem);
  });
});

describe('helpers', () => {
  it('decodes character references like a browser', () => {
    expect(decodeEntities('&#106;ava&#x73;cript&colon;')).toBe('javascript:');
    expect(decodeEntities('&#0000106&#0000097')).toBe('ja');
    expect(decodeEntities('a &amp; b')).toBe('a & b');
  });

  it('hrefs: absolute http(s) only', () => {
    expect(isSafeHref('https://example.org/a?b=1&amp;c=2')).toBe(true);
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:x',
      'data:text/html,x',
      '/relativ',
      '//evil.example',
      'https:evil.example',
    ]) {
      expect(isSafeHref(href)).toBe(false);
    }
  });

  it('finds banner and rendered html anywhere in an answer', () => {
    const body = {
      data: [
        {
          editorial: { banner: { html: '<aside></aside>' } },
          related: [{ editorial: { banner: null } }],
          blocks: [{ rendered: { html: '<figure></figure>' } }],
        },
      ],
    };
    expect(pluginHtmlFields(body).map((f) => f.path)).toEqual(['$.data[0].editorial.banner.html', '$.data[0].blocks[0].rendered.html']);
  });
});

describe('pageProblems', () => {
  it('reads a `>` inside a quoted attribute value as part of the value, as browsers do', () => {
    expect(pageProblems('<input type="search" name="q" value="&lt;SCRIPT SRC=//evil.example/x.js>"/><p>ok</p>')).toEqual([]);
  });

  it('still finds handlers, unsafe links and foreign elements, also after such a value', () => {
    expect(pageProblems('<input value="a>b" onfocus="x()"/>')).toEqual(['attribute onfocus in <input value="a>b" onfocus="x()"/>']);
    expect(pageProblems('<meta content="x>y"/><a href="javascript:alert(1)">x</a>')).toEqual([
      'link javascript:alert(1) in <a href="javascript:alert(1)">',
    ]);
    expect(pageProblems('<iframe src="/x"></iframe>')).toEqual(['element <iframe>', 'element <iframe>']);
  });
});
