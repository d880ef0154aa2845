/**
 * What this project changes against a stock Strapi to serve the article API faster, all
 * switched off together with `PERF_TUNING=off` (the benchmark's "stock" variant), or
 * chosen one by one (`PERF_TUNING=indexes,statistics,quiet-log`, see tuning-switch.ts):
 * - an index on each component join table by (field, entity_id): an article list asks for
 *   `entity_id IN (…) AND field = 'blocks'`, and without it SQLite's planner, lacking
 *   statistics, walks the `field` index over the whole table;
 * - planner statistics (`ANALYZE`) when a SQLite database has none yet (and nightly, see
 *   config/cron-tasks.ts);
 * - no per-request log line in production (config/middlewares.ts, config/logger.ts).
 * Each is measured on its own in docs/performance.md.
 */
import type { Core } from '@strapi/strapi';
import { analyzeDatabase } from './planner-statistics';
import { enabledTunings, TUNINGS } from './tuning-switch';

interface MorphJoinTable {
  table: string;
  entityColumn: string;
}

/** The dynamic-zone/component join tables of every content type and component. */
export function componentJoinTables(strapi: Core.Strapi): MorphJoinTable[] {
  const found = new Map<string, MorphJoinTable>();
  const metadata = strapi.db.metadata as unknown as Map<string, any>;
  for (const meta of metadata.values()) {
    for (const attribute of Object.values<any>(meta.attributes ?? {})) {
      const join = attribute?.joinTable;
      if (join?.morphColumn && join.on?.field && join.joinColumn?.name) {
        found.set(join.name, { table: join.name, entityColumn: join.joinColumn.name });
      }
    }
  }
  return [...found.values()];
}

export function indexName(table: string): string {
  // Identifiers stay under PostgreSQL's and MySQL's 63/64-character limits.
  const name = `${table}_fld_ent_idx`;
  return name.length <= 60 ? name : `${table.slice(0, 40)}_${Buffer.from(table).toString('hex').slice(-8)}_fe_idx`;
}

async function indexExists(knex: any, client: string, table: string, name: string): Promise<boolean> {
  if (client === 'mysql') {
    const [rows] = await knex.raw(
      'SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND index_name = ? LIMIT 1',
      [table, name],
    );
    return (rows as unknown[]).length > 0;
  }
  if (client === 'postgres') {
    const { rows } = await knex.raw('SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ? LIMIT 1', [name]);
    return rows.length > 0;
  }
  const rows = await knex.raw("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ? LIMIT 1", [name]);
  return rows.length > 0;
}

interface WantedIndex {
  table: string;
  columns: string[];
  name: string;
}

/**
 * The indexes the article API needs: (field, entity_id) on each component join table, and
 * the readers' sort key (newest first by the original date), so a page of 25 is read in
 * index order instead of sorting every article per request.
 */
export function wantedIndexes(strapi: Core.Strapi): WantedIndex[] {
  const wanted: WantedIndex[] = componentJoinTables(strapi).map(({ table, entityColumn }) => ({
    table,
    columns: ['field', entityColumn],
    name: indexName(table),
  }));
  const article = strapi.db.metadata.get('api::article.article' as any) as any;
  const sortColumn = article?.attributes?.originallyPublishedAt?.columnName;
  if (sortColumn) wanted.push({ table: article.tableName, columns: [sortColumn], name: `${article.tableName}_orig_pub_idx` });
  return wanted;
}

/** Creates the missing indexes; returns how many it created. */
export async function ensureComponentJoinIndexes(strapi: Core.Strapi): Promise<number> {
  const knex = strapi.db.connection;
  const client = String((strapi.db as any).config?.connection?.client ?? 'sqlite');
  let created = 0;
  for (const { table, columns, name } of wantedIndexes(strapi)) {
    if (!(await knex.schema.hasTable(table))) continue;
    if (await indexExists(knex, client, table, name)) continue;
    try {
      await knex.schema.alterTable(table, (t: any) => t.index(columns, name));
      created += 1;
    } catch (error) {
      // Another instance created it at the same moment.
      if (!(await indexExists(knex, client, table, name))) throw error;
    }
  }
  return created;
}

async function sqliteHasStatistics(knex: any): Promise<boolean> {
  const rows = await knex.raw("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1' LIMIT 1");
  return rows.length > 0;
}

/** Startup part of the tuning (bootstrap): indexes, and statistics for a SQLite file that has none. */
export async function applyPerformanceTuning(strapi: Core.Strapi): Promise<void> {
  const tunings = enabledTunings();
  if (tunings.size < TUNINGS.length) {
    strapi.log.info(`[tuning] PERF_TUNING: ${tunings.size === 0 ? 'off, stock behaviour' : `only ${[...tunings].join(', ')}`}`);
  }
  const created = tunings.has('indexes') ? await ensureComponentJoinIndexes(strapi) : 0;
  const client = String((strapi.db as any).config?.connection?.client ?? 'sqlite');
  let analyzed = false;
  if (tunings.has('statistics') && client === 'sqlite' && (created > 0 || !(await sqliteHasStatistics(strapi.db.connection)))) {
    await analyzeDatabase(strapi);
    analyzed = true;
  }
  if (created > 0 || analyzed) strapi.log.info(`[tuning] ${created} index(es) created${analyzed ? ', planner statistics refreshed' : ''}`);
}
