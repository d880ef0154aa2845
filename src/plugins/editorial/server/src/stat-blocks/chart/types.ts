import type { ChartFallbackReason, ChartKind, EditorialLocale, RenderedFigure } from '../../../../shared/contracts';

export type { ChartFallbackReason, ChartKind };

/**
 * What an editor picks in the block's `display` field. The legacy values (`list`,
 * `highlight`, `cards`) are accepted until the display-field migration has run.
 */
export type ChartDisplay = 'auto' | ChartKind;

/** A figure as `renderStatBlock` returns it; `display` is the formatted value ("8 von 10"). */
export type ChartFigure = Pick<RenderedFigure, 'label' | 'value' | 'unit' | 'base' | 'qualifier' | 'display' | 'note'>;

/**
 * One edition of a study for `compare`. `figures[i]` is the same statistic in every edition
 * (null when that edition did not ask it); `label` names the edition, usually its year.
 */
export interface ChartEdition {
  label: string;
  figures: ReadonlyArray<ChartFigure | null>;
}

export interface DrawChartInput {
  figures: readonly ChartFigure[];
  display?: string | null;
  locale: EditorialLocale | string;
  /** Oldest first; `compare` draws the first two. */
  editions?: readonly ChartEdition[] | null;
  /** The block's heading; becomes the SVG's <title> (a generic name otherwise). */
  title?: string | null;
  /** Citation and age warning, drawn under the chart when the SVG travels alone. */
  source?: string | null;
  warning?: string | null;
  /** Prefix for the element ids; a hash of the content when absent (unique per page then). */
  id?: string | null;
}

/** The same figures as text, for a visually hidden <table> next to the chart. */
export interface ChartTable {
  /** Column headers; the first one heads the label column. */
  columns: string[];
  rows: Array<{ label: string; values: string[]; note: string | null }>;
}

export interface DrawnChart {
  kind: ChartKind;
  svg: string;
  /** One sentence saying what the chart shows; also the SVG's <desc>. */
  summary: string;
  table: ChartTable;
  /** Set when the requested display could not be honoured. */
  fallbackReason?: ChartFallbackReason;
}
