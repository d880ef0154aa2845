/**
 * The limits editors and operators meet, written once: the server's checks, the admin's
 * settings form (which shows a mistake before it is sent) and the app's write rules and
 * field hints all read them from here.
 */

/** Thresholds editors may set, in months: the article's, the category's and the global one. */
export const THRESHOLD_MONTHS_RANGE = { min: 1, max: 240 } as const;

/** `Cache-Control: max-age` of readers' answers, in seconds: at most a year. */
export const MAX_AGE_SECONDS_RANGE = { min: 0, max: 31_536_000 } as const;
