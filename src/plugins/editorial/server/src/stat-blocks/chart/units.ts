import type { ChartFigure } from './types';

/**
 * Which axis a figure can go on. Percentages and shares ("8 von 10") both say "how many in
 * a hundred", so they share one 0–100 % scale; counts have their own and are never drawn
 * on a percent axis.
 */
export type Axis = 'percent' | 'count';

export function axisOf(figure: Pick<ChartFigure, 'unit'>): Axis {
  return figure.unit === 'count' ? 'count' : 'percent';
}

/** The number drawn: a share as its percentage (8 of 10 → 80), everything else as stored. */
export function plotValue(figure: Pick<ChartFigure, 'unit' | 'value' | 'base'>): number {
  if (figure.unit === 'share') return figure.base ? (figure.value / figure.base) * 100 : 0;
  return figure.value;
}

/** The one axis all figures fit on, or null when counts and percentages are mixed. */
export function commonAxis(figures: ReadonlyArray<Pick<ChartFigure, 'unit'>>): Axis | null {
  const axes = new Set(figures.map(axisOf));
  return axes.size === 1 ? [...axes][0] : null;
}

/** Largest number of marks a pictogram draws; more cannot be told apart at 320 px. */
export const PICTOGRAM_MAX_MARKS = 10;

/** "k von n" with whole k and 2 ≤ n ≤ 10: drawable as n marks with k filled. */
export function isPictogramShare(figure: ChartFigure): boolean {
  const base = figure.base ?? 0;
  return (
    figure.unit === 'share' &&
    Number.isInteger(figure.value) &&
    Number.isInteger(base) &&
    base >= 2 &&
    base <= PICTOGRAM_MAX_MARKS &&
    figure.value >= 0 &&
    figure.value <= base
  );
}
