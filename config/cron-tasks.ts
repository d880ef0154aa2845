import type { Core } from '@strapi/strapi';
import { refreshPlannerStatistics } from '../src/runtime/planner-statistics';

/**
 * The app's scheduled jobs. Each takes a database lease, so with several instances it runs
 * once, not once per instance (src/runtime/lease.ts). The editorial plugin schedules its own
 * (digest, freshness events) in its bootstrap, with this lease handed in (config/plugins.ts).
 */
export default {
  refreshPlannerStatistics: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await refreshPlannerStatistics(strapi);
    },
    options: { rule: process.env.PLANNER_STATISTICS_CRON || '17 3 * * *', tz: 'Europe/Berlin' },
  },
};
