/**
 * Keeps the database's planner statistics current (`ANALYZE`), so it answers the
 * component joins of an article list through the `entity_id` index instead of scanning
 * the join table (see docs/performance.md). Runs after the demo import and nightly; with
 * several instances, once: whoever takes the lease does it, the others skip.
 */
import type { Core } from '@strapi/strapi';
import { runOnce } from './lease';
import { tuningEnabled } from './tuning-switch';

const LEASE_MS = 10 * 60_000;

export async function analyzeDatabase(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const client = String((strapi.db as any).config?.connection?.client ?? 'sqlite');
  if (client === 'mysql') {
    const [rows] = await knex.raw('SHOW TABLES');
    const tables = (rows as Array<Record<string, string>>).map((row) => Object.values(row)[0]);
    for (let i = 0; i < tables.length; i += 50) {
      await knex.raw(
        `ANALYZE TABLE ${tables
          .slice(i, i + 50)
          .map(() => '??')
          .join(', ')}`,
        tables.slice(i, i + 50),
      );
    }
  } else {
    await knex.raw('ANALYZE');
  }
}

/** Returns whether this instance did it (false: another instance holds the lease). */
export async function refreshPlannerStatistics(strapi: Core.Strapi): Promise<boolean> {
  if (!tuningEnabled('statistics')) return false;
  const started = Date.now();
  const { ran } = await runOnce(strapi, 'planner-statistics', LEASE_MS, () => analyzeDatabase(strapi));
  if (ran) strapi.log.info(`[planner] database statistics refreshed in ${Date.now() - started} ms`);
  return ran;
}
