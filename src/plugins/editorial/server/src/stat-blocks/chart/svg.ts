import { escapeXml } from '../../domain/html';
import { wrapText } from './wrap';

/*
 * Shared geometry and markup. The viewBox is 400 units wide and the SVG takes 100 % of its
 * container: at 320 px the 14-unit text renders at 11.2 px, still readable, and wider
 * layouts scale up (the site caps the width). No inline style and no script, only
 * presentation attributes, so the site's CSP can forbid both.
 */
export const WIDTH = 400;
/**
 * Fonts with Arial's metrics first, because the wrapping estimates widths from them (see
 * measure.ts); a site that restyles the chart text to a wider font should keep that in mind.
 */
const FONT_FAMILY = "Arial,Helvetica,'Liberation Sans',sans-serif";
export const FONT = 14;
export const SMALL = 12;
export const LINE = 18;
export const SMALL_LINE = 15;

/** Coordinates to one decimal: exact enough (the geometry tests allow 0.5 px), and short. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Every text that reaches an SVG goes through the plugin's one escaping path. */
export function esc(text: string): string {
  return escapeXml(text);
}

/** Where a text line of `lineHeight` starting at `top` puts its baseline (cap height centred). */
export function baseline(top: number, lineHeight: number, fontSize: number): number {
  return top + (lineHeight + fontSize * 0.7) / 2;
}

/** `<text>` elements, one per line, starting at `top`. */
export function textLines(lines: readonly string[], x: number, top: number, fontSize: number, lineHeight: number): string {
  let markup = '';
  lines.forEach((line, index) => {
    markup += `<text x="${num(x)}" y="${num(baseline(top + index * lineHeight, lineHeight, fontSize))}">${esc(line)}</text>`;
  });
  return markup;
}

/** A group element, or nothing when it would be empty. */
export function group(attributes: string, content: string): string {
  return content ? `<g ${attributes}>${content}</g>` : '';
}

export interface Drawn {
  body: string;
  height: number;
}

/** The citation and age warning under the chart, so an SVG shown alone still names its source. */
export function footer(source: string | null | undefined, warning: string | null | undefined, top: number): Drawn {
  let body = '';
  let y = top;
  for (const [text, className] of [
    [warning, 'chart__warning'],
    [source, 'chart__source'],
  ] as const) {
    const content = typeof text === 'string' ? text.trim() : '';
    if (!content) continue;
    const lines = wrapText(content, WIDTH, { fontSize: SMALL });
    body += group(`class="${className}" font-size="${SMALL}"`, textLines(lines, 0, y, SMALL, SMALL_LINE));
    y += lines.length * SMALL_LINE + 4;
  }
  return { body, height: y - top };
}

export interface SvgDocument {
  id: string;
  kind: string;
  title: string;
  desc: string;
  height: number;
  body: string;
}

/**
 * The outer element. role="img" with aria-labelledby pointing at <title> and <desc> makes
 * screen readers announce the chart as one image with its summary instead of reading
 * every text fragment; the data table next to it carries the details.
 */
export function svgDocument(doc: SvgDocument): string {
  const titleId = `${doc.id}-t`;
  const descId = `${doc.id}-d`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--${doc.kind}" role="img" ` +
    `aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${WIDTH} ${num(doc.height)}" width="100%" ` +
    `font-family="${FONT_FAMILY}" font-size="${FONT}" fill="currentColor">` +
    `<title id="${titleId}">${esc(doc.title)}</title><desc id="${descId}">${esc(doc.desc)}</desc>` +
    `${doc.body}</svg>`
  );
}
