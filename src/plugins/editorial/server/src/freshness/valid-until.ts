/**
 * How long what enrichment computed stays true without any write: the next moment a banner
 * appears or changes its wording, or a cited study gets old. Answers and reused results
 * live until then (epoch ms; null: until the next write). Pure.
 */
import { addMonths, DAY_MS, HOUR_MS, toDate } from '../../../shared/calendar';
import type { FreshnessResult } from './rules';

/** The earlier of `until` and `candidate`, counting only moments after `now`. */
export function earliestAfter(now: number, until: number | null, candidate: Date | number | null): number | null {
  const t = candidate instanceof Date ? candidate.getTime() : candidate;
  if (t === null || t <= now) return until;
  return until === null || t < until ? t : until;
}

/**
 * An entry's banner info: it changes when the banner appears (`outdatedAt`) and, once
 * shown, on each anniversary, since the banner names the age in years. Counted a day early
 * so no time zone makes the answer's lifetime too long; within that last day, an hour.
 */
export function infoValidUntil(
  result: Pick<FreshnessResult, 'outdatedAt' | 'referenceDate' | 'ageYears'>,
  showsBanner: boolean,
  now: number,
): number | null {
  let until = earliestAfter(now, null, result.outdatedAt);
  if (showsBanner && result.referenceDate) {
    const early = addMonths(result.referenceDate, 12 * (result.ageYears + 1)).getTime() - DAY_MS;
    until = earliestAfter(now, until, early > now ? early : now + HOUR_MS);
  }
  return until;
}

/** A stat block: it changes when one of its cited studies passes the study threshold. */
export function blockValidUntil(
  studyDates: ReadonlyArray<string | Date | null | undefined>,
  studyOutdatedAfterMonths: number,
  now: number,
): number | null {
  let until: number | null = null;
  for (const value of studyDates) {
    const publishedOn = toDate(value ?? null);
    if (publishedOn) until = earliestAfter(now, until, addMonths(publishedOn, studyOutdatedAfterMonths));
  }
  return until;
}
