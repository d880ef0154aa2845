import type { EditorialLocale } from '../../../../shared/contracts';
import { AXIS_HEIGHT, axisMarkup, barHeading, barPieces } from './bar-parts';
import { comparedFigures } from './choose';
import { textWidth } from './measure';
import { BAR_FILL, EARLIER_FILL, ON_BAR_TEXT, TRACK_OPACITY } from './palette';
import { axisMax, linearScale } from './scale';
import { baseline, esc, FONT, group, LINE, num, SMALL, textLines, WIDTH, type Drawn } from './svg';
import type { ChartEdition } from './types';
import { commonAxis, plotValue } from './units';
import { wrapText } from './wrap';

const BAR_HEIGHT = 18;
const BAR_GAP = 4;
const ROW_GAP = 14;
const EDITION_COLUMN_MAX = 120;

export const NOT_ASKED: Record<EditorialLocale, string> = { de: 'nicht erhoben', en: 'not asked' };

/**
 * The same statistics in two editions of a study, one pair of bars per statistic, each bar
 * labelled by its edition ("2014", "2026"). Colour tells the editions apart at a glance,
 * the edition labels say it in words, so colour is never the only cue.
 */
export function drawCompare(editions: readonly ChartEdition[], locale: EditorialLocale): Drawn {
  const pair = editions.slice(0, 2);
  const axis = commonAxis(comparedFigures(pair) ?? []) ?? 'percent';
  const all = pair.flatMap((edition) => edition.figures.filter((figure) => figure !== null).map((figure) => plotValue(figure!)));
  const column = Math.min(EDITION_COLUMN_MAX, Math.max(...pair.map((edition) => textWidth(edition.label, FONT))) + 8);
  const editionLines = pair.map((edition) => wrapText(edition.label, column - 8, { fontSize: FONT }));
  const scale = linearScale(axisMax(axis, all), column, WIDTH - column);
  const rows = Math.max(...pair.map((edition) => edition.figures.length));

  let labels = '';
  let notes = '';
  let editionText = '';
  let missing = '';
  let tracks = '';
  const bars = ['', ''];
  let outside = '';
  let inside = '';
  let y = 0;

  for (let row = 0; row < rows; row += 1) {
    const named = pair[1].figures[row] ?? pair[0].figures[row];
    if (!named) continue;
    const heading = barHeading(named.label, named.note, y);
    labels += heading.label;
    notes += heading.note;
    y = heading.bottom + 4;
    pair.forEach((edition, index) => {
      const lines = editionLines[index];
      const height = Math.max(BAR_HEIGHT, lines.length * LINE);
      editionText += textLines(lines, 0, y + (height - lines.length * LINE) / 2, FONT, LINE);
      const figure = edition.figures[row] ?? null;
      if (figure) {
        const pieces = barPieces(scale, y + (height - BAR_HEIGHT) / 2, BAR_HEIGHT, plotValue(figure), figure.display, axis === 'percent');
        tracks += pieces.track;
        bars[index] += pieces.bar;
        outside += pieces.outside;
        inside += pieces.inside;
      } else {
        missing += `<text x="${num(column)}" y="${num(baseline(y, height, FONT))}">${esc(NOT_ASKED[locale])}</text>`;
      }
      y += height + BAR_GAP;
    });
    y += ROW_GAP - BAR_GAP;
  }

  const axisTop = y - ROW_GAP + 6;
  const body =
    group('class="chart__labels"', labels) +
    group(`class="chart__notes" font-size="${SMALL}"`, notes) +
    group('class="chart__editions"', editionText) +
    group('class="chart__missing" font-style="italic"', missing) +
    group(`class="chart__tracks" fill-opacity="${TRACK_OPACITY}"`, tracks) +
    group(`class="chart__bars chart__bars--earlier" fill="${EARLIER_FILL}"`, bars[0]) +
    group(`class="chart__bars" fill="${BAR_FILL}"`, bars[1]) +
    group('class="chart__values" font-weight="bold"', outside) +
    group(`class="chart__values chart__values--in" font-weight="bold" fill="${ON_BAR_TEXT}" text-anchor="end"`, inside) +
    axisMarkup(scale, axis, axisTop, locale);
  return { body, height: axisTop + AXIS_HEIGHT };
}
