import type { EditorialLocale } from '../../../../shared/contracts';
import { formatFigure } from '../stat-format';
import { textWidth } from './measure';
import { axisTicks, type LinearScale } from './scale';
import { baseline, esc, FONT, LINE, num, SMALL, SMALL_LINE, textLines, WIDTH } from './svg';
import { wrapText } from './wrap';
import type { Axis } from './units';

/** Pieces of one bar, collected per layer so each layer is one <g> with shared attributes. */
export interface BarPieces {
  track: string;
  bar: string;
  /** Value text right of the bar end (page text colour). */
  outside: string;
  /** Value text inside the bar's end, for bars too long to leave room on their right. */
  inside: string;
}

const VALUE_GAP = 5;

/** One bar from 0 to `value` on `scale`, labelled with the figure's formatted display. */
export function barPieces(scale: LinearScale, top: number, height: number, value: number, display: string, withTrack: boolean): BarPieces {
  const start = scale.rangeStart;
  const right = start + scale.rangeLength;
  const end = scale(value);
  const y = num(top);
  const h = num(height);
  const textY = num(baseline(top, height, FONT));
  const fitsOutside = end + VALUE_GAP + textWidth(display, FONT, true) <= right;
  return {
    track: withTrack ? `<rect x="${num(start)}" y="${y}" width="${num(scale.rangeLength)}" height="${h}"/>` : '',
    bar: `<rect x="${num(start)}" y="${y}" width="${num(end - start)}" height="${h}"/>`,
    outside: fitsOutside ? `<text x="${num(end + VALUE_GAP)}" y="${textY}">${esc(display)}</text>` : '',
    inside: fitsOutside ? '' : `<text x="${num(end - VALUE_GAP)}" y="${textY}">${esc(display)}</text>`,
  };
}

/** Tick labels (0, middle, end) under the bars, formatted like the figures ("50 %", "1.000"). */
export function axisMarkup(scale: LinearScale, axis: Axis, top: number, locale: EditorialLocale): string {
  const right = scale.rangeStart + scale.rangeLength;
  const ticks = axisTicks(scale.domainMax);
  const anchors = ['start', 'middle', 'end'];
  const y = num(baseline(top + 4, SMALL_LINE, SMALL));
  const labels = ticks
    .map((tick, index) => {
      const text = formatFigure({ value: tick, unit: axis === 'percent' ? 'percent' : 'count' }, locale);
      const anchor = index === 0 ? '' : ` text-anchor="${anchors[index]}"`;
      return `<text x="${num(scale(tick))}" y="${y}"${anchor}>${esc(text)}</text>`;
    })
    .join('');
  const rule = ticks.map((tick) => `M${num(scale(tick))} ${num(top)}v4`).join('');
  return (
    `<path class="chart__ticks" d="M${num(scale.rangeStart)} ${num(top)}H${num(right)}${rule}" ` +
    `fill="none" stroke="currentColor" stroke-opacity="0.5"/>` +
    `<g class="chart__axis" font-size="${SMALL}">${labels}</g>`
  );
}

/** Height the axis takes below `top`. */
export const AXIS_HEIGHT = 4 + SMALL_LINE;

/** A bar's heading: its label, then its note in small type, wrapped to the chart's width from `top`. */
export function barHeading(label: string, note: string | null | undefined, top: number): { label: string; note: string; bottom: number } {
  const labelLines = wrapText(label, WIDTH, { fontSize: FONT });
  let bottom = top + labelLines.length * LINE;
  let noteMarkup = '';
  if (note) {
    const noteLines = wrapText(note, WIDTH, { fontSize: SMALL });
    noteMarkup = textLines(noteLines, 0, bottom, SMALL, SMALL_LINE);
    bottom += noteLines.length * SMALL_LINE;
  }
  return { label: textLines(labelLines, 0, top, FONT, LINE), note: noteMarkup, bottom };
}
