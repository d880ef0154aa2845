/**
 * The digest's period, from its schedule: the latest time the cron rule fired is the
 * period's start (its key), the firing before it the previous period's start. Every run
 * within one period, on any instance, agrees on the key, which is what makes "one digest
 * per user and period" hold across restarts and instances. Pure (croner only computes).
 */
import { Cron } from 'croner';
import type { DigestConfig } from '../config/types';

/** A run that starts a little before its scheduled minute (clock skew) still belongs to that period. */
const EARLY_START_MS = 60_000;

export interface DigestPeriod {
  /** The period's start as an ISO instant: the key of the once-per-period record. */
  key: string;
  start: Date;
  /** The start of the period before (what "since the previous digest" means for a first digest). */
  previousStart: Date;
}

/** Why a cron rule cannot be used, or null. */
export function cronRuleProblem(rule: unknown): string | null {
  if (typeof rule !== 'string' || rule.trim() === '') return 'must be a cron rule such as "0 7 * * 1" (Mondays 07:00)';
  try {
    const cron = new Cron(rule, { paused: true });
    if (!cron.nextRun(new Date())) return `never fires (got ${JSON.stringify(rule)})`;
    return null;
  } catch (error) {
    return `must be a cron rule such as "0 7 * * 1" (Mondays 07:00), got ${JSON.stringify(rule)}: ${(error as Error).message}`;
  }
}

export function digestPeriod(rule: string, timeZone: string, now: Date): DigestPeriod {
  const cron = new Cron(rule, { paused: true, timezone: timeZone });
  const [start, previousStart] = cron.previousRuns(2, new Date(now.getTime() + EARLY_START_MS));
  if (!start) throw new Error(`The digest rule ${JSON.stringify(rule)} has not fired before ${now.toISOString()}`);
  // A rule that fired only once so far: the previous period reaches back as far as this one is long (at most a week).
  const before = previousStart ?? new Date(start.getTime() - 7 * 24 * 3600_000);
  return { key: start.toISOString(), start, previousStart: before };
}

/** Checks of the plugin config's `digest` (startup). */
export function digestConfigProblems(input: unknown): { key: string; message: string }[] {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return [{ key: 'digest', message: 'must be an object { mailConfigured, offReason, cron, includeEditorsWithoutArticles }' }];
  }
  const digest = input as Partial<Record<keyof DigestConfig, unknown>>;
  const problems: { key: string; message: string }[] = [];
  for (const key of ['mailConfigured', 'includeEditorsWithoutArticles'] as const) {
    if (typeof digest[key] !== 'boolean') {
      problems.push({ key: `digest.${key}`, message: `must be true or false (got ${JSON.stringify(digest[key])})` });
    }
  }
  if (typeof digest.offReason !== 'string') problems.push({ key: 'digest.offReason', message: 'must be a text' });
  const cronProblem = cronRuleProblem(digest.cron);
  if (cronProblem) problems.push({ key: 'digest.cron', message: `${cronProblem} (EDITORIAL_DIGEST_CRON)` });
  return problems;
}
