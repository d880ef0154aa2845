import type { EditorialLocale, RenderedEditionFigure, RenderedFigure, RenderedStatBlock } from '../../../shared/contracts';
import { drawChart, type ChartEdition, type ChartFigure, type DrawnChart } from './chart';

function editionFigure(figure: RenderedEditionFigure | null): ChartFigure | null {
  if (!figure) return null;
  const { label, value, unit, base, qualifier, display } = figure;
  return { label, value, unit, base, qualifier, display, note: null };
}

/**
 * The two editions a `compare` chart sets side by side: the earlier one each figure
 * continues (relation `continues`), and the block's own. Null when no figure continues one.
 */
export function blockEditions(figures: readonly RenderedFigure[], edition: string): ChartEdition[] | null {
  const first = figures.find((figure) => figure.earlier)?.earlier;
  if (!first) return null;
  return [
    {
      label: first.edition,
      figures: figures.map((figure) => (figure.earlier?.edition === first.edition ? editionFigure(figure.earlier) : null)),
    },
    {
      label: edition,
      figures: figures.map(({ label, value, unit, base, qualifier, display, note }) => ({
        label,
        value,
        unit,
        base,
        qualifier,
        display,
        note,
      })),
    },
  ];
}

/** The block's citations, and for a comparison the earlier edition's study too. */
const EARLIER_FIGURES: Record<EditorialLocale, string> = { de: '· Vergleichswerte', en: '· Earlier figures' };

function sourceLine(
  block: Omit<RenderedStatBlock, 'html' | 'chart'>,
  edition: string,
  display: string | null | undefined,
  locale: EditorialLocale,
): string {
  const lines = block.citations.map((citation) => citation.text);
  const earlier = block.figures.find((figure) => figure.earlier)?.earlier;
  if (display === 'compare' && earlier && earlier.edition !== edition && earlier.study.title) {
    lines.push(`${EARLIER_FIGURES[locale]} ${earlier.edition}: ${earlier.study.title}`);
  }
  return lines.join(' ');
}

/**
 * A rendered block's chart. `withSource` draws the citation and age warning into the SVG,
 * for an SVG that travels alone; a figure with its own caption leaves them out.
 */
export function drawStatChart(
  block: Omit<RenderedStatBlock, 'html' | 'chart'>,
  display: string | null | undefined,
  locale: EditorialLocale,
  edition: string,
  withSource: boolean,
): DrawnChart | null {
  return drawChart({
    figures: block.figures,
    display,
    locale,
    editions: blockEditions(block.figures, edition),
    title: block.heading,
    source: withSource ? sourceLine(block, edition, display, locale) : null,
    warning: withSource ? block.warning : null,
  });
}
