/**
 * The freshness overview with 10,000 published articles: every page, filter and sort is
 * answered by the server in a bounded number of queries and well under a second here.
 * Rows are inserted in bulk with SQL (the Document Service would take minutes), linked to
 * a category and to the demo's study-stat blocks like real articles.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { countQueries } from '../harness/sql-counter';
import type { OverviewResult } from '../../src/plugins/editorial/shared/contracts';

const ARTICLES = 10_000;

let app: TestInstance;
let auth: { Authorization: string };

beforeAll(async () => {
  app = await startStrapi({ name: 'overview-scale', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  auth = { Authorization: `Bearer ${await adminToken(app.server)}` };

  const { strapi } = app;
  const knex = strapi.db.connection;
  const article = strapi.db.metadata.get('api::article.article') as any;
  const zone = article.attributes.blocks.joinTable;
  const categoryLink = article.attributes.category.joinTable;
  const category = await strapi.db.query('api::category.category').findOne({ where: { name: 'Studien' } });
  // The stat blocks of published demo articles, which cite published statistics.
  const statBlocks = await knex(zone.name)
    .join(article.tableName, `${article.tableName}.id`, `${zone.name}.${zone.joinColumn.name}`)
    .whereNotNull(`${article.tableName}.published_at`)
    .where(zone.morphColumn.typeColumn.name, 'blocks.study-stat')
    .select(zone.morphColumn.idColumn.name);
  const blockIds = statBlocks.map((row: any) => row[zone.morphColumn.idColumn.name]);
  expect(blockIds.length).toBeGreaterThan(0);

  const start = Date.UTC(2010, 0, 1);
  const span = Date.now() - start;
  const rows = Array.from({ length: ARTICLES }, (_, i) => {
    const date = new Date(start + Math.floor((span * i) / ARTICLES));
    return {
      document_id: `scale${String(i).padStart(8, '0')}`,
      title: `Lastartikel ${i} über Social Media`,
      slug: `lastartikel-${i}`,
      freshness: i % 50 === 0 ? 'evergreen' : 'auto',
      originally_published_at: date,
      published_at: date,
      created_at: date,
      updated_at: date,
      locale: 'de',
    };
  });
  await knex.transaction(async (trx: any) => {
    for (let i = 0; i < rows.length; i += 500) {
      // eslint-disable-next-line no-console
      if (i % 5000 === 0) console.log(`[overview-scale] inserting articles ${i + 1}–${Math.min(i + 5000, rows.length)} of ${rows.length}`);
      const chunk = rows.slice(i, i + 500);
      await trx(article.tableName).insert(chunk);
      // Read the ids back (MySQL has no RETURNING).
      const inserted = await trx(article.tableName)
        .whereIn(
          'document_id',
          chunk.map((r) => r.document_id),
        )
        .orderBy('id')
        .select('id');
      const idList = inserted.map((r: any) => Number(r.id));
      await trx(categoryLink.name).insert(
        idList.map((id: number) => ({ [categoryLink.joinColumn.name]: id, [categoryLink.inverseJoinColumn.name]: category.id })),
      );
      // Every fourth article cites a stat block (shared rows are fine for the aggregate query).
      const citing = idList.filter((_: number, k: number) => k % 4 === 0);
      await trx(zone.name).insert(
        citing.map((id: number, k: number) => ({
          [zone.joinColumn.name]: id,
          [zone.morphColumn.idColumn.name]: blockIds[k % blockIds.length],
          [zone.morphColumn.typeColumn.name]: 'blocks.study-stat',
          field: 'blocks',
          order: 1,
        })),
      );
    }
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
});

async function timed(query: string) {
  const started = process.hrtime.bigint();
  const { result: res, queries } = await countQueries(app.strapi, () => request(app.server).get(`/editorial/freshness?${query}`).set(auth));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  expect(res.status).toBe(200);
  return { body: res.body as OverviewResult, ms, queries };
}

it(`pages, filters and sorts ${ARTICLES.toLocaleString('en')} articles quickly`, async () => {
  await timed('pageSize=25'); // warm-up
  const cases = [
    'pageSize=25',
    'filter=outdated&page=40&pageSize=25',
    'filter=citesOldData&sort=oldestStudyOn&pageSize=100',
    'q=artikel%2099&sort=title&order=desc',
    'filter=dueSoon',
  ];
  const report: string[] = [];
  for (const query of cases) {
    const { body, ms, queries } = await timed(query);
    report.push(`${query}: ${ms.toFixed(0)} ms, ${queries} queries, ${body.meta.pagination.total} matches`);
    expect(queries).toBeLessThanOrEqual(10);
    expect(ms).toBeLessThan(2500);
  }
  const all = await timed('pageSize=1');
  expect(all.body.meta.counts.total).toBeGreaterThanOrEqual(ARTICLES);
  expect(all.body.meta.counts.outdated).toBeGreaterThan(ARTICLES / 2);
  // A quarter cite a block; most blocks cite the 2014 study.
  expect(all.body.meta.counts.citesOldData).toBeGreaterThan(ARTICLES / 8);
  expect(all.body.meta.counts.citesOldData).toBeLessThanOrEqual(ARTICLES / 4 + 10);
  const page40 = await timed('filter=outdated&page=40&pageSize=25');
  expect(page40.body.data).toHaveLength(25);
  expect(page40.body.data.every((r) => r.state === 'outdated')).toBe(true);
  // eslint-disable-next-line no-console
  console.log(`[overview at ${ARTICLES} articles]\n  ${report.join('\n  ')}`);
});
