import { axisOf, commonAxis, isPictogramShare } from './units';
import type { ChartDisplay, ChartEdition, ChartFallbackReason, ChartFigure, ChartKind } from './types';

export interface ChartChoice {
  kind: ChartKind;
  fallbackReason?: ChartFallbackReason;
}

const DISPLAYS: readonly ChartDisplay[] = ['auto', 'bars', 'tiles', 'pictogram', 'compare'];

// Stored values from before the chart forms existed, mapped as the display-field migration
// maps them, so blocks render the same before and after it has run.
const LEGACY_DISPLAYS: Record<string, ChartDisplay> = { list: 'auto', highlight: 'tiles', cards: 'tiles' };

/** Why bars cannot show these figures honestly, or null when they can. */
function barsProblem(figures: readonly ChartFigure[]): ChartFallbackReason | null {
  if (commonAxis(figures) === null) return 'mixedUnits';
  // Bars start at zero; a negative value would need a second direction and a different reading.
  if (figures.some((figure) => figure.value < 0)) return 'negativeValue';
  return null;
}

/**
 * The `auto` rule: a single "k von n" with few marks is a pictogram, a single percentage a
 * bar on the 0–100 % scale, a lone count a tile (nothing to compare it with); several
 * figures on one axis are bars, counts mixed with percentages are tiles.
 */
function chooseAuto(figures: readonly ChartFigure[]): ChartChoice {
  if (figures.length === 1) {
    const [figure] = figures;
    if (axisOf(figure) === 'count') return { kind: 'tiles' };
    if (isPictogramShare(figure)) return { kind: 'pictogram' };
  }
  const problem = barsProblem(figures);
  return problem ? { kind: 'tiles', fallbackReason: problem } : { kind: 'bars' };
}

/** The figures of the first two editions, or null when they are not a comparison. */
export function comparedFigures(editions: readonly ChartEdition[] | null | undefined): ChartFigure[] | null {
  if (!editions || editions.length < 2) return null;
  const [earlier, later] = editions;
  const rows = Math.max(earlier.figures.length, later.figures.length);
  let paired = 0;
  const figures: ChartFigure[] = [];
  for (let row = 0; row < rows; row += 1) {
    const a = earlier.figures[row] ?? null;
    const b = later.figures[row] ?? null;
    if (a && b) paired += 1;
    if (a) figures.push(a);
    if (b) figures.push(b);
  }
  // Without one statistic present in both editions there is nothing to compare.
  return paired > 0 ? figures : null;
}

function normalizeDisplay(display: string | null | undefined): ChartDisplay | null {
  if (display === null || display === undefined || display === '') return 'auto';
  if ((DISPLAYS as readonly string[]).includes(display)) return display as ChartDisplay;
  return LEGACY_DISPLAYS[display] ?? null;
}

/** The form to draw for a block: the requested one when it fits the figures, else a fallback with its reason. */
export function chooseChart(
  figures: readonly ChartFigure[],
  display: string | null | undefined,
  editions?: readonly ChartEdition[] | null,
): ChartChoice {
  const requested = normalizeDisplay(display);
  const fallback = (reason: ChartFallbackReason): ChartChoice => ({
    kind: chooseAuto(figures).kind,
    fallbackReason: reason,
  });

  switch (requested) {
    case null:
      return fallback('unknownDisplay');
    case 'auto':
      return chooseAuto(figures);
    case 'tiles':
      return { kind: 'tiles' };
    case 'bars': {
      const problem = barsProblem(figures);
      return problem ? { kind: 'tiles', fallbackReason: problem } : { kind: 'bars' };
    }
    case 'pictogram':
      return figures.length === 1 && isPictogramShare(figures[0]) ? { kind: 'pictogram' } : fallback('pictogramNeedsOneSmallShare');
    case 'compare': {
      const compared = comparedFigures(editions);
      if (!compared) return fallback('compareNeedsTwoEditions');
      const problem = barsProblem(compared);
      return problem ? fallback(problem) : { kind: 'compare' };
    }
  }
}
