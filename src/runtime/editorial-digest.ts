/**
 * The editorial plugin's e-mail digest as a scheduled job of the app: when it runs (one
 * rule for `config/cron-tasks.ts` and the plugin's config, which derives the digest
 * period from it) and the run itself, once across instances (database lease).
 */
import type { Core } from '@strapi/strapi';
import { runOnce } from './lease';

export const DIGEST_DEFAULT_CRON = '0 7 * * 1';
const LEASE_MS = 15 * 60_000;

/** Mondays at 07:00 in the blog's time zone unless `EDITORIAL_DIGEST_CRON` says otherwise. */
export function digestSchedule(env: Record<string, string | undefined>): { rule: string; tz: string } {
  return {
    rule: (env.EDITORIAL_DIGEST_CRON ?? '').trim() || DIGEST_DEFAULT_CRON,
    tz: (env.EDITORIAL_TIME_ZONE ?? '').trim() || 'Europe/Berlin',
  };
}

/** Sends the digest unless another instance is at it; nothing when the plugin is disabled. */
export async function runEditorialDigest(strapi: Core.Strapi): Promise<void> {
  // EDITORIAL_ENABLED=false: the plugin is not loaded at all.
  const plugin = strapi.plugin('editorial') as Core.Plugin | undefined;
  if (!plugin) return;
  try {
    const { ran, result } = await runOnce(strapi, 'editorial-digest', LEASE_MS, () => plugin.service('digest').send(new Date()));
    if (ran) strapi.log.info(`[editorial] e-mail digest: ${JSON.stringify(result)}`);
  } catch (error) {
    // A database or provider failure: logged; digests not recorded as sent go out on the next run.
    strapi.log.error(`[editorial] e-mail digest failed: ${(error as Error).message}`);
  }
}
