/** The editorial plugin over HTTP on the demo content: banners, rendered stat blocks, caching, routes. */
import request from 'supertest';
import { parseXml } from '../unit/editorial/chart-fixtures';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { findPublished } from '../harness/content';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import { countQueries } from '../harness/sql-counter';
import type { EditorialInfo, RenderedStatBlock } from '../../src/plugins/editorial/shared/contracts';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const RECENT = 'social-media-budgets-steigen-teams-bleiben-klein';
const EVERGREEN = 'was-macht-eigentlich-ein-social-media-manager';
const NBSP = '\u00a0';

let app: TestInstance;
let jwt: string;

beforeAll(async () => {
  app = await startStrapi({ name: 'editorial', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  jwt = await adminToken(app.server);
});
afterAll(async () => {
  await app?.stop();
});

const get = (path: string) => request(app.server).get(path);
const bySlug = async (slug: string, extra = '') => {
  const res = await get(`/api/articles?filters[slug][$eq]=${slug}${extra}`);
  expect(res.status).toBe(200);
  return res.body.data[0];
};
const statBlocks = (article: any): Array<{ rendered: RenderedStatBlock }> =>
  article.blocks.filter((b: any) => b.__component === 'blocks.study-stat');

describe('outdated banner', () => {
  it('the 2014 article carries the banner', async () => {
    const article = await bySlug(MAIN);
    const editorial: EditorialInfo = article.editorial;
    expect(editorial.outdatedAt).toBe('2016-03-04T00:00:00.000Z');
    expect(editorial.banner).toMatchObject({ kind: 'outdated', outdatedSince: '2016-03-04T00:00:00.000Z' });
    expect(editorial.banner!.ageYears).toBeGreaterThanOrEqual(12);
    expect(editorial.banner!.message).toMatch(/^Dieser Artikel ist über \d+ Jahre alt/);
    // Markup only when asked for.
    expect(editorial.banner).not.toHaveProperty('html');
    const withMarkup = await bySlug(MAIN, '&editorial[html]=true');
    expect(withMarkup.editorial.banner.html).toMatch(/^<aside class="editorial-banner[^"]*" role="note">/);
  });

  it('a recent article and an evergreen one have none', async () => {
    const recent = await bySlug(RECENT);
    expect(recent.editorial.banner).toBeNull();
    expect(new Date(recent.editorial.outdatedAt).getTime()).toBeGreaterThan(Date.now());
    const evergreen = await bySlug(EVERGREEN);
    expect(evergreen.editorial).toEqual({ outdatedAt: null, banner: null });
  });

  it.each([
    ['fields=title', '&fields[0]=title'],
    ['populate=*', '&populate=*'],
    ['stat blocks only', '&populate[blocks][on][blocks.study-stat]=true'],
    ['sort and pagination', '&sort=title:asc&pagination[pageSize]=1'],
  ])('%s still carries editorial', async (_name, extra) => {
    const article = await bySlug(MAIN, extra);
    expect(article.editorial.banner.kind).toBe('outdated');
  });

  it('findOne and the English version carry it, in English', async () => {
    const { documentId } = await bySlug(MAIN);
    const de = await get(`/api/articles/${documentId}?fields[0]=title`);
    expect(de.body.data.editorial.banner.kind).toBe('outdated');
    const en = await get(`/api/articles/${documentId}?locale=en&populate[blocks][on][blocks.study-stat]=true`);
    expect(en.status).toBe(200);
    expect(en.body.data.editorial.banner.message).toMatch(/^This article is over \d+ years old/);
    const figures = statBlocks(en.body.data).flatMap((b) => b.rendered.figures.map((f) => f.display));
    expect(figures).toEqual(expect.arrayContaining(['13.7%', '2 of 3', '8 of 10']));
    expect(statBlocks(en.body.data)[0].rendered.citations[0].text).toMatch(/\(February 2014, n = 102, not representative\)/);
  });

  it('related articles reached through populate carry it too, and so do articles inside a category', async () => {
    const article = await bySlug(MAIN, '&populate[related]=true');
    expect(article.related).toHaveLength(4);
    for (const related of article.related) expect(related.editorial.banner.kind).toBe('outdated');
    const categories = await get('/api/categories?populate[articles]=true');
    const studien = categories.body.data.find((c: any) => c.slug === 'studien');
    expect(studien.articles.length).toBeGreaterThan(0);
    for (const a of studien.articles) expect(a).toHaveProperty('editorial');
  });

  it('marking the article as reviewed removes the banner, without publishing draft changes', async () => {
    const target = await bySlug('infoabend-zum-berufsbild-social-media-manager');
    expect(target.editorial.banner).not.toBeNull();
    // An editor has an unpublished change in the draft.
    await app.strapi
      .documents('api::article.article')
      .update({ documentId: target.documentId, locale: 'de', data: { title: 'Entwurfstitel, nicht veröffentlicht' } } as any);
    const res = await request(app.server)
      .post('/editorial/mark-reviewed')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ documentIds: [target.documentId], locale: 'de' });
    expect(res.status).toBe(200);
    expect(res.body.data.updated).toBe(1);
    const after = await bySlug('infoabend-zum-berufsbild-social-media-manager');
    expect(after.editorial.banner).toBeNull();
    expect(after.title).toBe('Infoabend zum Berufsbild Social Media Manager');
    expect(new Date(after.lastReviewedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('setting lastReviewedAt to now over REST removes the banner too', async () => {
    const target = await findPublished(app.strapi, 'api::article.article', { slug: 'studie-social-media-in-der-versicherungsbranche' });
    await app.strapi.documents('api::article.article').update({
      documentId: target!.documentId,
      locale: 'de',
      data: { lastReviewedAt: new Date().toISOString() },
      status: 'published',
    } as any);
    const after = await bySlug('studie-social-media-in-der-versicherungsbranche');
    expect(after.editorial.banner).toBeNull();
  });
});

describe('rendered study-stat blocks', () => {
  it('formats the 2014 figures for German readers with their source', async () => {
    const article = await bySlug(MAIN, '&populate[blocks][on][blocks.study-stat]=true');
    const blocks = statBlocks(article);
    expect(blocks.length).toBe(3);
    const displays = blocks.flatMap((b) => b.rendered.figures.map((f) => f.display));
    expect(displays).toEqual(['2 von 3', `80${NBSP}%`, `13,7${NBSP}%`, `9${NBSP}%`, `8${NBSP}%`, `7${NBSP}%`, '8 von 10', `29${NBSP}%`]);
    const first = blocks[0].rendered;
    expect(first.studies).toHaveLength(1);
    expect(first.studies[0]).toMatchObject({
      sampleSize: 102,
      representative: false,
      outdated: true,
      supersededBy: null,
      publishedOn: '2014-02-01',
    });
    expect(first.citations[0].text).toContain('n = 102');
    expect(first.citations[0].text).toContain('(Februar 2014, n = 102, nicht repräsentativ)');
    // No field repeats another: one list of studies, one of citations.
    expect(first).not.toHaveProperty('study');
    expect(first).not.toHaveProperty('citation');
    expect(first.warning).toMatch(/veraltet/);
    // Charts: the form chosen and one sentence, always; markup only when asked for.
    expect(blocks.map((b) => [b.display, b.rendered.chart?.kind])).toEqual([
      ['bars', 'bars'],
      ['auto', 'bars'],
      ['auto', 'bars'],
    ]);
    expect(first.chart!.summary).toBe(
      `Balkendiagramm: 2 von 3 der Befragten arbeiten in einem Social-Media-Team mit höchstens fünf Personen; 80${NBSP}% sagen: Das „Team“ ist in der Praxis eine einzige Person; 13,7${NBSP}% haben ein Team mit fünf bis zehn Personen.`,
    );
    expect(first.html).toBeUndefined();
    expect(first.chart!.svg).toBeUndefined();
    // The 2014 figures a later edition asked again point to the newer value.
    expect(first.figures[1].newer).toMatchObject({
      edition: expect.stringMatching(/^20\d\d$/),
      display: `64${NBSP}%`,
      study: { slug: 'social-media-budget-monitor-demo' },
    });

    const withMarkup = statBlocks(await bySlug(MAIN, '&populate[blocks][on][blocks.study-stat]=true&editorial[html]=true'))[0].rendered;
    expect(withMarkup.html).toContain(`13,7${NBSP}%`);
    expect(withMarkup.html).toMatch(
      /^<figure class="study-stat study-stat--bars"><figcaption class="study-stat__heading">So groß sind Social-Media-Teams<\/figcaption><svg /,
    );
    expect(withMarkup.chart!.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart chart--bars" role="img"/);
    expect(withMarkup.chart!.svg).toContain('Quelle: Social-Media-Blog (Demo-Agentur)');
  });

  it('every chart of the demo articles, standalone and in its figure, parses as XML with role="img", title and desc', async () => {
    let charts = 0;
    for (const slug of [MAIN, RECENT]) {
      for (const block of statBlocks(await bySlug(slug, '&populate[blocks][on][blocks.study-stat]=true&editorial[html]=true'))) {
        const inFigure = /<svg[\s\S]*<\/svg>/.exec(block.rendered.html!)![0];
        for (const svg of [block.rendered.chart!.svg!, inFigure]) {
          const root = parseXml(svg);
          expect(root.attributes.role).toBe('img');
          expect(root.children.slice(0, 2).map((child) => child.name)).toEqual(['title', 'desc']);
          charts += 1;
        }
      }
    }
    expect(charts).toBe(2 * 6);
  });

  it('editorial[html] takes true or false; anything else is a 400 naming it', async () => {
    for (const query of ['editorial[html]=yes', 'editorial=true', 'editorial[svg]=true']) {
      const res = await request(app.server).get(`/api/articles?${query}`);
      expect({ query, status: res.status, name: res.body.error?.name }).toEqual({ query, status: 400, name: 'ValidationError' });
      expect(res.body.error.message).toMatch(/^editorial/);
    }
    expect((await request(app.server).get('/api/articles?editorial[html]=false')).status).toBe(200);
  });

  it('the block is rendered even when the client did not populate statistics or studies', async () => {
    const article = await bySlug(MAIN, '&populate[blocks]=true');
    const block = statBlocks(article)[0] as any;
    expect(block.statistics).toBeUndefined();
    expect(block.rendered.figures).toHaveLength(3);
  });

  it('recent data is not flagged, and carries its source link', async () => {
    const article = await bySlug(RECENT, '&populate[blocks][on][blocks.study-stat]=true');
    const [fresh, , compared] = statBlocks(article);
    expect(fresh.rendered.studies[0].outdated).toBe(false);
    expect(fresh.rendered.warning).toBeNull();
    expect(fresh.rendered.citations[0].url).toBe('https://example.org/demo-studie/social-media-budget-monitor');
    expect(fresh.rendered.citations[0].text).toContain('n = 1.024, repräsentativ');
    // The 2014 figures come along as the earlier edition of the ones compared.
    expect(compared.display).toBe('compare');
    expect(compared.rendered.chart).toMatchObject({ kind: 'compare', summary: expect.stringMatching(/^Vergleich 2014 und 20\d\d: /) });
    expect(compared.rendered.figures[0].earlier).toMatchObject({
      edition: '2014',
      display: `80${NBSP}%`,
      study: { slug: 'social-media-manager-in-deutschen-unternehmen-2014' },
    });
  });

  it('escapes everything an editor typed, and never links javascript:', async () => {
    const token = await app.strapi
      .service('admin::api-token')
      .create({ name: 'xss', type: 'full-access', lifespan: null, permissions: [] });
    const auth = { Authorization: `Bearer ${token.accessKey}` };
    const study = await request(app.server)
      .post('/api/studies')
      .set(auth)
      .send({
        data: { title: '<img src=x onerror=alert(1)>', publisher: '"><svg onload=alert(1)>', publishedOn: '2020-01-01', sampleSize: 10 },
      });
    expect(study.status).toBe(201);
    const stat = await request(app.server)
      .post('/api/statistics')
      .set(auth)
      .send({
        data: {
          label: '<script>alert(1)</script>',
          value: 5,
          unit: 'percent',
          study: study.body.data.documentId,
          note: "' onmouseover='alert(1)",
        },
      });
    expect(stat.status).toBe(201);
    const article = await request(app.server)
      .post('/api/articles')
      .set(auth)
      .send({
        data: {
          title: '<script>alert("titel")</script>',
          blocks: [{ __component: 'blocks.study-stat', heading: '<b onclick=alert(1)>x</b>', statistics: [stat.body.data.documentId] }],
        },
      });
    expect(article.status).toBe(201);
    const res = await get(
      `/api/articles/${article.body.data.documentId}?populate[blocks][on][blocks.study-stat]=true&editorial[html]=true`,
    );
    const { html: blockHtml, chart } = statBlocks(res.body.data)[0].rendered;
    const html = `${blockHtml}${chart!.svg}`;
    // The only SVG is the plugin's chart (once in the block, once standalone).
    expect(html).not.toMatch(/<script|<img|<svg(?! xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart )|<b /i);
    // Typed text may contain 'onclick=' as text; no tag may carry an event handler.
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('robustness', () => {
  it('a statistic broken around the write rules is left out, the page still answers', async () => {
    const share = await app.strapi.db
      .query('api::statistic.statistic')
      .findOne({ where: { unit: 'share', base: 3, locale: 'de', publishedAt: { $notNull: true } } });
    await app.strapi.db.query('api::statistic.statistic').update({ where: { id: share.id }, data: { base: null } });
    try {
      const article = await bySlug(MAIN, '&populate[blocks][on][blocks.study-stat]=true');
      const figures = statBlocks(article)[0].rendered.figures.map((f) => f.display);
      expect(figures).toEqual([`80${NBSP}%`, `13,7${NBSP}%`]);
    } finally {
      await app.strapi.db.query('api::statistic.statistic').update({ where: { id: share.id }, data: { base: 3 } });
    }
  });
});

describe('performance and caching', () => {
  it('adds a constant number of queries whatever the page size', async () => {
    const tokenDoc = await app.strapi
      .service('admin::api-token')
      .create({ name: 'bulk', type: 'full-access', lifespan: null, permissions: [] });
    const statistic = await findPublished(app.strapi, 'api::statistic.statistic', { label: 'nennen Vertrieb als Hauptziel' });
    for (let i = 0; i < 50; i += 1) {
      const res = await request(app.server)
        .post('/api/articles')
        .set('Authorization', `Bearer ${tokenDoc.accessKey}`)
        .send({
          data: {
            title: `Lastartikel ${i}`,
            originallyPublishedAt: '2015-01-01T00:00:00.000Z',
            blocks: [
              { __component: 'blocks.study-stat', statistics: [statistic!.documentId] },
              { __component: 'blocks.study-stat', statistics: [statistic!.documentId] },
            ],
          },
        });
      expect(res.status).toBe(201);
    }
    // Newest first: both pages hold the same kind of article (two stat blocks each), so only the page size differs.
    // The locale is named: the default locale's lookup is cached for 5 s, and a slow run would count it once more.
    const path = (size: number) =>
      `/api/articles?locale=de&sort[0]=createdAt:desc&pagination[pageSize]=${size}&populate[blocks][on][blocks.study-stat]=true&populate[related]=true`;
    await get(path(5));
    // Both measurements start cold: settings read afresh (the 5 s settings cache cannot
    // expire in between and skew them) and a new content version (nothing reused).
    const measure = async (size: number, cold = true) => {
      app.strapi.plugin('editorial').service('settings').invalidate();
      if (cold) await app.strapi.plugin('editorial').service('content-version').bump();
      return countQueries(app.strapi, () => get(path(size)));
    };
    const small = await measure(5);
    const large = await measure(50);
    expect(small.result.body.data).toHaveLength(5);
    expect(large.result.body.data).toHaveLength(50);
    expect(statBlocks(large.result.body.data[49]).every((b) => b.rendered)).toBe(true);
    expect(large.queries).toBe(small.queries);
    // Read again at the same version, the enrichment is reused: fewer queries, same answer.
    const warm = await measure(50, false);
    expect(warm.queries).toBeLessThan(large.queries);
    expect(warm.result.text).toBe(large.result.text);
  });

  it('a 25-article page with two stat blocks each is no larger than without the plugin with the statistics and studies populated', async () => {
    // Uses the 50 articles the test above made (two stat blocks each, newest first).
    const page = '/api/articles?locale=de&sort[0]=createdAt:desc&pagination[pageSize]=25';
    const lean = await get(`${page}&populate[blocks][on][blocks.study-stat]=true`);
    const populated = await get(`${page}&populate[blocks][on][blocks.study-stat][populate][statistics][populate][study]=true`);
    expect(lean.body.data).toHaveLength(25);
    expect(
      lean.body.data.every((a: any) => statBlocks(a).length === 2 && statBlocks(a).every((b) => b.rendered.figures.length === 1)),
    ).toBe(true);
    // The plugin off: the same answer without what the plugin adds to it.
    const withoutPlugin = (node: any): any =>
      Array.isArray(node)
        ? node.map(withoutPlugin)
        : node && typeof node === 'object'
          ? Object.fromEntries(
              Object.entries(node)
                .filter(([key]) => key !== 'editorial' && key !== 'rendered')
                .map(([key, value]) => [key, withoutPlugin(value)]),
            )
          : node;
    const pluginOff = JSON.stringify(withoutPlugin(populated.body));
    expect(pluginOff).toContain('"statistics":[{');
    // eslint-disable-next-line no-console
    console.log(
      `25 articles × 2 stat blocks: the plugin's answer ${lean.text.length} bytes, plugin off with statistics and studies populated ${pluginOff.length} bytes`,
    );
    expect(Buffer.byteLength(lean.text)).toBeLessThanOrEqual(Buffer.byteLength(pluginOff));
  });

  it('Cache-Control is bounded by maxAge and by the next banner; ETag answers 304', async () => {
    const list = await get(`/api/articles?filters[slug][$eq]=${MAIN}`);
    expect(list.headers['cache-control']).toBe('public, max-age=300');
    const etag = list.headers.etag;
    expect(etag).toBeTruthy();
    const again = await get(`/api/articles?filters[slug][$eq]=${MAIN}`).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');

    // An article whose banner appears in about 100 seconds.
    const soon = new Date();
    soon.setUTCMonth(soon.getUTCMonth() - 24);
    soon.setTime(soon.getTime() + 100_000);
    const doc = await app.strapi
      .documents('api::article.article')
      .create({ data: { title: 'Bald veraltet', originallyPublishedAt: soon.toISOString() }, status: 'published' } as any);
    const res = await get(`/api/articles/${doc.documentId}`);
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers['cache-control'])![1]);
    expect(maxAge).toBeGreaterThan(80);
    expect(maxAge).toBeLessThanOrEqual(100);
    expect(res.body.data.editorial.banner).toBeNull();
  });
});

describe('revalidation', () => {
  const url = `/api/articles?filters[slug][$eq]=${MAIN}&populate[blocks][on][blocks.study-stat]=true`;
  const percentFigures = (res: request.Response) =>
    statBlocks(res.body.data[0]).flatMap((b) => b.rendered.figures.filter((f) => f.unit === 'percent'));

  it('a current tag gets 304 without the read; any content write makes it 200 with the new content', async () => {
    const first = await get(url);
    expect(first.status).toBe(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"ed-/);
    const reads = await countQueries(app.strapi, () => get(url).set('If-None-Match', etag));
    expect(reads.result.status).toBe(304);
    expect(reads.result.headers.etag).toBe(etag);
    expect(reads.result.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    // One query: the content version.
    expect(reads.queries).toBe(1);

    // An editor changes a cited figure: the old tag no longer matches, the answer shows it.
    const cited = percentFigures(first)[0];
    const statistic = await findPublished(app.strapi, 'api::statistic.statistic', { label: cited.label });
    await app.strapi
      .documents('api::statistic.statistic')
      .update({ documentId: statistic!.documentId, locale: 'de', data: { value: 42.5 } } as any);
    await app.strapi.documents('api::statistic.statistic').publish({ documentId: statistic!.documentId, locale: 'de' } as any);
    const after = await get(url).set('If-None-Match', etag);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(percentFigures(after).map((f) => f.display)).toContain(`42,5${NBSP}%`);
    expect((await get(url).set('If-None-Match', after.headers.etag)).status).toBe(304);
  });

  it('a tag answers only the request it was made for, and cannot be made up', async () => {
    const first = await get(url);
    const etag = first.headers.etag as string;
    expect((await get(`${url}&fields[0]=title`).set('If-None-Match', etag)).status).toBe(200);
    const forged = etag.replace(/-([A-Za-z0-9_-]+)"$/, '-AAAAAAAAAAAAAAAAAAAAAA"');
    expect((await get(url).set('If-None-Match', forged)).status).toBe(200);
  });

  it('an expired tag (the banner may have changed) gets the full answer', async () => {
    const first = await get(url);
    const expired = (first.headers.etag as string).replace(
      /^(W\/"ed-[0-9a-z]+)-[0-9a-z]+-/,
      (_m, head) => `${head}-${(Date.now() - 1000).toString(36)}-`,
    );
    expect((await get(url).set('If-None-Match', expired)).status).toBe(200);
  });

  it('revoking the Public role\u2019s read access ends its 304s at once', async () => {
    const bookTips = '/api/book-tips';
    const first = await get(bookTips);
    expect(first.status).toBe(200);
    const publicRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permission = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action: 'api::book-tip.book-tip.find', role: publicRole.id } });
    expect(permission).toBeTruthy();
    await app.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: permission.id } });
    try {
      expect((await get(bookTips).set('If-None-Match', first.headers.etag)).status).toBe(403);
    } finally {
      await app.strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action: 'api::book-tip.book-tip.find', role: publicRole.id } });
    }
  });

  it('API token callers get their 304 after authentication, and a deleted token gets 401', async () => {
    const token = await app.strapi
      .service('admin::api-token')
      .create({ name: 'revalidate', type: 'read-only', lifespan: null, permissions: [] });
    const auth = `Bearer ${token.accessKey}`;
    const first = await get(url).set('Authorization', auth);
    expect(first.status).toBe(200);
    expect((await get(url).set('Authorization', auth).set('If-None-Match', first.headers.etag)).status).toBe(304);
    await app.strapi.service('admin::api-token').revoke(token.id);
    expect((await get(url).set('Authorization', auth).set('If-None-Match', first.headers.etag)).status).toBe(401);
  });
});

describe('plugin routes', () => {
  it('GET /api/editorial/outdated is off for the Public role until granted', async () => {
    expect((await get('/api/editorial/outdated')).status).toBe(403);
    const publicRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'plugin::editorial.outdated.find', role: publicRole.id } });
    const res = await get('/api/editorial/outdated?pagination[pageSize]=2');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.meta.pagination.total).toBeGreaterThanOrEqual(3);
    for (const a of res.body.data) expect(a.editorial.banner).not.toBeNull();
    const all = await get('/api/editorial/outdated?pagination[pageSize]=100');
    const slugs = all.body.data.map((a: any) => a.slug);
    expect(slugs).toContain(MAIN);
    expect(slugs).not.toContain(RECENT);
    expect(slugs).not.toContain(EVERGREEN);
    const en = await get('/api/editorial/outdated?locale=en');
    expect(en.body.data.length).toBeGreaterThan(0);
    expect(new Set(en.body.data.map((a: any) => a.locale))).toEqual(new Set(['en']));
    expect(en.body.data.map((a: any) => a.slug)).toContain('survey-social-media-managers-small-teams-many-goals');
  });

  it('admin routes need an admin session', async () => {
    for (const [method, path] of [
      ['get', '/editorial/settings'],
      ['put', '/editorial/settings'],
      ['get', '/editorial/freshness'],
      ['post', '/editorial/mark-reviewed'],
    ] as const) {
      expect((await (request(app.server) as any)[method](path)).status).toBe(401);
    }
  });

  it('the freshness overview counts, filters and paginates', async () => {
    const res = await get('/editorial/freshness?filter=outdated&pageSize=3&sort=outdatedAt').set('Authorization', `Bearer ${jwt}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(3);
    expect(res.body.meta.counts.outdated).toBe(res.body.meta.pagination.total);
    expect(res.body.data.every((r: any) => r.state === 'outdated')).toBe(true);
    const search = await get('/editorial/freshness?q=kleine%20teams').set('Authorization', `Bearer ${jwt}`);
    expect(search.body.data.map((r: any) => r.slug)).toEqual([MAIN]);
    expect((await get('/editorial/freshness?filter=kaputt').set('Authorization', `Bearer ${jwt}`)).status).toBe(400);
  });

  it('settings saved by an admin apply at once; invalid ones are refused and not saved', async () => {
    const auth = { Authorization: `Bearer ${jwt}` };
    const bad = await request(app.server).put('/editorial/settings').set(auth).send({ outdatedAfterMonths: 0, maxAge: 60 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/outdatedAfterMonths/);
    expect((await request(app.server).get('/editorial/settings').set(auth)).body.data.settings.maxAge).toBe(300);

    const ok = await request(app.server).put('/editorial/settings').set(auth).send({ outdatedAfterMonths: 200, maxAge: 60 });
    expect(ok.status).toBe(200);
    const article = await bySlug(MAIN);
    expect(article.editorial.banner).toBeNull();
    const res = await get(`/api/articles?filters[slug][$eq]=${MAIN}`);
    expect(res.headers['cache-control']).toBe('public, max-age=60');

    const restored = await request(app.server).put('/editorial/settings').set(auth).send({ outdatedAfterMonths: 24, maxAge: 300 });
    expect(restored.status).toBe(200);
    expect((await bySlug(MAIN)).editorial.banner.kind).toBe('outdated');
  });
});

describe('admin permissions', () => {
  async function loginAs(code: string, email: string) {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
    await app.strapi
      .service('admin::user')
      .create({ email, firstname: code, password: 'Redaktion123', isActive: true, registrationToken: null, roles: [role.id] });
    const res = await request(app.server).post('/admin/login').send({ email, password: 'Redaktion123' });
    expect(res.status).toBe(200);
    return { Authorization: `Bearer ${res.body.data.token}` };
  }

  it('an Editor reads and marks reviewed but cannot change settings; an Author only reads', async () => {
    const editor = await loginAs('strapi-editor', 'editor@example.org');
    const author = await loginAs('strapi-author', 'author@example.org');
    const { documentId } = await bySlug(MAIN);
    for (const auth of [editor, author]) {
      expect((await get('/editorial/freshness').set(auth)).status).toBe(200);
      expect((await get('/editorial/settings').set(auth)).status).toBe(200);
      expect((await request(app.server).put('/editorial/settings').set(auth).send({ maxAge: 10 })).status).toBe(403);
    }
    expect(
      (
        await request(app.server)
          .post('/editorial/mark-reviewed')
          .set(author)
          .send({ documentIds: [documentId] })
      ).status,
    ).toBe(403);
    expect((await bySlug(MAIN)).editorial.banner).not.toBeNull();
    expect(
      (
        await request(app.server)
          .post('/editorial/mark-reviewed')
          .set(editor)
          .send({ documentIds: [documentId] })
      ).status,
    ).toBe(200);
    expect((await bySlug(MAIN)).editorial.banner).toBeNull();
  });
});
