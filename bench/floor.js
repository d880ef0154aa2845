/**
 * The floor: a minimal Koa server on better-sqlite3 reading the benchmark database and
 * answering the benchmark's requests with the JSON stock Strapi returns for them (byte for
 * byte; bench/index.js checks every kind against a pristine Strapi), computed per request with
 * plain SQL. It shows how much of a request's cost is Strapi's and how much is ours.
 *
 * Usage: node bench/floor.js <sqlite file> <port>
 */
const crypto = require('crypto');
const Koa = require('koa');
const Database = require('better-sqlite3');

const [file, portArg] = process.argv.slice(2);
const db = new Database(file, { readonly: true });
const app = new Koa();

const iso = (ms) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());
const OUTDATED_MONTHS = 24;

const listStatement = (fields) =>
  db.prepare(
    `SELECT ${fields} FROM articles WHERE published_at IS NOT NULL AND locale = ? ORDER BY originally_published_at DESC, id ASC LIMIT ? OFFSET ?`,
  );
const FULL_FIELDS =
  'id, document_id, title, slug, excerpt, originally_published_at, last_reviewed_at, freshness, outdated_after_months, meta_title, meta_description, created_at, updated_at, published_at, locale';
const listFull = listStatement(FULL_FIELDS);
const listTitle = listStatement('id, document_id, title');
const countPublished = db.prepare('SELECT COUNT(*) AS n FROM articles WHERE published_at IS NOT NULL AND locale = ?');
const blocksOf = (ids) =>
  db
    .prepare(
      `SELECT c.entity_id, c.cmp_id, c.component_type, c."order",
              t.body, s.heading, s.display
         FROM articles_cmps c
         LEFT JOIN components_blocks_rich_text t ON c.component_type = 'blocks.rich-text' AND t.id = c.cmp_id
         LEFT JOIN components_blocks_study_stat s ON c.component_type = 'blocks.study-stat' AND s.id = c.cmp_id
        WHERE c.field = 'blocks' AND c.entity_id IN (${ids.map(() => '?').join(',')})
        ORDER BY c.entity_id, c."order"`,
    )
    .all(...ids);

function articleJson(row) {
  return {
    id: row.id,
    documentId: row.document_id,
    title: row.title,
    slug: row.slug,
    excerpt: row.excerpt,
    originallyPublishedAt: iso(row.originally_published_at),
    lastReviewedAt: iso(row.last_reviewed_at),
    freshness: row.freshness,
    outdatedAfterMonths: row.outdated_after_months,
    metaTitle: row.meta_title,
    metaDescription: row.meta_description,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    publishedAt: iso(row.published_at),
    locale: row.locale,
  };
}

// Key order as Strapi writes it: id, the component's fields, then __component.
function blockJson(block) {
  if (block.component_type === 'blocks.rich-text')
    return { id: block.cmp_id, body: block.body === null ? null : JSON.parse(block.body), __component: 'blocks.rich-text' };
  return { id: block.cmp_id, heading: block.heading, display: block.display, __component: block.component_type };
}

function pagination(query, locale) {
  const page = Math.max(1, Number(query['pagination[page]'] ?? 1));
  const pageSize = Math.min(100, Math.max(1, Number(query['pagination[pageSize]'] ?? 25)));
  const total = countPublished.get(locale).n;
  return { page, pageSize, pageCount: Math.ceil(total / pageSize), total };
}

function listArticles(query) {
  const locale = query.locale ?? 'de';
  const meta = pagination(query, locale);
  const offset = (meta.page - 1) * meta.pageSize;
  if (query['fields[0]'] === 'title') {
    const rows = listTitle.all(locale, meta.pageSize, offset);
    return { data: rows.map((r) => ({ id: r.id, documentId: r.document_id, title: r.title })), meta: { pagination: meta } };
  }
  const rows = listFull.all(locale, meta.pageSize, offset);
  const blocks = rows.length ? blocksOf(rows.map((r) => r.id)) : [];
  const byEntity = new Map();
  for (const b of blocks) {
    if (!byEntity.has(b.entity_id)) byEntity.set(b.entity_id, []);
    byEntity.get(b.entity_id).push(blockJson(b));
  }
  const data = rows.map((r) => {
    const json = articleJson(r);
    if (query['populate[blocks]']) json.blocks = byEntity.get(r.id) ?? [];
    return json;
  });
  return { data, meta: { pagination: meta } };
}

const bySlug = db.prepare(`SELECT ${FULL_FIELDS} FROM articles WHERE published_at IS NOT NULL AND locale = ? AND slug = ? LIMIT 1`);
const categoryOf = db.prepare(
  'SELECT c.id, c.document_id, c.name, c.slug, c.description, c.outdated_after_months, c.created_at, c.updated_at, c.published_at, c.locale FROM articles_category_lnk l JOIN categories c ON c.id = l.category_id WHERE l.article_id = ?',
);
const relatedOf = db.prepare(
  `SELECT ${FULL_FIELDS.split(', ')
    .map((f) => `a.${f}`)
    .join(', ')} FROM articles_related_lnk l JOIN articles a ON a.id = l.inv_article_id WHERE l.article_id = ? ORDER BY l.article_ord`,
);
const statisticsOf = (blockIds) =>
  db
    .prepare(
      `SELECT l.study_stat_id, st.id, st.document_id, st.label, st.value, st.unit, st.base, st.qualifier, st.note,
              st.created_at, st.updated_at, st.published_at, st.locale,
              su.id AS study_id, su.document_id AS study_document_id, su.title AS study_title, su.slug AS study_slug, su.publisher, su.published_on,
              su.published_on_precision, su.fieldwork_period, su.sample_size, su.population, su.representative, su.methodology, su.source_url,
              su.created_at AS study_created_at, su.updated_at AS study_updated_at, su.published_at AS study_published_at, su.locale AS study_locale
         FROM components_blocks_study_stat_statistics_lnk l
         JOIN statistics st ON st.id = l.statistic_id
         LEFT JOIN statistics_study_lnk sl ON sl.statistic_id = st.id
         LEFT JOIN studies su ON su.id = sl.study_id
        WHERE l.study_stat_id IN (${blockIds.map(() => '?').join(',')}) ORDER BY l.study_stat_id, l.statistic_ord`,
    )
    .all(...blockIds);

function oneArticle(query) {
  const row = bySlug.get(query.locale ?? 'de', query['filters[slug][$eq]']);
  if (!row) return { data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } };
  const json = articleJson(row);
  const blocks = blocksOf([row.id]).map(blockJson);
  const statBlockIds = blocks.filter((b) => b.__component === 'blocks.study-stat').map((b) => b.id);
  const stats = statBlockIds.length ? statisticsOf(statBlockIds) : [];
  const studyJson = (s) => ({
    id: s.study_id,
    documentId: s.study_document_id,
    title: s.study_title,
    slug: s.study_slug,
    publisher: s.publisher,
    publishedOn: s.published_on,
    publishedOnPrecision: s.published_on_precision,
    fieldworkPeriod: s.fieldwork_period,
    sampleSize: s.sample_size,
    population: s.population,
    representative: s.representative === null ? null : Boolean(s.representative),
    methodology: s.methodology,
    sourceUrl: s.source_url,
    createdAt: iso(s.study_created_at),
    updatedAt: iso(s.study_updated_at),
    publishedAt: iso(s.study_published_at),
    locale: s.study_locale,
  });
  // Strapi's key order: a component's own fields, its relations, then `__component`.
  const ordered = blocks.map((block) => {
    if (block.__component !== 'blocks.study-stat') return block;
    const statistics = stats
      .filter((s) => s.study_stat_id === block.id)
      .map((s) => ({
        id: s.id,
        documentId: s.document_id,
        label: s.label,
        value: s.value,
        unit: s.unit,
        base: s.base,
        qualifier: s.qualifier,
        note: s.note,
        createdAt: iso(s.created_at),
        updatedAt: iso(s.updated_at),
        publishedAt: iso(s.published_at),
        locale: s.locale,
        study: s.study_id ? studyJson(s) : null,
      }));
    return { id: block.id, heading: block.heading, display: block.display, statistics, __component: block.__component };
  });
  const category = categoryOf.get(row.id);
  // …and an entry's relations in the order populated, then its dynamic zone.
  json.category = category
    ? {
        id: category.id,
        documentId: category.document_id,
        name: category.name,
        slug: category.slug,
        description: category.description,
        outdatedAfterMonths: category.outdated_after_months,
        createdAt: iso(category.created_at),
        updatedAt: iso(category.updated_at),
        publishedAt: iso(category.published_at),
        locale: category.locale,
      }
    : null;
  json.related = relatedOf.all(row.id).map(articleJson);
  json.blocks = ordered;
  return { data: [json], meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 } } };
}

// The outdated list: published, not evergreen, older than the threshold; oldest first.
const outdatedStatement = db.prepare(
  `SELECT ${FULL_FIELDS} FROM articles
    WHERE published_at IS NOT NULL AND locale = ? AND freshness <> 'evergreen'
      AND COALESCE(MAX(originally_published_at, COALESCE(last_reviewed_at, 0)), published_at) < ?
    ORDER BY COALESCE(MAX(originally_published_at, COALESCE(last_reviewed_at, 0)), published_at) ASC, id ASC LIMIT ? OFFSET ?`,
);
const outdatedCount = db.prepare(
  `SELECT COUNT(*) AS n FROM articles WHERE published_at IS NOT NULL AND locale = ? AND freshness <> 'evergreen'
      AND COALESCE(MAX(originally_published_at, COALESCE(last_reviewed_at, 0)), published_at) < ?`,
);

function outdated(query) {
  const locale = query.locale ?? 'de';
  const cutoff = new Date();
  cutoff.setUTCMonth(cutoff.getUTCMonth() - OUTDATED_MONTHS);
  const page = Math.max(1, Number(query['pagination[page]'] ?? 1));
  const pageSize = Math.min(100, Math.max(1, Number(query['pagination[pageSize]'] ?? 25)));
  const total = outdatedCount.get(locale, cutoff.getTime()).n;
  const rows = outdatedStatement.all(locale, cutoff.getTime(), pageSize, (page - 1) * pageSize);
  return { data: rows.map(articleJson), meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
}

app.use(async (ctx) => {
  let body;
  if (ctx.path === '/api/articles') body = ctx.query['filters[slug][$eq]'] ? oneArticle(ctx.query) : listArticles(ctx.query);
  else if (ctx.path === '/api/editorial/outdated') body = outdated(ctx.query);
  else if (ctx.path === '/_health') {
    ctx.status = 204;
    return;
  } else {
    ctx.status = 404;
    return;
  }
  const json = JSON.stringify(body);
  const etag = `"${crypto.createHash('sha1').update(json).digest('base64')}"`;
  ctx.set('ETag', etag);
  if (ctx.get('If-None-Match') === etag) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = json;
});

app.listen(Number(portArg), '127.0.0.1', () => process.send?.({ ready: true }));
