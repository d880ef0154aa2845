/**
 * Judges the server-made HTML the editorial plugin puts into `editorial.banner.html` and
 * `rendered.html`: it may contain only the plugin's own elements and attributes
 * (src/plugins/editorial/server/src/domain/html.ts), with quoted values and http(s) links;
 * every other `<`, `>` or `"` must be escaped text. A small tag scanner, not substring
 * checks: `<p>&lt;script&gt;</p>` is fine, `<p title=x onclick=y>` is not.
 */

/** The plugin's markup: element → attributes it may carry. */
export const PLUGIN_MARKUP: Readonly<Record<string, readonly string[]>> = {
  aside: ['class', 'role'],
  p: ['class', 'role'],
  figure: ['class'],
  figcaption: ['class'],
  ul: ['class'],
  li: [],
  strong: ['class'],
  span: ['class'],
  cite: [],
  a: ['href', 'rel'],
  // The chart (stat-blocks/chart): drawing elements with presentation attributes only.
  svg: ['xmlns', 'class', 'role', 'aria-labelledby', 'viewbox', 'width', 'font-family', 'font-size', 'fill'],
  title: ['id'],
  desc: ['id'],
  g: ['class', 'font-size', 'font-weight', 'font-style', 'fill', 'fill-opacity', 'text-anchor'],
  text: ['x', 'y', 'text-anchor'],
  rect: ['x', 'y', 'width', 'height'],
  path: ['class', 'd', 'fill', 'fill-opacity', 'stroke', 'stroke-opacity', 'stroke-width'],
  // Its data table, behind a toggle.
  details: ['class'],
  summary: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['scope'],
  td: [],
  small: [],
};

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>"'/]+="[^"]*")*)\s*(\/?)>/;
const ATTRIBUTE = /\s+([^\s=>"'/]+)="([^"]*)"/g;
const ENTITY = /^&(?:amp|lt|gt|quot|#39|#96);/;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };

/** What a browser makes of an attribute value: character references decoded. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** A link target a browser would follow without running script: absolute http(s) only. */
export function isSafeHref(raw: string): boolean {
  const value = decodeEntities(raw);
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  if (!/^https?:\/\/[^/\\]/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * Every reason the fragment is not the plugin's inert markup; empty when it is.
 * Checks: only known elements and attributes, double-quoted values without `<`/`>`,
 * no event handler or style attribute, hrefs absolute http(s) after entity decoding,
 * text without raw `<` `>` `"` and with only the plugin's own entities, tags balanced.
 */
export function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const char = html[i];
    if (char === '<') {
      const match = TAG.exec(html.slice(i));
      if (!match) {
        problems.push(`raw "<" at ${i}: ${JSON.stringify(html.slice(i, i + 40))}`);
        i += 1;
        continue;
      }
      const [whole, closing, rawName, attributes, selfClosing] = match;
      const name = rawName.toLowerCase();
      const allowed = PLUGIN_MARKUP[name];
      if (!allowed || rawName !== name) problems.push(`element <${rawName}> is not the plugin's markup`);
      if (closing) {
        if (attributes) problems.push(`closing tag </${rawName}> carries attributes`);
        if (open.pop() !== name) problems.push(`</${rawName}> does not close the open element`);
      } else {
        if (!selfClosing) open.push(name);
        for (const [, attribute, value] of attributes.matchAll(ATTRIBUTE)) {
          const attr = attribute.toLowerCase();
          if (/^on/.test(attr)) problems.push(`event handler ${attribute}= on <${rawName}>`);
          else if (attr === 'style') problems.push(`style attribute on <${rawName}>`);
          else if (!allowed?.includes(attr)) problems.push(`attribute ${attribute}= is not allowed on <${rawName}>`);
          if (/[<>]/.test(value)) problems.push(`unescaped markup in ${attribute}="${value}"`);
          if ((attr === 'href' || attr === 'src') && !isSafeHref(value))
            problems.push(`${attribute}="${value}" is not an absolute http(s) link`);
          if (/(?:javascript|vbscript|data)\s*:/i.test(decodeEntities(value))) problems.push(`script URL in ${attribute}="${value}"`);
        }
      }
      i += whole.length;
      continue;
    }
    if (char === '>' || char === '"') {
      problems.push(`raw ${JSON.stringify(char)} in text at ${i}`);
    } else if (char === '&' && !ENTITY.test(html.slice(i, i + 6))) {
      problems.push(`unescaped "&" in text at ${i}: ${JSON.stringify(html.slice(i, i + 12))}`);
    }
    i += 1;
  }
  if (open.length > 0) problems.push(`unclosed element(s): ${open.join(', ')}`);
  return problems;
}

/** Every `html` string the plugin adds, with where it was found: `editorial.banner.html` and `rendered.html`. */
export function pluginHtmlFields(json: unknown, path = '$'): Array<{ path: string; html: string }> {
  const found: Array<{ path: string; html: string }> = [];
  if (Array.isArray(json)) {
    json.forEach((item, index) => found.push(...pluginHtmlFields(item, `${path}[${index}]`)));
  } else if (json && typeof json === 'object') {
    const record = json as Record<string, any>;
    if (typeof record.editorial?.banner?.html === 'string')
      found.push({ path: `${path}.editorial.banner.html`, html: record.editorial.banner.html });
    if (typeof record.rendered?.html === 'string') found.push({ path: `${path}.rendered.html`, html: record.rendered.html });
    if (typeof record.rendered?.chart?.svg === 'string')
      found.push({ path: `${path}.rendered.chart.svg`, html: record.rendered.chart.svg });
    for (const [key, value] of Object.entries(record)) found.push(...pluginHtmlFields(value, `${path}.${key}`));
  }
  return found;
}

/** The reader's server-rendered pages: every element the templates make (src/reader). */
const READER_ELEMENTS = new Set(
  'html head meta title link script body a header div nav main footer p h1 h2 h3 h4 h5 h6 section article aside ul ol li span strong em u s code pre blockquote figure figcaption small img time br form label input button svg path rect desc g text details summary table thead tbody tr th td'.split(
    ' ',
  ),
);

/** A same-site path, a fragment, or an absolute http(s)/mailto URL, as `src/reader-site/templates/markup.ts` allows. */
function isReaderHref(raw: string): boolean {
  const value = decodeEntities(raw);
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  if (/^\/(?![/\\])/.test(value) || value.startsWith('#')) return true;
  return isSafeHref(value) || /^mailto:/i.test(value);
}

/**
 * Every reason a whole reader page is not inert: elements outside the templates' set, event
 * handler or style attributes, unsafe links, a script that is not a JSON-LD data block whose
 * text parses as JSON and cannot close its element.
 */
export function pageProblems(html: string): string[] {
  const problems: string[] = [];
  // A quoted attribute value may hold `>` (Preact escapes only `<`, `&` and `"` there): the tag ends after it, as a browser reads it.
  const tags = html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g);
  for (const [whole, closing, name, rest] of tags) {
    const element = name.toLowerCase();
    if (!READER_ELEMENTS.has(element)) problems.push(`element <${element}>`);
    if (closing) continue;
    for (const [, attribute, value] of rest.matchAll(/\s([^\s=>"'/]+)(?:="([^"]*)")?/g)) {
      const key = attribute.toLowerCase();
      if (key.startsWith('on') || key === 'style' || key === 'srcdoc' || key === 'formaction')
        problems.push(`attribute ${key} in ${whole.slice(0, 80)}`);
      if ((key === 'href' || key === 'src') && !isReaderHref(value ?? '')) problems.push(`link ${value} in ${whole.slice(0, 80)}`);
    }
    if (element === 'script' && !/\stype="application\/ld\+json"/.test(rest)) problems.push(`script ${whole.slice(0, 80)}`);
  }
  for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      JSON.parse(body);
    } catch {
      problems.push(`JSON-LD that does not parse: ${body.slice(0, 80)}`);
    }
  }
  return problems;
}
