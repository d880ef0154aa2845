/**
 * The plugin's scheduled jobs, scheduled by the plugin itself (in `bootstrap`), so an app
 * that installs it gets them: the weekly e-mail digest (`digest.cron`) and the scan for
 * articles that became outdated or due soon (`jobs.freshnessEventsCron`, webhook events).
 * Each runs under the lease the app hands in (`jobs.runOnce`), so with several instances
 * it runs once. Nothing is scheduled when the app turned cron off (`server.cron.enabled`):
 * Strapi starts every job added to its scheduler, whatever that setting says.
 */
import type { Core } from '@strapi/strapi';
import type { EditorialConfig, RunOnce } from '../config/types';
import { getService } from '../get-service';

const DIGEST_LEASE_MS = 15 * 60_000;
const EVENTS_LEASE_MS = 10 * 60_000;

/** Without a lease from the app, every instance runs the job itself. */
const runHere: RunOnce = async (_strapi, _name, _ttlMs, work) => ({ ran: true, result: await work() });

/** Adds the jobs to Strapi's scheduler; false when cron is off. */
export function scheduleJobs(strapi: Core.Strapi, config: EditorialConfig): boolean {
  if (!strapi.config.get('server.cron.enabled', true)) return false;
  const once = config.jobs.runOnce ?? runHere;
  strapi.cron.add({
    editorialDigest: {
      task: async () => {
        try {
          const { ran, result } = await once(strapi, 'editorial-digest', DIGEST_LEASE_MS, () =>
            getService(strapi, 'digest').send(new Date()),
          );
          if (ran) strapi.log.info(`[editorial] e-mail digest: ${JSON.stringify(result)}`);
        } catch (error) {
          // A database or provider failure: logged; digests not recorded as sent go out on the next run.
          strapi.log.error(`[editorial] e-mail digest failed: ${(error as Error).message}`);
        }
      },
      options: { rule: config.digest.cron, tz: config.timeZone },
    },
    editorialFreshnessEvents: {
      task: async () => {
        try {
          await once(strapi, 'editorial-freshness-events', EVENTS_LEASE_MS, () => getService(strapi, 'freshness-events').scan());
        } catch (error) {
          strapi.log.error(`[editorial] freshness events scan failed: ${(error as Error).message}`);
        }
      },
      options: { rule: config.jobs.freshnessEventsCron, tz: config.timeZone },
    },
  });
  return true;
}
