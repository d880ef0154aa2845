import { textWidth } from './measure';
import { BAR_FILL } from './palette';
import { FONT, group, LINE, num, SMALL, SMALL_LINE, textLines, WIDTH, type Drawn } from './svg';
import type { ChartFigure } from './types';
import { wrapText } from './wrap';

const GAP = 16;
const RULE = 4;
const VALUE_MAX = 30;
const VALUE_MIN = 18;

/**
 * Big numbers over their labels, two to a row (one when alone): today's stat-block look,
 * and the form for figures that share no axis. Values shrink to fit their tile and wrap
 * only when even the smallest size is too wide.
 */
export function drawTiles(figures: readonly ChartFigure[]): Drawn {
  const columns = figures.length === 1 ? 1 : 2;
  const tileWidth = (WIDTH - GAP * (columns - 1)) / columns;
  let rules = '';
  let values = '';
  let labels = '';
  let notes = '';
  let top = 0;

  for (let start = 0; start < figures.length; start += columns) {
    let rowHeight = 0;
    figures.slice(start, start + columns).forEach((figure, column) => {
      const x = column * (tileWidth + GAP);
      rules += `<rect x="${num(x)}" y="${num(top)}" width="${num(tileWidth)}" height="${RULE}"/>`;
      let y = top + RULE + 8;

      const size = Math.max(VALUE_MIN, Math.min(VALUE_MAX, Math.floor(tileWidth / textWidth(figure.display, 1, true))));
      const valueLines = wrapText(figure.display, tileWidth, { fontSize: size, bold: true });
      const valueLine = Math.round(size * 1.2);
      values += `<g font-size="${size}">${textLines(valueLines, x, y, size, valueLine)}</g>`;
      y += valueLines.length * valueLine + 2;

      const labelLines = wrapText(figure.label, tileWidth, { fontSize: FONT });
      labels += textLines(labelLines, x, y, FONT, LINE);
      y += labelLines.length * LINE;
      if (figure.note) {
        const noteLines = wrapText(figure.note, tileWidth, { fontSize: SMALL });
        notes += textLines(noteLines, x, y, SMALL, SMALL_LINE);
        y += noteLines.length * SMALL_LINE;
      }
      rowHeight = Math.max(rowHeight, y - top);
    });
    top += rowHeight + GAP;
  }

  const body =
    group(`class="chart__rules" fill="${BAR_FILL}"`, rules) +
    group('class="chart__values" font-weight="bold"', values) +
    group('class="chart__labels"', labels) +
    group(`class="chart__notes" font-size="${SMALL}"`, notes);
  return { body, height: Math.max(0, top - GAP) };
}
