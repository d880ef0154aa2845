import type { Core } from '@strapi/strapi';
import { refreshPlannerStatistics } from '../src/runtime/planner-statistics';

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
};
