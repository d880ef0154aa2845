import type { EditorialLocale, StatQualifier, StatUnit } from '../../../shared/contracts';
import { resolveLocale } from '../../../shared/locale';
import { numberFormat } from '../../../shared/intl-formatters';

export const STAT_UNITS: readonly StatUnit[] = ['percent', 'count', 'share'];
export const STAT_QUALIFIERS: readonly StatQualifier[] = ['exact', 'approximately', 'atMost', 'atLeast'];

export interface FigureInput {
  value: number;
  unit: StatUnit;
  base?: number | null;
  qualifier?: StatQualifier | null;
}

/** Raised for figures that cannot be shown honestly; the message names the problem. */
export class InvalidFigureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFigureError';
  }
}

const QUALIFIER_PREFIX: Record<EditorialLocale, Record<StatQualifier, string>> = {
  de: { exact: '', approximately: 'rund ', atMost: 'höchstens ', atLeast: 'mindestens ' },
  en: { exact: '', approximately: 'about ', atMost: 'at most ', atLeast: 'at least ' },
};

const SHARE_JOINER: Record<EditorialLocale, string> = { de: ' von ', en: ' of ' };

/**
 * German typography puts a no-break space before `%` so the sign never wraps onto its own
 * line; English writes it closed up. Spelled out instead of Intl's percent style so the
 * output does not change with the ICU version.
 */
const PERCENT_PATTERN: Record<EditorialLocale, (number: string) => string> = {
  de: (number) => `${number}\u00a0%`,
  en: (number) => `${number}%`,
};

function formatNumber(value: number, locale: EditorialLocale): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Returns why a figure is unusable, or null; shared by rendering and save-time validation. */
export function validateFigure(input: FigureInput): string | null {
  const { value, unit, base, qualifier } = input;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `value must be a finite number, got ${JSON.stringify(value) ?? String(value)}`;
  }
  if (!STAT_UNITS.includes(unit)) return `unknown unit ${JSON.stringify(unit)}`;
  if (qualifier !== null && qualifier !== undefined && !STAT_QUALIFIERS.includes(qualifier)) {
    return `unknown qualifier ${JSON.stringify(qualifier)}`;
  }
  if (unit === 'share') {
    if (typeof base !== 'number' || !Number.isFinite(base) || base <= 0) {
      return `a share needs a positive base ("${value} of what?"), got ${JSON.stringify(base) ?? String(base)}`;
    }
    if (value < 0 || value > base) return `a share must lie between 0 and its base ${base}, got ${value}`;
  }
  return null;
}

/** Formats a figure for display, e.g. de `rund 13,7 %`, `2 von 3`, `1.234`; en `13.7%`. */
export function formatFigure(input: FigureInput, locale: EditorialLocale): string {
  const problem = validateFigure(input);
  if (problem) throw new InvalidFigureError(`Invalid statistic: ${problem}`);
  const lang = resolveLocale(locale);
  const prefix = QUALIFIER_PREFIX[lang][input.qualifier ?? 'exact'];
  const number = formatNumber(input.value, lang);
  switch (input.unit) {
    case 'percent':
      return prefix + PERCENT_PATTERN[lang](number);
    case 'share':
      return prefix + number + SHARE_JOINER[lang] + formatNumber(input.base as number, lang);
    case 'count':
    default:
      return prefix + number;
  }
}
