import { BAR_FILL } from './palette';
import { FONT, group, LINE, num, SMALL, SMALL_LINE, textLines, WIDTH, type Drawn } from './svg';
import type { ChartFigure } from './types';
import { wrapText } from './wrap';

const MAX_MARK = 36;
const MARK_GAP = 6;
const VALUE_SIZE = 28;

/**
 * A person mark in a 24-unit box (head and shoulders), written out in absolute coordinates
 * so all marks of one kind form a single <path>: no <use>, hence no ids to collide when an
 * article shows several charts.
 */
function personPath(x: number, y: number, size: number): string {
  const f = size / 24;
  const r = 4.5 * f;
  const head = `M${num(x + 12 * f)} ${num(y + 0.5 * f)}a${num(r)} ${num(r)} 0 1 1 0 ${num(2 * r)}a${num(r)} ${num(r)} 0 1 1 0 ${num(-2 * r)}z`;
  const c = num(6.5 * f);
  const body =
    `M${num(x + 3 * f)} ${num(y + 24 * f)}v${num(-5.5 * f)}a${c} ${c} 0 0 1 ${c} -${c}h${num(5 * f)}` +
    `a${c} ${c} 0 0 1 ${c} ${c}v${num(5.5 * f)}z`;
  return head + body;
}

/** "2 von 3": three marks, two filled, above the value and its label. */
export function drawPictogram(figure: ChartFigure): Drawn {
  const marks = figure.base ?? 0;
  const filled = figure.value;
  const size = Math.min(MAX_MARK, (WIDTH - MARK_GAP * (marks - 1)) / marks);
  let full = '';
  let empty = '';
  for (let index = 0; index < marks; index += 1) {
    const path = personPath(index * (size + MARK_GAP), 1, size);
    if (index < filled) full += path;
    else empty += path;
  }
  // Empty marks are outlined in the bar colour, so they keep the 3:1 contrast of graphics.
  let body =
    `<g class="chart__marks">` +
    (full ? `<path class="chart__mark" fill="${BAR_FILL}" d="${full}"/>` : '') +
    (empty ? `<path class="chart__mark chart__mark--empty" fill="none" stroke="${BAR_FILL}" stroke-width="1.5" d="${empty}"/>` : '') +
    '</g>';
  let y = size + 14;

  const valueLines = wrapText(figure.display, WIDTH, { fontSize: VALUE_SIZE, bold: true });
  body += group(`class="chart__values" font-weight="bold" font-size="${VALUE_SIZE}"`, textLines(valueLines, 0, y, VALUE_SIZE, 34));
  y += valueLines.length * 34 + 4;
  const labelLines = wrapText(figure.label, WIDTH, { fontSize: FONT });
  body += group('class="chart__labels"', textLines(labelLines, 0, y, FONT, LINE));
  y += labelLines.length * LINE;
  if (figure.note) {
    const noteLines = wrapText(figure.note, WIDTH, { fontSize: SMALL });
    body += group(`class="chart__notes" font-size="${SMALL}"`, textLines(noteLines, 0, y, SMALL, SMALL_LINE));
    y += noteLines.length * SMALL_LINE;
  }
  return { body, height: y };
}
