/**
 * When the editorial plugin's e-mail digest goes out: one rule from the environment for the
 * plugin's config, which schedules the job itself and derives the digest period from it.
 */
export const DIGEST_DEFAULT_CRON = '0 7 * * 1';

/** Mondays at 07:00 in the blog's time zone unless `EDITORIAL_DIGEST_CRON` says otherwise. */
export function digestSchedule(env: Record<string, string | undefined>): { rule: string; tz: string } {
  return {
    rule: (env.EDITORIAL_DIGEST_CRON ?? '').trim() || DIGEST_DEFAULT_CRON,
    tz: (env.EDITORIAL_TIME_ZONE ?? '').trim() || 'Europe/Berlin',
  };
}
