/**
 * What the editors' freshness overview offers, defined once for the server (the query check,
 * freshness/validation.ts) and the admin page (its buttons, in this order).
 */
import type { OverviewFilter, OverviewSort } from './contracts';

export const OVERVIEW_FILTERS = [
  'all',
  'outdated',
  'dueSoon',
  'citesOldData',
  'evergreen',
  'archived',
  'fresh',
] as const satisfies readonly OverviewFilter[];
export const OVERVIEW_SORTS = ['outdatedAt', 'referenceDate', 'title', 'oldestStudyOn'] as const satisfies readonly OverviewSort[];
export const OVERVIEW_PAGE_SIZE = { default: 25, max: 100 } as const;
/** Whose entries the overview lists: everyone's, or the signed-in editor's ("Meine Artikel"). */
export const OVERVIEW_OWNERS = ['all', 'me'] as const;
export type OverviewOwner = (typeof OVERVIEW_OWNERS)[number];
