import type { EditorialLocale, EditorialBanner, RenderedFigure, RenderedStatBlock } from '../../../shared/contracts';
import type { ChartTable, DrawnChart } from '../stat-blocks/chart/types';

/**
 * HTML fragments for clients that render server markup directly. Every dynamic value is
 * escaped and the only dynamic attribute is a vetted http(s) href, so editor input can
 * never become markup, script or an event handler.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"'`]/g, (char) => ESCAPES[char]);
}

// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and unpaired surrogates even as character
// references: one of them in a label would make a whole SVG chart fail to parse. They carry no
// meaning in editor text, so they are dropped rather than encoded.
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** escapeHtml for XML documents (the SVG charts): same escaping, minus what XML cannot hold. */
export function escapeXml(text: string): string {
  return escapeHtml(String(text).replace(XML_INVALID, ''));
}

// Any whitespace or control character inside a URL is an obfuscation attempt
// (`java\tscript:`) or a broken value; the URL parser would silently strip some of them.
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;
// The scheme and `//` must be literally present: `https:evil.example` parses, but is not
// what an editor meant, and entity-encoded schemes never match.
const LITERAL_HTTP_PREFIX = /^https?:\/\//i;

/**
 * Returns the normalised URL when it is an absolute http(s) URL, otherwise null.
 * URLs with embedded credentials are refused too: `https://trusted@evil.example` misleads readers.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const candidate = url.trim();
  if (candidate === '' || WHITESPACE_OR_CONTROL.test(candidate) || !LITERAL_HTTP_PREFIX.test(candidate)) {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

const BANNER_KINDS: ReadonlyArray<EditorialBanner['kind']> = ['outdated', 'archived'];

export function renderBannerHtml(banner: Pick<EditorialBanner, 'kind' | 'message'>): string {
  // The kind lands in a class name, so only known values get through.
  if (!BANNER_KINDS.includes(banner.kind)) {
    throw new RangeError(`renderBannerHtml: unknown banner kind ${JSON.stringify(banner.kind)}`);
  }
  return `<aside class="editorial-banner editorial-banner--${banner.kind}" role="note">` + `<p>${escapeHtml(banner.message)}</p></aside>`;
}

const DATA_TOGGLE: Record<EditorialLocale, string> = { de: 'Daten als Tabelle', en: 'Data as a table' };

/** The chart's figures as a table behind a toggle: readable without CSS, script or sight. */
function dataTable(table: ChartTable, locale: EditorialLocale): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const rows = table.rows
    .map((row) => {
      const note = row.note ? ` <small>(${escapeHtml(row.note)})</small>` : '';
      return `<tr><th scope="row">${escapeHtml(row.label)}${note}</th>${row.values.map((value) => `<td>${escapeHtml(value)}</td>`).join('')}</tr>`;
    })
    .join('');
  return (
    `<details class="study-stat__data"><summary>${escapeHtml(DATA_TOGGLE[locale])}</summary>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></details>`
  );
}

/** "2026: 64 %" under a figure a later edition continues. */
export function newerFigureText(figure: RenderedFigure, locale: EditorialLocale): string | null {
  if (!figure.newer) return null;
  const lead = locale === 'de' ? 'Neuere Zahl' : 'Newer figure';
  return `${lead} ${figure.newer.edition}: ${figure.newer.display} – ${figure.label}`;
}

/**
 * Markup for a study-stat block: its chart (an SVG the plugin drew, built from escaped text
 * only) with the data table, or the figures as a list when there is no chart; then the
 * age warning and the source.
 */
export function renderStatBlockHtml(
  block: Omit<RenderedStatBlock, 'html' | 'chart'>,
  locale: EditorialLocale,
  chart: Pick<DrawnChart, 'kind' | 'svg' | 'table'> | null = null,
): string {
  const parts: string[] = [chart ? `<figure class="study-stat study-stat--${chart.kind}">` : '<figure class="study-stat">'];

  if (block.heading) parts.push(`<figcaption class="study-stat__heading">${escapeHtml(block.heading)}</figcaption>`);

  if (chart) {
    parts.push(chart.svg, dataTable(chart.table, locale));
  } else if (block.figures.length > 0) {
    parts.push('<ul class="study-stat__figures">');
    for (const figure of block.figures) {
      const note = figure.note ? ` <span class="study-stat__note">${escapeHtml(figure.note)}</span>` : '';
      parts.push(
        `<li><strong class="study-stat__value">${escapeHtml(figure.display)}</strong> ` +
          `<span class="study-stat__label">${escapeHtml(figure.label)}</span>${note}</li>`,
      );
    }
    parts.push('</ul>');
  }
  for (const figure of block.figures) {
    const newer = newerFigureText(figure, locale);
    if (newer) parts.push(`<p class="study-stat__newer">${escapeHtml(newer)}</p>`);
  }

  if (block.warning) parts.push(`<p class="study-stat__warning" role="note">${escapeHtml(block.warning)}</p>`);

  for (const citation of block.citations) {
    const text = escapeHtml(citation.text);
    // Re-checked here because this function may be called with hand-built blocks.
    const href = safeHttpUrl(citation.url);
    const content = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${text}</a>` : text;
    parts.push(`<p class="study-stat__source"><cite>${content}</cite></p>`);
  }

  parts.push('</figure>');
  return parts.join('');
}
