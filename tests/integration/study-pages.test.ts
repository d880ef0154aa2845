/**
 * Study pages: the plugin's `GET /api/editorial/studies/:slug` (published only, validated,
 * editions through `supersededBy` and `continues`, citing articles) and the reader's
 * `/studie/<slug>` and `/en/study/<slug>` with their Dataset JSON-LD, the sitemap, and the
 * links from every chart's citation line and from "Neuere Zahl 2026: 64 %".
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import type { StudyPage } from '../../src/plugins/editorial/shared/contracts';

const STUDY_2014 = 'social-media-manager-in-deutschen-unternehmen-2014';
const STUDY_RECENT = 'social-media-budget-monitor-demo';
const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const RECENT = 'social-media-budgets-steigen-teams-bleiben-klein';

let app: TestInstance;
const get = (path: string) => request(app.server).get(path);
const page = async (slug: string, query = ''): Promise<StudyPage> => {
  const res = await get(`/api/editorial/studies/${slug}${query}`);
  expect(res.status).toBe(200);
  return res.body.data;
};

beforeAll(async () => {
  app = await startStrapi({ name: 'study-pages' });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await app?.stop();
});

describe('GET /api/editorial/studies/:slug', () => {
  it('the 2014 study: method in one line, all eight statistics charted, the articles citing it, the newer edition', async () => {
    const data = await page(STUDY_2014);
    expect(data.study).toMatchObject({
      title: 'Social Media Manager in deutschen Unternehmen 2014',
      sampleSize: 102,
      representative: false,
      publishedOnPrecision: 'month',
    });
    expect(data.method).toBe('Social-Media-Blog (Demo-Agentur) · befragt Februar 2014 · n = 102 · nicht repräsentativ');
    expect(data.warning).toMatch(/veraltet/);
    expect(data.statistics).toHaveLength(8);
    expect(data.statistics.map((s) => s.figure.display)).toContain('8 von 10');
    for (const { chart } of data.statistics) {
      expect(chart!.svg).toMatch(
        /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart chart--(bars|pictogram|tiles|compare)" role="img"/,
      );
    }
    expect(data.statistics.find((s) => s.figure.display === '2 von 3')!.chart!.kind).toBe('pictogram');
    expect(data.articles.map((a) => a.slug)).toEqual([MAIN]);
    // The recent study asked three of its questions again: a newer edition.
    expect(data.editions.newer.map((e) => e.slug)).toEqual([STUDY_RECENT]);
    expect(data.editions.earlier).toEqual([]);
  });

  it('the recent study compares with 2014 where it asked the same question, and names 2014 as its earlier edition', async () => {
    const data = await page(STUDY_RECENT);
    const kinds = data.statistics.map((s) => s.chart?.kind);
    expect(kinds.filter((k) => k === 'compare')).toHaveLength(3);
    expect(data.editions.earlier.map((e) => [e.slug, e.edition])).toEqual([[STUDY_2014, '2014']]);
    expect(data.articles.map((a) => a.slug)).toEqual([RECENT]);
  });

  it('in English: the English version, its translation named', async () => {
    const data = await page(STUDY_2014, '?locale=en');
    expect(data.study.title).toBe('Social media managers in German companies 2014');
    expect(data.method).toBe('Social-Media-Blog (Demo-Agentur) · fielded February 2014 · n = 102 · not representative');
    expect(data.localizations).toEqual([{ locale: 'de', slug: STUDY_2014 }]);
  });

  it('400 naming what is wrong, 404 for an unknown or unpublished study', async () => {
    for (const [path, message] of [
      ['/api/editorial/studies/Nicht_OK', /^slug must be lowercase/],
      [`/api/editorial/studies/${STUDY_2014}?locale=deutsch`, /^locale must look like/],
      [`/api/editorial/studies/${STUDY_2014}?populate=*`, /^only locale/],
    ] as const) {
      const res = await get(path);
      expect({ path, status: res.status, name: res.body.error?.name }).toEqual({ path, status: 400, name: 'ValidationError' });
      expect(res.body.error.message).toMatch(message);
    }
    expect((await get('/api/editorial/studies/gibt-es-nicht')).status).toBe(404);
    const draft = await (app.strapi.documents('api::study.study') as any).create({
      data: { title: 'Nur ein Entwurf', slug: 'nur-ein-entwurf', publishedOn: '2025-01-01' },
      locale: 'de',
      status: 'draft',
    });
    expect((await get('/api/editorial/studies/nur-ein-entwurf')).status).toBe(404);
    expect((await get('/studie/nur-ein-entwurf')).status).toBe(404);
    await (app.strapi.documents('api::study.study') as any).delete({ documentId: draft.documentId, locale: 'de' });
  });
});

describe('the reader’s study pages', () => {
  it('/studie/<slug>: title, method, charts with their tables, the citing article, the newer edition, Dataset JSON-LD', async () => {
    const res = await get(`/studie/${STUDY_2014}`);
    expect(res.status).toBe(200);
    const html = res.text;
    expect(html).toContain('<h1>Social Media Manager in deutschen Unternehmen 2014</h1>');
    expect(html).toContain(
      'data-testid="study-method">Social-Media-Blog (Demo-Agentur) · befragt Februar 2014 · n = 102 · nicht repräsentativ</p>',
    );
    expect(html.match(/<figure class="stat-block stat-block--\w+" data-chart="\w+"><div class="stat-block__chart"><svg /g)).toHaveLength(8);
    expect(html.match(/<details class="stat-block__data">/g)).toHaveLength(8);
    expect(html).toContain(`href="/artikel/${MAIN}"`);
    expect(html).toContain(`href="/studie/${STUDY_RECENT}"`);
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    const dataset = jsonLd.find((j) => j['@type'] === 'Dataset');
    expect(dataset).toMatchObject({
      name: 'Social Media Manager in deutschen Unternehmen 2014',
      creator: { name: 'Social-Media-Blog (Demo-Agentur)' },
      temporalCoverage: '2014-02',
    });
    expect(dataset.description.length).toBeGreaterThanOrEqual(50);
    expect(dataset.variableMeasured).toHaveLength(8);
    expect(dataset.citation).toEqual([expect.stringMatching(new RegExp(`/studie/${STUDY_RECENT}$`))]);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="http://127\\.0\\.0\\.1:\\d+/studie/${STUDY_2014}"`));
    expect(html).toMatch(new RegExp(`hreflang="en" href="http://127\\.0\\.0\\.1:\\d+/en/study/${STUDY_2014}"`));
  });

  it('/en/study/<slug> in English; the other language’s segment and unknown studies are 404 pages', async () => {
    const en = await get(`/en/study/${STUDY_2014}`);
    expect(en.status).toBe(200);
    expect(en.text).toContain('<h1>Social media managers in German companies 2014</h1>');
    for (const path of [`/en/studie/${STUDY_2014}`, `/study/${STUDY_2014}`, '/studie/gibt-es-nicht']) {
      const res = await get(path).set('Accept', 'text/html');
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });

  it('the article’s citation lines link to the study page, the 2014 figure to the newer one', async () => {
    const html = (await get(`/artikel/${MAIN}`)).text;
    expect(html).toContain(`<a href="/studie/${STUDY_2014}">zur Studie</a>`);
    expect(html).toMatch(new RegExp(`<strong>Neuere Zahl 20\\d\\d: 64\u00a0%</strong> – sagen: .*? · <a href="/studie/${STUDY_RECENT}">`));
  });

  it('the sitemap lists every published study page, with its translation', async () => {
    const xml = (await get('/sitemap.xml')).text;
    expect(xml).toMatch(new RegExp(`<loc>http://127\\.0\\.0\\.1:\\d+/studie/${STUDY_2014}</loc>`));
    expect(xml).toMatch(new RegExp(`<loc>http://127\\.0\\.0\\.1:\\d+/en/study/${STUDY_2014}</loc>`));
    expect(xml).toMatch(new RegExp(`<loc>http://127\\.0\\.0\\.1:\\d+/studie/${STUDY_RECENT}</loc>`));
  });
});
