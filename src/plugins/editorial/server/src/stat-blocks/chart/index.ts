import { resolveLocale } from '../../../../shared/locale';
import { drawBars } from './bars';
import { chooseChart } from './choose';
import { drawCompare } from './compare';
import { drawPictogram } from './pictogram';
import { chartSummary, chartTable, KIND_NAME } from './summary';
import { footer, svgDocument, type Drawn } from './svg';
import { drawTiles } from './tiles';
import type { DrawChartInput, DrawnChart } from './types';

export type {
  ChartDisplay,
  ChartEdition,
  ChartFallbackReason,
  ChartFigure,
  ChartKind,
  ChartTable,
  DrawChartInput,
  DrawnChart,
} from './types';
export { chooseChart } from './choose';
export { fallbackReasonText } from '../../../../shared/chart-reasons';

const FOOTER_GAP = 12;

/** FNV-1a: a short, stable id from the content, so identical input gives identical, cacheable output. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** A caller's id prefix reduced to characters that are safe in an id and an IDREF list. */
function safeId(id: string | null | undefined): string | null {
  const cleaned = typeof id === 'string' ? id.replace(/[^A-Za-z0-9_-]/g, '') : '';
  if (!cleaned) return null;
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `chart-${cleaned}`;
}

/**
 * Draws a study-stat block's figures as a static, accessible SVG, chosen by the block's
 * `display` (see choose.ts), with a one-sentence summary and the same figures as a table.
 * Pure: no I/O, no clock, same input → same output. Returns null for a block without
 * figures (and no editions to compare): there is nothing to draw.
 */
export function drawChart(input: DrawChartInput): DrawnChart | null {
  const locale = resolveLocale(input.locale);
  const figures = input.figures ?? [];
  const editions = input.editions ?? null;
  const choice = chooseChart(figures, input.display, editions);
  if (choice.kind !== 'compare' && figures.length === 0) return null;

  let drawn: Drawn;
  switch (choice.kind) {
    case 'bars':
      drawn = drawBars(figures, locale);
      break;
    case 'pictogram':
      drawn = drawPictogram(figures[0]);
      break;
    case 'compare':
      drawn = drawCompare(editions ?? [], locale);
      break;
    case 'tiles':
    default:
      drawn = drawTiles(figures);
  }

  const foot = footer(input.source, input.warning, drawn.height + FOOTER_GAP);
  const height = foot.height > 0 ? drawn.height + FOOTER_GAP + foot.height : drawn.height;
  const body = drawn.body + foot.body;
  const summary = chartSummary(choice.kind, figures, editions, locale);
  const heading = typeof input.title === 'string' ? input.title.trim() : '';
  const title = heading || KIND_NAME[locale][choice.kind];
  const id = safeId(input.id) ?? `chart-${contentHash(`${title}\n${summary}\n${body}`)}`;

  return {
    kind: choice.kind,
    svg: svgDocument({ id, kind: choice.kind, title, desc: summary, height, body }),
    summary,
    table: chartTable(choice.kind, figures, editions, locale),
    ...(choice.fallbackReason ? { fallbackReason: choice.fallbackReason } : {}),
  };
}
