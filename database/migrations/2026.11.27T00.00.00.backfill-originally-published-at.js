'use strict';

/**
 * Backfills `originallyPublishedAt` for articles that lack it (imported or published
 * before the write rule existed) from their first publication: the earliest published
 * version Strapi's history kept, else the published version's `published_at`. Applies the
 * date to the draft and the published row of each document and locale alike. Only empty
 * values are written, so running it again changes nothing. Plain knex: SQLite,
 * PostgreSQL and MySQL/MariaDB.
 */
const ARTICLES = 'articles';
const HISTORY = 'strapi_history_versions';
const ARTICLE_UID = 'api::article.article';

async function up(knex) {
  if (!(await knex.schema.hasTable(ARTICLES)) || !(await knex.schema.hasColumn(ARTICLES, 'originally_published_at'))) return;
  const hasLocale = await knex.schema.hasColumn(ARTICLES, 'locale');

  // Documents (per locale) with a published version and an empty date on any of their rows.
  const missing = await knex(ARTICLES)
    .whereNull('originally_published_at')
    .whereIn('document_id', knex(ARTICLES).select('document_id').whereNotNull('published_at'))
    .distinct(hasLocale ? ['document_id', 'locale'] : ['document_id']);
  if (missing.length === 0) return;

  const history = (await knex.schema.hasTable(HISTORY)) && (await knex.schema.hasColumn(HISTORY, 'related_document_id'));
  let filled = 0;
  for (const row of missing) {
    const sameVersion = (query) => {
      query.where('document_id', row.document_id);
      if (hasLocale) {
        if (row.locale === null) query.whereNull('locale');
        else query.where('locale', row.locale);
      }
      return query;
    };
    const published = await sameVersion(knex(ARTICLES).whereNotNull('published_at')).min({ first: 'published_at' }).first();
    let first = published && published.first ? new Date(published.first) : null;
    if (history) {
      const earliest = await knex(HISTORY)
        .where({ related_document_id: row.document_id, content_type: ARTICLE_UID, status: 'published' })
        .modify((query) => {
          if (hasLocale && row.locale !== null) query.where('locale', row.locale);
        })
        .min({ first: 'created_at' })
        .first();
      if (earliest && earliest.first) {
        const date = new Date(earliest.first);
        if (!first || date < first) first = date;
      }
    }
    if (!first || Number.isNaN(first.getTime())) continue;
    filled += await sameVersion(knex(ARTICLES).whereNull('originally_published_at')).update({ originally_published_at: first });
  }
  // eslint-disable-next-line no-console
  console.log(`[migration] originallyPublishedAt backfilled on ${filled} article row(s)`);
}

async function down() {
  // A backfilled date cannot be told from one an editor set; nothing to undo.
}

module.exports = { up, down };
