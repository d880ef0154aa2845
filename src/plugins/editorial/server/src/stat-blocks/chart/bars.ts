import type { EditorialLocale } from '../../../../shared/contracts';
import { AXIS_HEIGHT, axisMarkup, barHeading, barPieces } from './bar-parts';
import { BAR_FILL, ON_BAR_TEXT, TRACK_OPACITY } from './palette';
import { axisMax, linearScale } from './scale';
import { group, SMALL, WIDTH, type Drawn } from './svg';
import type { ChartFigure } from './types';
import { commonAxis, plotValue } from './units';

const BAR_HEIGHT = 22;
const LABEL_GAP = 4;
const ROW_GAP = 14;

/**
 * Horizontal bars in the order entered. Labels sit above their bars at full width rather
 * than in a column beside them: long German labels would otherwise need many lines at 320 px.
 */
export function drawBars(figures: readonly ChartFigure[], locale: EditorialLocale): Drawn {
  const axis = commonAxis(figures) ?? 'percent';
  const values = figures.map(plotValue);
  const scale = linearScale(axisMax(axis, values), 0, WIDTH);
  let labels = '';
  let notes = '';
  let tracks = '';
  let bars = '';
  let outside = '';
  let inside = '';
  let y = 0;

  figures.forEach((figure, index) => {
    const heading = barHeading(figure.label, figure.note, y);
    labels += heading.label;
    notes += heading.note;
    if (heading.bottom > y) y = heading.bottom + LABEL_GAP;
    // The track shows the whole (100 %) a share is part of; counts have no whole.
    const pieces = barPieces(scale, y, BAR_HEIGHT, values[index], figure.display, axis === 'percent');
    tracks += pieces.track;
    bars += pieces.bar;
    outside += pieces.outside;
    inside += pieces.inside;
    y += BAR_HEIGHT + ROW_GAP;
  });

  const axisTop = y - ROW_GAP + 6;
  const body =
    group('class="chart__labels"', labels) +
    group(`class="chart__notes" font-size="${SMALL}"`, notes) +
    group(`class="chart__tracks" fill-opacity="${TRACK_OPACITY}"`, tracks) +
    group(`class="chart__bars" fill="${BAR_FILL}"`, bars) +
    group('class="chart__values" font-weight="bold"', outside) +
    group(`class="chart__values chart__values--in" font-weight="bold" fill="${ON_BAR_TEXT}" text-anchor="end"`, inside) +
    axisMarkup(scale, axis, axisTop, locale);
  return { body, height: axisTop + AXIS_HEIGHT };
}
