/** First start and restarts: demo content once, interrupted imports finish, admin choices survive. */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { rowCount } from '../harness/content';
import { seedDemoContent } from '../../src/seed/seed-demo';
import * as demo from '../../src/seed/demo-content';

const TYPES = [
  'api::article.article',
  'api::study.study',
  'api::statistic.statistic',
  'api::book-tip.book-tip',
  'api::category.category',
  'api::tag.tag',
  'api::author.author',
];
const NAME = 'bootstrap';

async function counts(app: TestInstance) {
  const result: Record<string, number> = {};
  for (const uid of TYPES) result[uid] = await rowCount(app.strapi, uid);
  return result;
}

let app: TestInstance | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

it('imports the demo content on first start, and nothing more on the second', async () => {
  app = await startStrapi({ name: NAME, covers: true, env: { ADMIN_EMAIL: 'chef@example.org', ADMIN_PASSWORD: 'Geheim123' } });
  const first = await counts(app);
  // Every demo article has its generated cover, marked as demo, with alt text in its language.
  const published = await app.strapi.db
    .query('api::article.article')
    .findMany({ where: { publishedAt: { $notNull: true } }, populate: ['cover'] });
  expect(published).toHaveLength(demo.articles.length);
  for (const article of published) {
    expect(article.cover?.name).toMatch(/^demo-cover-.+\.png$/);
    expect(article.cover.caption).toMatch(/^Demo[- ]/);
    expect(article.cover.alternativeText).toBeTruthy();
    expect([article.cover.width, article.cover.height]).toEqual([1200, 630]);
  }
  // Draft + published row per locale version.
  const articleVersions = demo.articles.length;
  expect(first['api::article.article']).toBe(articleVersions * 2);
  expect(first['api::study.study']).toBe(demo.studies.reduce((n, s) => n + (s.en ? 2 : 1), 0) * 2);
  expect(first['api::statistic.statistic']).toBe(demo.statistics.reduce((n, s) => n + (s.en ? 2 : 1), 0) * 2);
  expect(first['api::book-tip.book-tip']).toBe(demo.bookTips.reduce((n, b) => n + (b.en ? 2 : 1), 0) * 2);
  // Categories have no drafts: one row per locale.
  expect(first['api::category.category']).toBe(demo.categories.reduce((n, c) => n + (c.en ? 2 : 1), 0));

  // The admin from ADMIN_EMAIL/ADMIN_PASSWORD exists and is super admin.
  const admins = await app.strapi.db.query('admin::user').findMany({ populate: ['roles'] });
  expect(admins).toHaveLength(1);
  expect(admins[0].email).toBe('chef@example.org');
  expect(admins[0].roles.map((r: any) => r.code)).toContain('strapi-super-admin');
  // Its admin speaks German, like the field labels.
  expect(admins[0].preferedLanguage).toBe('de');

  // German is the default locale, English exists.
  const locales = app.strapi.plugin('i18n').service('locales');
  expect(await locales.getDefaultLocale()).toBe('de');
  expect((await locales.find()).map((l: any) => l.code).sort()).toEqual(['de', 'en']);

  // An admin removes the public permission to read tags.
  const publicRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  await app.strapi.db
    .query('plugin::users-permissions.permission')
    .deleteMany({ where: { action: 'api::tag.tag.find', role: publicRole.id } });
  await app.stop();

  app = await startStrapi({ name: NAME, reuseDatabase: true, env: { ADMIN_EMAIL: 'zweiter@example.org', ADMIN_PASSWORD: 'Geheim123' } });
  expect(await counts(app)).toEqual(first);
  expect(await app.strapi.db.query('admin::user').count()).toBe(1);
  const tags = await request(app.server).get('/api/tags');
  expect(tags.status).toBe(403);
  const articles = await request(app.server).get('/api/articles');
  expect(articles.status).toBe(200);

  // `npm run seed` on demand adds nothing either.
  const report = await seedDemoContent(app.strapi);
  expect(report.created).toBe(0);
  expect(await counts(app)).toEqual(first);
});

it('finishes an import that was interrupted, without duplicates', async () => {
  app = await startStrapi({ name: `${NAME}-interrupted` });
  const complete = await counts(app);
  // Simulate a run killed half-way: the later documents never got written.
  const { strapi } = app;
  await strapi.db.query('api::article.article').deleteMany({ where: { slug: { $in: demo.articles.slice(4).map((a) => a.slug) } } });
  await strapi.db
    .query('api::book-tip.book-tip')
    .deleteMany({ where: { title: { $in: demo.bookTips.slice(2).flatMap((b) => [b.title, ...(b.en ? [b.en.title] : [])]) } } });
  // …and one document was created but not yet published.
  await strapi.db.query('api::article.article').deleteMany({ where: { slug: demo.articles[0].slug, publishedAt: { $ne: null } } });
  await strapi.store({ type: 'core', name: 'blog' }).set({ key: 'demo-seed', value: 'started' });
  expect((await counts(app))['api::article.article']).toBeLessThan(complete['api::article.article']);
  await app.stop();

  app = await startStrapi({ name: `${NAME}-interrupted`, reuseDatabase: true });
  expect(await counts(app)).toEqual(complete);
  const res = await request(app.server).get(`/api/articles?filters[slug][$eq]=${demo.articles[0].slug}`);
  expect(res.body.data).toHaveLength(1);
  // The 2014 article, written again by the finishing run, got its follow-up link too.
  const main = await request(app.server).get(`/api/articles?filters[slug][$eq]=${demo.MAIN_ARTICLE_SLUG}`);
  expect(main.body.data[0].editorial.banner.followUp).toMatchObject({
    slug: 'social-media-budgets-steigen-teams-bleiben-klein',
    locale: 'de',
  });
});

it('leaves a database with the editors own articles alone, and SEED_DEMO=false skips the import', async () => {
  app = await startStrapi({ name: `${NAME}-noseed`, seed: false });
  expect(await rowCount(app.strapi, 'api::article.article')).toBe(0);
  await app.strapi.documents('api::article.article').create({ data: { title: 'Eigener Artikel' }, status: 'published' } as any);
  await app.stop();
  app = await startStrapi({ name: `${NAME}-noseed`, reuseDatabase: true });
  expect(await rowCount(app.strapi, 'api::article.article')).toBe(2);
});

it('labels fields in German for editors', async () => {
  app = await startStrapi({ name: `${NAME}-labels`, seed: false });
  const config = await app.strapi
    .plugin('content-manager')
    .service('content-types')
    .findConfiguration(app.strapi.contentType('api::article.article'));
  expect(config.metadatas.title.edit.label).toBe('Titel');
  expect(config.metadatas.originallyPublishedAt.edit.label).toBe('Ursprünglich veröffentlicht am');
  // The choices carry their own words (custom field global::freshness-mode); the hint says what the field is for.
  expect(config.metadatas.freshness.edit.label).toBe('Veraltet-Hinweis');
  expect(config.metadatas.freshness.edit.description).toMatch(/Ob und wann Leser einen Hinweis sehen/);
  expect(config.metadatas.owner.edit.label).toBe('Verantwortlich');
  expect(config.layouts.list).toEqual(['title', 'category', 'originallyPublishedAt', 'freshness', 'lastReviewedAt']);
});
