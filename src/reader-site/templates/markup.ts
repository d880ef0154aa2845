/**
 * The reader's one escaping path: Preact elements, rendered to HTML by
 * preact-render-to-string, which escapes every text and attribute value. On top of that,
 * `h` lets links and images point only at same-site paths, http(s) or mailto, and drops
 * event-handler attributes, so an editor's `javascript:` link or `onerror=` stays inert.
 */
import { h as preactH, type ComponentChildren, type VNode } from 'preact';

export type Child = ComponentChildren;
export type Element = VNode<any>;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Same-site paths, http(s) and mailto only; anything else (javascript:, data:, …) is dropped. */
export function safeUrl(url: string): string | null {
  const value = url.trim();
  // Browsers drop tabs and newlines inside URLs and read a leading `/\` as `//`, so
  // `/<Tab>/evil.example` or `/\evil.example` would leave the site.
  if (/[\s\u0000-\u001f]/.test(value)) return null;
  if (/^\/(?![/\\])/.test(value) || value.startsWith('#')) return value;
  try {
    const parsed = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) && !parsed.username && !parsed.password ? parsed.href : null;
  } catch {
    return null;
  }
}

export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): Element {
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === 'dangerouslySetInnerHTML') continue;
    if (name === 'href' || name === 'src') {
      const safe = safeUrl(String(value));
      if (safe) props[name] = safe;
      continue;
    }
    props[name] = value === true ? '' : value;
  }
  return preactH(tag, props, ...(children as ComponentChildren[]));
}

/**
 * JSON-LD is the one place raw text goes into the page: `jsonLdText` escapes `<`, U+2028 and
 * U+2029, so no value can close the script element.
 */
export function jsonLdScript(json: string, testId?: string): Element {
  return preactH('script', { type: 'application/ld+json', 'data-testid': testId, dangerouslySetInnerHTML: { __html: json } });
}

// What the editorial plugin's charts are made of (stat-blocks/chart): nothing that runs, links or styles.
const CHART_TAGS = new Set(['svg', 'title', 'desc', 'g', 'text', 'tspan', 'rect', 'path', 'line', 'circle']);
const CHART_FORBIDDEN = /\son[a-z]*\s*=|\sstyle\s*=|href\s*=|javascript:|<!|<\?/i;

/**
 * A chart SVG from the API, placed as markup. The plugin builds it from escaped text; this
 * re-checks that it holds only drawing elements and no handler, style or link before it
 * reaches the page, so a changed or spoofed API cannot inject into the reader's pages.
 */
export function chartSvg(svg: string | null | undefined, className: string): Element | null {
  if (typeof svg !== 'string' || !svg.startsWith('<svg ') || !svg.endsWith('</svg>') || CHART_FORBIDDEN.test(svg)) return null;
  for (const match of svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)) if (!CHART_TAGS.has(match[1])) return null;
  return preactH('div', { class: className, dangerouslySetInnerHTML: { __html: svg } });
}
