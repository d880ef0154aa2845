/**
 * What keeps several instances on one database correct, on every engine: the lease that
 * lets a job run once, and the migration that backfills `originallyPublishedAt`.
 */
import path from 'path';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { acquireLease, runExclusively, runOnce } from '../../src/runtime/lease';
import { refreshPlannerStatistics } from '../../src/runtime/planner-statistics';

const MIGRATION = '2026.11.27T00.00.00.backfill-originally-published-at.js';

const migration = require(path.resolve(__dirname, '..', '..', 'database', 'migrations', MIGRATION));
const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';

let app: TestInstance;

beforeAll(async () => {
  app = await startStrapi({ name: 'lease-migration' });
});
afterAll(async () => {
  await app?.stop();
});

describe('lease', () => {
  it('of two concurrent runs, exactly one does the work', async () => {
    let calls = 0;
    const work = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
    };
    const results = await Promise.all([
      runOnce(app.strapi, 'job-a', 60_000, work),
      runOnce(app.strapi, 'job-a', 60_000, work),
      runOnce(app.strapi, 'job-a', 60_000, work),
    ]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(calls).toBe(1);
    // Released afterwards: the next run may go.
    expect((await runOnce(app.strapi, 'job-a', 60_000, async () => 'again')).ran).toBe(true);
  });

  it('a waiting run goes after the holder finishes; a dead holder’s lease expires', async () => {
    const order: string[] = [];
    const first = runExclusively(app.strapi, 'job-b', { ttlMs: 5000 }, async () => {
      order.push('first');
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = runExclusively(app.strapi, 'job-b', { ttlMs: 5000, waitMs: 5000, pollMs: 50 }, async () => order.push('second'));
    expect((await first).ran).toBe(true);
    expect((await second).ran).toBe(true);
    expect(order).toEqual(['first', 'second']);

    // A holder that dies never releases; its lease is free once expired.
    expect(await acquireLease(app.strapi, 'job-c', 200)).not.toBeNull();
    expect(await acquireLease(app.strapi, 'job-c', 200)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await acquireLease(app.strapi, 'job-c', 200)).not.toBeNull();
  });

  it('the lease is renewed while long work runs, so nobody else starts it', async () => {
    const long = runExclusively(app.strapi, 'job-d', { ttlMs: 300 }, () => new Promise((resolve) => setTimeout(resolve, 1200)));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await acquireLease(app.strapi, 'job-d', 300)).toBeNull();
    await long;
  });

  it('the nightly statistics refresh runs on this engine, once per lease', async () => {
    expect(await refreshPlannerStatistics(app.strapi)).toBe(true);
    const holder = await acquireLease(app.strapi, 'planner-statistics', 60_000);
    expect(await refreshPlannerStatistics(app.strapi)).toBe(false);
    await holder!.release();
  });
});

describe('migration: originallyPublishedAt backfill', () => {
  const knex = () => app.strapi.db.connection;
  const rowsOf = (slug: string) => knex()('articles').where({ slug }).select('id', 'published_at', 'originally_published_at');

  it('Strapi ran it on startup (recorded in strapi_migrations)', async () => {
    const names = (await knex()('strapi_migrations').select('name')).map((r: any) => r.name);
    expect(names).toContain(MIGRATION);
  });

  it('fills the date from the first publication on draft and published rows, and a second run changes nothing', async () => {
    const before = await rowsOf(MAIN);
    expect(before).toHaveLength(2);
    const publishedAt = new Date(before.find((r: any) => r.published_at)!.published_at);
    await knex()('articles').where({ slug: MAIN }).update({ originally_published_at: null });
    const untouched = await knex()('articles').whereNot({ slug: MAIN }).whereNotNull('originally_published_at').count({ n: '*' }).first();

    await knex().transaction((trx: any) => migration.up(trx));
    const after = await rowsOf(MAIN);
    for (const row of after) expect(new Date(row.originally_published_at).getTime()).toBe(publishedAt.getTime());
    expect(await knex()('articles').whereNot({ slug: MAIN }).whereNotNull('originally_published_at').count({ n: '*' }).first()).toEqual(
      untouched,
    );

    await knex().transaction((trx: any) => migration.up(trx));
    expect(await rowsOf(MAIN)).toEqual(after);
  });

  it('leaves dates editors set alone, and drafts that were never published', async () => {
    const draft = await app.strapi
      .documents('api::article.article')
      .create({ data: { title: 'Nie veröffentlicht' } as any, locale: 'de', status: 'draft' } as any);
    await knex()('articles').where({ document_id: draft.documentId }).update({ originally_published_at: null });
    const set = await rowsOf('was-macht-eigentlich-ein-social-media-manager');
    await knex().transaction((trx: any) => migration.up(trx));
    expect(await rowsOf('was-macht-eigentlich-ein-social-media-manager')).toEqual(set);
    const stillEmpty = await knex()('articles').where({ document_id: draft.documentId }).first();
    expect(stillEmpty.originally_published_at).toBeNull();
  });
});

describe('migration: study-stat display values to chart forms', () => {
  const DISPLAY_MIGRATION = '2026.11.30T00.00.00.stat-block-display.js';

  const displayMigration = require(path.resolve(__dirname, '..', '..', 'database', 'migrations', DISPLAY_MIGRATION));
  const knex = () => app.strapi.db.connection;
  const TABLE = 'components_blocks_study_stat';

  it('Strapi ran it on startup, and maps list → auto, highlight and cards → tiles, idempotently', async () => {
    const names = (await knex()('strapi_migrations').select('name')).map((r: any) => r.name);
    expect(names).toContain(DISPLAY_MIGRATION);

    const ids = (await knex()(TABLE).select('id').orderBy('id').limit(4)).map((r: any) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const original = await knex()(TABLE).whereIn('id', ids).select('id', 'display');
    const old = ['list', 'highlight', 'cards', 'compare'];
    for (const [index, id] of ids.entries()) await knex()(TABLE).where({ id }).update({ display: old[index] });

    await knex().transaction((trx: any) => displayMigration.up(trx));
    const after = new Map((await knex()(TABLE).whereIn('id', ids).select('id', 'display')).map((r: any) => [r.id, r.display]));
    expect(ids.map((id) => after.get(id))).toEqual(['auto', 'tiles', 'tiles', 'compare'].slice(0, ids.length));
    const leftover = await knex()(TABLE).whereIn('display', ['list', 'highlight', 'cards']).count({ n: '*' }).first();
    expect(Number((leftover as any).n)).toBe(0);

    await knex().transaction((trx: any) => displayMigration.up(trx));
    expect(new Map((await knex()(TABLE).whereIn('id', ids).select('id', 'display')).map((r: any) => [r.id, r.display]))).toEqual(after);
    for (const row of original) await knex()(TABLE).where({ id: row.id }).update({ display: row.display });
  });
});
