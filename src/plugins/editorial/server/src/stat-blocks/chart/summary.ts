import type { EditorialLocale } from '../../../../shared/contracts';
import { NOT_ASKED } from './compare';
import type { ChartEdition, ChartFigure, ChartKind, ChartTable } from './types';

/** Generic names, used as the <title> when the block has no heading and to open the summary. */
export const KIND_NAME: Record<EditorialLocale, Record<ChartKind, string>> = {
  de: { bars: 'Balkendiagramm', tiles: 'Kennzahlen', pictogram: 'Piktogramm', compare: 'Vergleich' },
  en: { bars: 'Bar chart', tiles: 'Key figures', pictogram: 'Pictogram', compare: 'Comparison' },
};

const COLUMNS: Record<EditorialLocale, [string, string]> = { de: ['Angabe', 'Wert'], en: ['Item', 'Value'] };

// Line breaks typed into a label mean nothing in one sentence; no-break spaces are kept.
const clean = (text: string | null | undefined): string => (text ?? '').replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ').trim();

/**
 * Labels are written to follow their value ("8 von 10" + "Befragten sehen PR und Marketing
 * als oberste Priorität"), as in the block's list, so the sentence reads value first.
 */
function phrase(figure: ChartFigure): string {
  return [clean(figure.display), clean(figure.label)].filter(Boolean).join(' ');
}

function sentence(opening: string, parts: string[]): string {
  return `${opening}: ${parts.join('; ')}`.replace(/[.\s]*$/, '.');
}

function pictogramSummary(figure: ChartFigure, locale: EditorialLocale): string {
  const marks = figure.base ?? 0;
  const detail = locale === 'de' ? `${figure.value} von ${marks} Figuren ausgefüllt` : `${figure.value} of ${marks} figures filled`;
  return `${sentence(KIND_NAME[locale].pictogram, [phrase(figure)]).slice(0, -1)} (${detail}).`;
}

function compareSummary(editions: readonly ChartEdition[], locale: EditorialLocale): string {
  const [earlier, later] = editions;
  const and = locale === 'de' ? 'und' : 'and';
  const opening = `${KIND_NAME[locale].compare} ${clean(earlier.label)} ${and} ${clean(later.label)}`;
  const rows = Math.max(earlier.figures.length, later.figures.length);
  const parts: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    const named = later.figures[row] ?? earlier.figures[row];
    if (!named) continue;
    const values = [earlier, later]
      .map((edition) => `${clean(edition.label)} ${clean(edition.figures[row]?.display) || NOT_ASKED[locale]}`)
      .join(', ');
    parts.push(`${clean(named.label)}: ${values}`);
  }
  return sentence(opening, parts);
}

/** The one-sentence description: the SVG's <desc> and what `rendered.chart.summary` returns. */
export function chartSummary(
  kind: ChartKind,
  figures: readonly ChartFigure[],
  editions: readonly ChartEdition[] | null,
  locale: EditorialLocale,
): string {
  if (kind === 'compare' && editions) return compareSummary(editions, locale);
  if (kind === 'pictogram') return pictogramSummary(figures[0], locale);
  return sentence(KIND_NAME[locale][kind], figures.map(phrase));
}

/** The figures as rows of text, for a visually hidden table beside the chart. */
export function chartTable(
  kind: ChartKind,
  figures: readonly ChartFigure[],
  editions: readonly ChartEdition[] | null,
  locale: EditorialLocale,
): ChartTable {
  const [labelColumn, valueColumn] = COLUMNS[locale];
  if (kind === 'compare' && editions) {
    const [earlier, later] = editions;
    const rows: ChartTable['rows'] = [];
    const count = Math.max(earlier.figures.length, later.figures.length);
    for (let row = 0; row < count; row += 1) {
      const named = later.figures[row] ?? earlier.figures[row];
      if (!named) continue;
      rows.push({
        label: clean(named.label),
        values: [earlier, later].map((edition) => clean(edition.figures[row]?.display) || NOT_ASKED[locale]),
        note: clean(named.note) || null,
      });
    }
    return { columns: [labelColumn, clean(earlier.label), clean(later.label)], rows };
  }
  return {
    columns: [labelColumn, valueColumn],
    rows: figures.map((figure) => ({
      label: clean(figure.label),
      values: [clean(figure.display)],
      note: clean(figure.note) || null,
    })),
  };
}
