import type { EditorialLocale } from './contracts';
import { resolveLocale } from './locale';
import type { ChartFallbackReason } from './contracts';

/**
 * What the admin tells an editor whose chosen form was not drawn. Kept next to the rule
 * that produces the code so the words cannot drift from the behaviour.
 */
const REASON_TEXT: Record<EditorialLocale, Record<ChartFallbackReason, string>> = {
  de: {
    unknownDisplay: 'Diese Darstellung gibt es nicht; das Diagramm wurde automatisch gewählt.',
    mixedUnits: 'Anzahlen und Prozentwerte passen nicht auf eine Achse. Deshalb werden die Werte als Kacheln gezeigt.',
    negativeValue: 'Negative Werte lassen sich nicht als Balken ab null zeichnen. Deshalb werden Kacheln gezeigt.',
    pictogramNeedsOneSmallShare: 'Ein Piktogramm braucht genau einen Anteil der Form „k von n“ mit höchstens 10 Symbolen.',
    compareNeedsTwoEditions: 'Ein Vergleich braucht dieselbe Statistik aus zwei Ausgaben einer Studie.',
  },
  en: {
    unknownDisplay: 'This display does not exist; the chart was chosen automatically.',
    mixedUnits: 'Counts and percentages do not fit on one axis, so the figures are shown as tiles.',
    negativeValue: 'Negative values cannot be drawn as bars from zero, so the figures are shown as tiles.',
    pictogramNeedsOneSmallShare: 'A pictogram needs exactly one share of the form “k of n” with at most 10 marks.',
    compareNeedsTwoEditions: 'A comparison needs the same statistic from two editions of a study.',
  },
};

export function fallbackReasonText(reason: ChartFallbackReason, locale: string): string {
  return REASON_TEXT[resolveLocale(locale)][reason];
}
