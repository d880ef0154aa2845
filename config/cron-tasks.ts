import type { Core } from '@strapi/strapi';
import { refreshPlannerStatistics } from '../src/runtime/planner-statistics';
import { digestSchedule, runEditorialDigest } from '../src/runtime/editorial-digest';
import { runOnce } from '../src/runtime/lease';

/**
 * Scheduled jobs. Each takes a database lease, so with several instances it runs once,
 * not once per instance (src/runtime/lease.ts).
 */
export default {
  refreshPlannerStatistics: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await refreshPlannerStatistics(strapi);
    },
    options: { rule: process.env.PLANNER_STATISTICS_CRON || '17 3 * * *', tz: 'Europe/Berlin' },
  },
  // The editorial plugin's e-mail digest (EDITORIAL_DIGEST_CRON; nothing when the plugin is disabled).
  editorialDigest: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runEditorialDigest(strapi);
    },
    options: digestSchedule(process.env),
  },
  // Webhook events for articles that became outdated or due soon (docs/editorial-plugin.md#freshness-events).
  // Absent with EDITORIAL_ENABLED=false.
  editorialFreshnessEvents: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const events = strapi.plugin('editorial')?.service('freshness-events');
      if (!events) return;
      try {
        await runOnce(strapi, 'editorial-freshness-events', 10 * 60_000, () => events.scan());
      } catch (error) {
        strapi.log.error(`[editorial] freshness events scan failed: ${(error as Error).message}`);
      }
    },
    options: { rule: process.env.EDITORIAL_EVENTS_CRON || '7 * * * *', tz: 'Europe/Berlin' },
  },
};
