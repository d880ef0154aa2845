'use strict';

/**
 * Maps the study-stat block's old `display` values to the chart forms that replaced them:
 * `list` → `auto` (the plugin picks the chart), `highlight` and `cards` (big numbers) →
 * `tiles`. Strapi stores enumerations as plain strings on every engine, so an UPDATE per
 * value is all it takes; running it again changes nothing. Plain knex: SQLite, PostgreSQL
 * and MySQL/MariaDB.
 */
const TABLE = 'components_blocks_study_stat';
const COLUMN = 'display';
const MAPPING = { list: 'auto', highlight: 'tiles', cards: 'tiles' };

async function up(knex) {
  if (!(await knex.schema.hasTable(TABLE)) || !(await knex.schema.hasColumn(TABLE, COLUMN))) return;
  let changed = 0;
  for (const [from, to] of Object.entries(MAPPING)) {
    changed += await knex(TABLE)
      .where(COLUMN, from)
      .update({ [COLUMN]: to });
  }
  // eslint-disable-next-line no-console
  console.log(`[migration] study-stat display: ${changed} block(s) moved to the chart forms`);
}

async function down(knex) {
  // `tiles` was either `highlight` or `cards`; both looked alike, so `highlight` stands for both.
  if (!(await knex.schema.hasTable(TABLE)) || !(await knex.schema.hasColumn(TABLE, COLUMN))) return;
  await knex(TABLE)
    .where(COLUMN, 'auto')
    .update({ [COLUMN]: 'list' });
  await knex(TABLE)
    .where(COLUMN, 'tiles')
    .update({ [COLUMN]: 'highlight' });
  await knex(TABLE)
    .whereIn(COLUMN, ['bars', 'pictogram', 'compare'])
    .update({ [COLUMN]: 'list' });
}

module.exports = { up, down };
