/**
 * What editors are told about: an entry that is outdated (readers see the banner) or due
 * soon (the banner appears within DUE_SOON_DAYS). Pure; the overview's "bald fällig" filter,
 * the webhook events and the digest all use this one definition.
 */
import { DAY_MS } from '../../../shared/calendar';
import type { FreshnessResult } from './rules';

/** Entries whose banner appears within this many days are "due soon". */
export const DUE_SOON_DAYS = 90;

export type StaleKind = 'outdated' | 'due-soon';

export function isDueSoon(result: Pick<FreshnessResult, 'state' | 'outdatedAt'>, now: Date): boolean {
  return result.state === 'fresh' && result.outdatedAt !== null && result.outdatedAt.getTime() <= now.getTime() + DUE_SOON_DAYS * DAY_MS;
}

/** 'outdated', 'due-soon', or null for everything else (fresh, evergreen, archived, undated). */
export function staleKind(result: Pick<FreshnessResult, 'state' | 'outdatedAt'>, now: Date): StaleKind | null {
  if (result.state === 'outdated' && result.outdatedAt) return 'outdated';
  return isDueSoon(result, now) ? 'due-soon' : null;
}
