/**
 * The plugin's own tables (content version, reviews, sent notifications) are plain tables,
 * not content types: nothing of them belongs in the Content API or the content manager,
 * and writing them must not raise the content version. Several instances may start at
 * once, so creating one tolerates another instance having just created it.
 */
import type { Knex } from 'knex';

export async function ensureTable(knex: Knex, name: string, build: (table: Knex.CreateTableBuilder) => void): Promise<void> {
  if (await knex.schema.hasTable(name)) return;
  try {
    await knex.schema.createTable(name, build);
  } catch (error) {
    if (!(await knex.schema.hasTable(name))) throw error;
  }
}
