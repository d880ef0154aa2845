import type {
  EditorialLocale,
  RenderedCitation,
  RenderedEditionFigure,
  RenderedChart,
  RenderedFigure,
  RenderedStatBlock,
  RenderedStudy,
  StatQualifier,
  StatUnit,
} from '../../../shared/contracts';
import { toDate } from '../../../shared/calendar';
import { citationText, studyDateDisplay, studyWarning, validSampleSize } from './citation';
import { isStudyOutdated } from '../freshness/rules';
import { renderStatBlockHtml, safeHttpUrl } from '../domain/html';
import { drawStatChart } from './stat-chart';
import { DEFAULT_TIME_ZONE, resolveLocale } from '../../../shared/locale';
import { formatFigure, InvalidFigureError } from './stat-format';
import type { DatePrecision } from '../../../shared/study-date';

/** A study as loaded from the database (relation populated). */
export interface StudyInput {
  id?: number | string | null;
  documentId?: string | null;
  title: string;
  slug?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
  publishedOnPrecision?: DatePrecision | null;
  sampleSize?: number | string | null;
  representative?: boolean | null;
  fieldworkPeriod?: string | null;
  sourceUrl?: string | null;
  supersededBy?: { title: string; slug?: string | null } | null;
}

/** A statistic of another edition (relation `continues`), with the study it comes from. */
export interface EditionStatisticInput {
  label: string | null;
  value: number | string;
  unit: StatUnit;
  base?: number | string | null;
  qualifier?: StatQualifier | null;
  study: Pick<StudyInput, 'title' | 'slug' | 'publishedOn'> | null;
}

/** A statistic as loaded from the database; decimal columns may arrive as strings. */
export interface StatisticInput {
  label: string | null;
  value: number | string;
  unit: StatUnit;
  base?: number | string | null;
  qualifier?: StatQualifier | null;
  note?: string | null;
  study: StudyInput | null;
  /** The statistic this one continues, in an earlier edition. */
  earlier?: EditionStatisticInput | null;
  /** The newest statistic continuing this one, in a later edition. */
  newer?: EditionStatisticInput | null;
}

export interface StatBlockInput {
  heading?: string | null;
  /** The editor's choice of chart (`auto`, `bars`, `tiles`, `pictogram`, `compare`). */
  display?: string | null;
  statistics: StatisticInput[];
}

export interface StatBlockOptions {
  locale: EditorialLocale;
  timeZone?: string;
  studyOutdatedAfterMonths: number;
  now: Date;
}

function present(text: string | null | undefined): string | null {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Number() alone would turn '' and null into 0 and silently show a made-up figure,
 * so only real numbers and non-empty numeric strings are accepted.
 */
function toNumber(raw: unknown, field: string, label: string): number {
  const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new InvalidFigureError(
      `Invalid statistic "${label}": ${field} must be a finite number, got ${JSON.stringify(raw) ?? String(raw)}`,
    );
  }
  return number;
}

function toOptionalNumber(raw: unknown, field: string, label: string): number | null {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
  return toNumber(raw, field, label);
}

/** Same study cited by several statistics is listed once; identity prefers stable ids. */
function studyKey(study: StudyInput): string {
  if (present(study.documentId ?? null)) return `doc:${study.documentId}`;
  if (study.id !== null && study.id !== undefined && String(study.id) !== '') return `id:${study.id}`;
  if (present(study.slug)) return `slug:${study.slug}`;
  return `title:${study.title}`;
}

function renderStudy(study: StudyInput, options: Required<StatBlockOptions>): RenderedStudy {
  const publishedOn = present(study.publishedOn);
  const publishedOnDate = toDate(publishedOn);
  const superseded = study.supersededBy ? present(study.supersededBy.title) : null;
  return {
    title: present(study.title) ?? '',
    slug: present(study.slug),
    publisher: present(study.publisher),
    publishedOn: publishedOnDate ? publishedOn : null,
    publishedOnDisplay: studyDateDisplay(study, options.locale, options.timeZone),
    sampleSize: validSampleSize(study.sampleSize),
    representative: typeof study.representative === 'boolean' ? study.representative : null,
    outdated: isStudyOutdated(publishedOnDate, options.studyOutdatedAfterMonths, options.now),
    supersededBy: superseded && study.supersededBy ? { title: superseded, slug: present(study.supersededBy.slug) } : null,
  };
}

function renderCitation(study: StudyInput, options: Required<StatBlockOptions>): RenderedCitation {
  return {
    text: citationText({ ...study, sampleSize: validSampleSize(study.sampleSize) }, options.locale, options.timeZone),
    url: safeHttpUrl(study.sourceUrl),
  };
}

/** A study as readers see it, its source line and age warning: for a page about the study itself. */
export function renderStudySource(
  study: StudyInput,
  options: StatBlockOptions,
): { study: RenderedStudy; citation: RenderedCitation; warning: string | null } {
  const resolved: Required<StatBlockOptions> = { timeZone: DEFAULT_TIME_ZONE, ...options, locale: resolveLocale(options.locale) };
  const rendered = renderStudy(study, resolved);
  return {
    study: rendered,
    citation: renderCitation(study, resolved),
    warning: studyWarning({ ...rendered, publishedOnPrecision: study.publishedOnPrecision ?? 'day' }, resolved.locale),
  };
}

/** An edition's name: the year its study was published, else the study's title. */
export function editionName(study: Pick<StudyInput, 'title' | 'publishedOn'> | null): string {
  const year = typeof study?.publishedOn === 'string' ? /^(\d{4})-/.exec(study.publishedOn)?.[1] : undefined;
  return year ?? present(study?.title) ?? '';
}

/** Formats another edition's statistic, or null when it cannot be shown honestly (left out, not fatal). */
function renderEditionFigure(input: EditionStatisticInput | null | undefined, locale: EditorialLocale): RenderedEditionFigure | null {
  if (!input) return null;
  try {
    const label = present(input.label) ?? '';
    const value = toNumber(input.value, 'value', label);
    const base = toOptionalNumber(input.base, 'base', label);
    const qualifier = input.qualifier ?? 'exact';
    const display = formatFigure({ value, unit: input.unit, base, qualifier }, locale);
    return {
      edition: editionName(input.study),
      label,
      value,
      unit: input.unit,
      base,
      qualifier,
      display,
      study: { title: present(input.study?.title) ?? '', slug: present(input.study?.slug) },
    };
  } catch {
    return null;
  }
}

/**
 * Turns a study-stat block into what the API returns: formatted figures, the cited
 * studies with their sources, a warning for old or superseded data, and ready HTML.
 * Throws InvalidFigureError when a statistic cannot be shown honestly.
 */
export function renderStatBlock(block: StatBlockInput, options: StatBlockOptions): RenderedStatBlock {
  const resolved: Required<StatBlockOptions> = {
    locale: resolveLocale(options.locale),
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    studyOutdatedAfterMonths: options.studyOutdatedAfterMonths,
    now: options.now,
  };

  const figures: RenderedFigure[] = [];
  const cited = new Map<string, StudyInput>();

  for (const statistic of block.statistics ?? []) {
    const label = present(statistic.label) ?? '';
    const value = toNumber(statistic.value, 'value', label);
    const base = toOptionalNumber(statistic.base, 'base', label);
    const qualifier = statistic.qualifier ?? 'exact';
    let display: string;
    try {
      display = formatFigure({ value, unit: statistic.unit, base, qualifier }, resolved.locale);
    } catch (error) {
      // Name the statistic so an editor can find the bad entry.
      const reason = error instanceof Error ? error.message : String(error);
      throw new InvalidFigureError(`Statistic "${label}": ${reason}`);
    }
    figures.push({
      label,
      value,
      unit: statistic.unit,
      base,
      qualifier,
      display,
      note: present(statistic.note),
      earlier: renderEditionFigure(statistic.earlier, resolved.locale),
      newer: renderEditionFigure(statistic.newer, resolved.locale),
    });

    if (statistic.study) {
      const key = studyKey(statistic.study);
      if (!cited.has(key)) cited.set(key, statistic.study);
    }
  }

  const sources = [...cited.values()];
  const studies = sources.map((study) => renderStudy(study, resolved));
  const citations = sources.map((study) => renderCitation(study, resolved));

  const warnings: string[] = [];
  sources.forEach((source, index) => {
    const warning = studyWarning({ ...studies[index], publishedOnPrecision: source.publishedOnPrecision ?? 'day' }, resolved.locale);
    if (warning && !warnings.includes(warning)) warnings.push(warning);
  });

  const rendered: Omit<RenderedStatBlock, 'html' | 'chart'> = {
    heading: present(block.heading),
    figures,
    studies,
    citations,
    warning: warnings.length > 0 ? warnings.join(' ') : null,
  };
  const edition = editionName(sources[0] ?? null);
  // Standalone, the SVG carries its source and warning; inside the block's figure the
  // figcaption does, so that copy is drawn without them.
  const standalone = drawStatChart(rendered, block.display, resolved.locale, edition, true);
  const inFigure = drawStatChart(rendered, block.display, resolved.locale, edition, false);
  const chart: RenderedChart | null = standalone
    ? {
        kind: standalone.kind,
        summary: standalone.summary,
        svg: standalone.svg,
        ...(standalone.fallbackReason ? { fallbackReason: standalone.fallbackReason } : {}),
      }
    : null;
  return { ...rendered, chart, html: renderStatBlockHtml(rendered, resolved.locale, inFigure) };
}

/**
 * renderStatBlock for statistics written around the write rules (e.g. by SQL): one that
 * cannot be formatted must not turn every page that cites it into a 500. It is left out,
 * and the caller told how many and why.
 */
export function renderStatBlockSafely(
  input: StatBlockInput,
  options: StatBlockOptions,
): { rendered: RenderedStatBlock; leftOut: number; error: Error | null } {
  try {
    return { rendered: renderStatBlock(input, options), leftOut: 0, error: null };
  } catch (error) {
    const usable = input.statistics.filter((statistic) => {
      try {
        renderStatBlock({ heading: null, statistics: [statistic] }, options);
        return true;
      } catch {
        return false;
      }
    });
    return {
      rendered: renderStatBlock({ ...input, statistics: usable }, options),
      leftOut: input.statistics.length - usable.length,
      error: error as Error,
    };
  }
}

/** A rendered block without its markup (`html`, the chart's `svg`): what answers carry unless asked for markup. */
export function withoutMarkup(rendered: RenderedStatBlock): RenderedStatBlock {
  const { html: _html, chart, ...rest } = rendered;
  if (!chart) return { ...rest, chart: null };
  const { svg: _svg, ...leanChart } = chart;
  return { ...rest, chart: leanChart };
}
