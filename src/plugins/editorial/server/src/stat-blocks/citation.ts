import type { EditorialLocale } from '../../../shared/contracts';
import { toDate } from '../../../shared/calendar';
import { DEFAULT_TIME_ZONE, resolveLocale } from '../../../shared/locale';
import { formatStudyDate, type DatePrecision } from '../../../shared/study-date';
import { numberFormat } from '../../../shared/intl-formatters';

export interface CitableStudy {
  title: string;
  publisher?: string | null;
  publishedOn?: string | null;
  publishedOnPrecision?: DatePrecision | null;
  sampleSize?: number | null;
  representative?: boolean | null;
  /** Free text such as "Februar 2014"; only used when no publication date is known. */
  fieldworkPeriod?: string | null;
}

interface CitationWording {
  source: string;
  quote: (title: string) => string;
  representative: string;
  notRepresentative: string;
}

// Each language uses its own quotation marks: German „…“, English “…”.
const WORDING: Record<EditorialLocale, CitationWording> = {
  de: {
    source: 'Quelle:',
    quote: (title) => `\u201e${title}\u201c`,
    representative: 'repräsentativ',
    notRepresentative: 'nicht repräsentativ',
  },
  en: {
    source: 'Source:',
    quote: (title) => `\u201c${title}\u201d`,
    representative: 'representative',
    notRepresentative: 'not representative',
  },
};

function present(text: string | null | undefined): string | null {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  return trimmed === '' ? null : trimmed;
}

/** A sample size is a count of people; anything else is treated as unknown. */
export function validSampleSize(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null;
}

/** The study date as readers see it, to the precision it is known with; null if unknown. */
export function studyDateDisplay(
  study: Pick<CitableStudy, 'publishedOn' | 'publishedOnPrecision'>,
  locale: EditorialLocale,
  timeZone: string = DEFAULT_TIME_ZONE,
): string | null {
  const publishedOn = present(study.publishedOn);
  if (!publishedOn || !toDate(publishedOn)) return null;
  return formatStudyDate(publishedOn, study.publishedOnPrecision ?? 'day', resolveLocale(locale), timeZone);
}

/**
 * Source line for a cited study, e.g.
 * `Quelle: Agentur X, „Titel“ (Februar 2014, n = 102, nicht repräsentativ)`.
 * Unknown parts are left out rather than shown as blanks.
 */
export function citationText(study: CitableStudy, locale: EditorialLocale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const lang = resolveLocale(locale);
  const words = WORDING[lang];
  const details: string[] = [];

  const date = studyDateDisplay(study, lang, timeZone) ?? present(study.fieldworkPeriod);
  if (date) details.push(date);
  const sampleSize = validSampleSize(study.sampleSize);
  if (sampleSize !== null) details.push(`n = ${numberFormat(lang).format(sampleSize)}`);
  if (study.representative === true) details.push(words.representative);
  if (study.representative === false) details.push(words.notRepresentative);

  const publisher = present(study.publisher);
  const title = words.quote(present(study.title) ?? '');
  const origin = publisher ? `${publisher}, ${title}` : title;
  return `${words.source} ${origin}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

export interface StudyWarningInput {
  outdated: boolean;
  supersededBy: { title: string } | null;
  publishedOnDisplay: string | null;
  /** Picks the preposition: a day reads "vom 4. März", a month or year "aus Februar". */
  publishedOnPrecision?: DatePrecision | null;
}

/** Tells readers when cited figures are old or a newer edition exists; null otherwise. */
export function studyWarning(input: StudyWarningInput, locale: EditorialLocale): string | null {
  const lang = resolveLocale(locale);
  const sentences: string[] = [];
  const byDay = input.publishedOnPrecision === 'day';

  if (input.outdated) {
    const date = present(input.publishedOnDisplay);
    if (lang === 'de') {
      sentences.push(
        date
          ? `Diese Daten stammen ${byDay ? 'vom' : 'aus'} ${date} und sind möglicherweise veraltet.`
          : 'Diese Daten sind möglicherweise veraltet.',
      );
    } else {
      sentences.push(date ? `This data is from ${date} and may be outdated.` : 'This data may be outdated.');
    }
  }

  const newer = input.supersededBy ? present(input.supersededBy.title) : null;
  if (newer) {
    sentences.push(
      lang === 'de'
        ? `Es gibt eine neuere Ausgabe dieser Studie: ${WORDING.de.quote(newer)}.`
        : `A newer edition of this study is available: ${WORDING.en.quote(newer)}.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}

const METHOD_WORDING: Record<EditorialLocale, { fielded: (when: string) => string; published: (when: string) => string }> = {
  de: { fielded: (when) => `befragt ${when}`, published: (when) => `veröffentlicht ${when}` },
  en: { fielded: (when) => `fielded ${when}`, published: (when) => `published ${when}` },
};

/**
 * A study's method in one line for its reader page, e.g.
 * `Demo-Agentur · befragt Februar 2014 · n = 102 · nicht repräsentativ`: who, when it was
 * fielded (else published), how many, representative or not. Unknown parts are left out.
 */
export function methodLine(study: CitableStudy, locale: EditorialLocale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const lang = resolveLocale(locale);
  const words = WORDING[lang];
  const parts: string[] = [];
  const publisher = present(study.publisher);
  if (publisher) parts.push(publisher);
  const fielded = present(study.fieldworkPeriod);
  const published = studyDateDisplay(study, lang, timeZone);
  if (fielded) parts.push(METHOD_WORDING[lang].fielded(fielded));
  else if (published) parts.push(METHOD_WORDING[lang].published(published));
  const sampleSize = validSampleSize(study.sampleSize);
  if (sampleSize !== null) parts.push(`n = ${numberFormat(lang).format(sampleSize)}`);
  if (study.representative === true) parts.push(words.representative);
  if (study.representative === false) parts.push(words.notRepresentative);
  return parts.join(' · ');
}
