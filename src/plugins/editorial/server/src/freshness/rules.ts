import type { FreshnessMode } from '../../../shared/contracts';
import { addMonths, toDate, wholeYearsBetween } from '../../../shared/calendar';

export { THRESHOLD_MONTHS_RANGE } from '../../../shared/limits';

export type DateInput = string | Date | null | undefined;

export type FreshnessState = 'fresh' | 'outdated' | 'evergreen' | 'archived' | 'undated';

export interface FreshnessInput {
  freshness: FreshnessMode | null | undefined;
  originallyPublishedAt: DateInput;
  firstPublishedAt: DateInput;
  lastReviewedAt: DateInput;
  thresholdMonths: number;
}

export interface FreshnessResult {
  state: FreshnessState;
  referenceDate: Date | null;
  outdatedAt: Date | null;
  ageYears: number;
  bannerKind: 'outdated' | 'archived' | null;
}

/** Month arithmetic needs whole months; zero or negative would flag everything at once. */
export function isValidThresholdMonths(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * The most specific setting wins: article, then category, then the plugin config.
 * Unset or nonsensical overrides are skipped rather than rejected, because they come
 * from optional editor fields.
 */
export function resolveThresholdMonths(settings: { article?: number | null; category?: number | null; global: number }): number {
  for (const candidate of [settings.article, settings.category]) {
    if (isValidThresholdMonths(candidate)) return candidate;
  }
  if (!isValidThresholdMonths(settings.global)) {
    // The global value is plugin config, so a bad value is a deployment error worth surfacing.
    throw new RangeError(`editorial: global threshold must be a positive whole number of months, got ${String(settings.global)}`);
  }
  return settings.global;
}

/**
 * The date an article's age is counted from. Imported posts keep their original date
 * (Strapi's own publish date would be the import day); a later review restarts the clock.
 */
export function referenceDate(dates: {
  originallyPublishedAt: DateInput;
  firstPublishedAt: DateInput;
  lastReviewedAt: DateInput;
}): Date | null {
  const published = toDate(dates.originallyPublishedAt) ?? toDate(dates.firstPublishedAt);
  const reviewed = toDate(dates.lastReviewedAt);
  if (published && reviewed) return reviewed.getTime() > published.getTime() ? reviewed : published;
  return published ?? reviewed;
}

function normaliseMode(mode: FreshnessMode | null | undefined): FreshnessMode {
  // Unknown values (e.g. from an older schema) behave like the default rather than hiding banners.
  return mode === 'evergreen' || mode === 'archived' ? mode : 'auto';
}

export function computeFreshness(input: FreshnessInput, now: Date): FreshnessResult {
  if (!isValidThresholdMonths(input.thresholdMonths)) {
    throw new RangeError(`thresholdMonths must be a positive integer, got ${String(input.thresholdMonths)}`);
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new TypeError('now must be a valid Date');
  }
  const mode = normaliseMode(input.freshness);
  const reference = referenceDate(input);
  const ageYears = reference ? wholeYearsBetween(reference, now) : 0;

  if (mode === 'evergreen') {
    return { state: 'evergreen', referenceDate: reference, outdatedAt: null, ageYears, bannerKind: null };
  }

  const outdatedAt = reference ? addMonths(reference, input.thresholdMonths) : null;

  if (mode === 'archived') {
    return { state: 'archived', referenceDate: reference, outdatedAt, ageYears, bannerKind: 'archived' };
  }
  if (!reference || !outdatedAt) {
    return { state: 'undated', referenceDate: null, outdatedAt: null, ageYears: 0, bannerKind: null };
  }
  const outdated = now.getTime() >= outdatedAt.getTime();
  return {
    state: outdated ? 'outdated' : 'fresh',
    referenceDate: reference,
    outdatedAt,
    ageYears,
    bannerKind: outdated ? 'outdated' : null,
  };
}

/** Survey data ages like articles do; an undated study is not flagged since we cannot tell. */
export function isStudyOutdated(publishedOn: Date | null, thresholdMonths: number, now: Date): boolean {
  if (!publishedOn || Number.isNaN(publishedOn.getTime())) return false;
  if (!isValidThresholdMonths(thresholdMonths)) {
    throw new RangeError(`thresholdMonths must be a positive integer, got ${String(thresholdMonths)}`);
  }
  return now.getTime() >= addMonths(publishedOn, thresholdMonths).getTime();
}
