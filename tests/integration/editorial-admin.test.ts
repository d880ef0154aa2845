/**
 * The plugin's admin API as the admin panel uses it: the edit view's side panel, the
 * freshness overview's study columns and filter, settings with per-category thresholds.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';
import type { DocumentFreshness, OverviewResult, SettingsResponse } from '../../src/plugins/editorial/shared/contracts';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const RECENT = 'social-media-budgets-steigen-teams-bleiben-klein';
const EVERGREEN = 'was-macht-eigentlich-ein-social-media-manager';
const STUDY_2014 = 'social-media-manager-in-deutschen-unternehmen-2014';
const STUDY_RECENT = 'social-media-budget-monitor-demo';
const NBSP = '\u00a0';

let app: TestInstance;
let auth: { Authorization: string };

beforeAll(async () => {
  app = await startStrapi({ name: 'editorial-admin', env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password } });
  auth = { Authorization: `Bearer ${await adminToken(app.server)}` };
});
afterAll(async () => {
  await app?.stop();
});

const api = () => request(app.server);
const publicArticle = async (slug: string, locale = 'de') => {
  const res = await api().get(`/api/articles?filters[slug][$eq]=${slug}&locale=${locale}`);
  expect(res.status).toBe(200);
  return res.body.data[0];
};
const panel = async (documentId: string, locale = 'de') => {
  const res = await api().get(`/editorial/document?documentId=${documentId}&locale=${locale}`).set(auth);
  expect(res.status).toBe(200);
  return res.body.data as DocumentFreshness;
};
const overview = async (query: string) => {
  const res = await api().get(`/editorial/freshness?${query}`).set(auth);
  expect(res.status).toBe(200);
  return res.body as OverviewResult;
};

describe('side panel data (GET /editorial/document)', () => {
  it('shows the 2014 article as outdated, with the banner and blocks exactly as readers get them', async () => {
    const article = await publicArticle(MAIN);
    const data = await panel(article.documentId);
    expect(data.version).toBe('published');
    expect(data.state).toBe('outdated');
    expect(data.outdatedAt).toBe(article.editorial.outdatedAt);
    // The banner as readers get it (readers get its HTML when they ask with editorial[html]=true).
    expect(data.banner).toEqual({ ...article.editorial.banner, html: expect.stringMatching(/^<aside class="editorial-banner/) });
    expect(data.thresholdMonths).toBe(24);
    expect(data.statBlocks.length).toBeGreaterThan(0);
    const figures = data.statBlocks.flatMap((b) => b.figures.map((f) => f.display));
    expect(figures).toContain(`13,7${NBSP}%`);
    expect(data.statBlocks[0].citations[0]?.text).toMatch(/n\s*=\s*102/);
    expect(data.statBlocks[0].warning).toBeTruthy();
  });

  it('speaks English for the English version, and says evergreen and fresh states', async () => {
    const en = await publicArticle('survey-social-media-managers-small-teams-many-goals', 'en');
    const data = await panel(en.documentId, 'en');
    expect(data.locale).toBe('en');
    expect(data.banner?.message).toMatch(/years old/);

    const evergreen = await panel((await publicArticle(EVERGREEN)).documentId);
    expect(evergreen.state).toBe('evergreen');
    expect(evergreen.banner).toBeNull();
    const recent = await panel((await publicArticle(RECENT)).documentId);
    expect(recent.state).toBe('fresh');
    expect(new Date(recent.outdatedAt!).getTime()).toBeGreaterThan(Date.now());
  });

  it('a never-published draft is described as the draft, without a banner', async () => {
    const draft = await app.strapi.documents('api::article.article').create({
      data: { title: 'Nur ein Entwurf für das Panel', excerpt: 'Entwurf' } as any,
      locale: 'de',
      status: 'draft',
    } as any);
    const data = await panel(draft.documentId);
    expect(data.version).toBe('draft');
    expect(data.state).toBe('unpublished');
    expect(data.banner).toBeNull();
  });

  it('refuses bad input and unknown documents, and needs a session', async () => {
    expect((await api().get('/editorial/document?documentId=nichtda123&locale=de').set(auth)).status).toBe(404);
    expect((await api().get('/editorial/document?documentId=..%2F..&locale=de').set(auth)).status).toBe(400);
    expect((await api().get('/editorial/document?documentId=abc&contentType=api::study.study').set(auth)).status).toBe(400);
    expect((await api().get('/editorial/document?documentId=abc&locale=%3Cx%3E').set(auth)).status).toBe(400);
    expect((await api().get('/editorial/document?documentId=abc')).status).toBe(401);
  });
});

describe('overview: cited studies', () => {
  it('gives each row the age of its oldest cited study, and flags old data', async () => {
    const all = await overview('pageSize=100');
    const main = all.data.find((r) => r.slug === MAIN)!;
    expect(main.oldestStudyOn).toBe('2014-02-01');
    expect(main.oldestStudyAgeYears).toBeGreaterThanOrEqual(12);
    expect(main.citesOutdatedStudy).toBe(true);
    // The recent article cites the recent study only (it shows the 2014 values as that study's earlier edition).
    const recent = all.data.find((r) => r.slug === RECENT)!;
    expect(recent.oldestStudyOn).toMatch(/^20\d\d-\d\d-01$/);
    expect(recent.citesOutdatedStudy).toBe(false);
    const evergreen = all.data.find((r) => r.slug === EVERGREEN)!;
    expect(evergreen.oldestStudyOn).toBeNull();
    expect(evergreen.citesOutdatedStudy).toBe(false);

    const old = await overview('filter=citesOldData&pageSize=100');
    expect(old.data.map((r) => r.slug)).toEqual(expect.arrayContaining([MAIN]));
    expect(old.data.map((r) => r.slug)).not.toContain(RECENT);
    expect(old.data.map((r) => r.slug)).not.toContain(EVERGREEN);
    expect(old.meta.counts.citesOldData).toBe(old.meta.pagination.total);

    const byStudy = await overview('sort=oldestStudyOn&order=asc&pageSize=100');
    expect(byStudy.data[0].oldestStudyOn).toBe('2014-02-01');
  });

  it('flags an article whose cited study has a newer published edition', async () => {
    const documents = app.strapi.documents('api::study.study');
    const old = await documents.findFirst({ filters: { slug: STUDY_RECENT }, locale: 'de' } as any);
    const newer = await documents.findFirst({ filters: { slug: STUDY_2014 }, locale: 'de' } as any);
    // The recent demo study pretends to be superseded by another study, so RECENT qualifies.
    await documents.update({ documentId: old!.documentId, locale: 'de', data: { supersededBy: newer!.documentId } as any } as any);
    await documents.publish({ documentId: old!.documentId, locale: 'de' } as any);
    try {
      const rows = await overview('filter=citesOldData&pageSize=100');
      expect(rows.data.find((r) => r.slug === RECENT)?.citesSuperseded).toBe(true);
      // MAIN cites only the 2014 study, which has no newer edition.
      expect(rows.data.find((r) => r.slug === MAIN)?.citesSuperseded).toBe(false);
    } finally {
      await documents.update({ documentId: old!.documentId, locale: 'de', data: { supersededBy: null } as any } as any);
      await documents.publish({ documentId: old!.documentId, locale: 'de' } as any);
    }
    const after = await overview('pageSize=100');
    expect(after.data.find((r) => r.slug === RECENT)?.citesSuperseded).toBe(false);
  });
});

describe('overview: search and sort behave alike on every database', () => {
  it('searches titles case-insensitively, umlauts included', async () => {
    const upper = await overview('q=F%C3%9CR%20SOCIAL');
    expect(upper.data.map((r) => r.slug)).toEqual(['5-buchtipps-fuer-social-media-manager']);
    const mixed = await overview('q=kLeInE%20tEaMs');
    expect(mixed.data.map((r) => r.slug)).toEqual([MAIN]);
  });

  it('puts entries without the sorted date last, ascending and descending', async () => {
    for (const order of ['asc', 'desc']) {
      const rows = (await overview(`sort=outdatedAt&order=${order}&pageSize=100`)).data;
      const dated = rows.filter((r) => r.outdatedAt !== null).map((r) => new Date(r.outdatedAt!).getTime());
      expect(rows.findIndex((r) => r.outdatedAt === null)).toBe(dated.length);
      expect(dated).toEqual([...dated].sort((a, b) => (order === 'asc' ? a - b : b - a)));
      const studies = (await overview(`sort=oldestStudyOn&order=${order}&pageSize=100`)).data;
      expect(studies.at(-1)!.oldestStudyOn).toBeNull();
    }
  });
});

describe('settings with per-category thresholds', () => {
  const settings = async () => (await api().get('/editorial/settings').set(auth)).body.data as SettingsResponse['data'];

  it('lists the categories with their own thresholds', async () => {
    const data = await settings();
    const byName = Object.fromEntries(data.categories.map((c) => [c.name, c.outdatedAfterMonths]));
    expect(byName).toMatchObject({ Studien: null, Buchtipps: 36, Events: 12 });
    expect(data.settings.contentTypes).toEqual(['api::article.article']);
  });

  it('refuses an invalid category threshold whole: nothing is saved, the error names the field', async () => {
    const data = await settings();
    const studien = data.categories.find((c) => c.name === 'Studien')!;
    const res = await api()
      .put('/editorial/settings')
      .set(auth)
      .send({ maxAge: 120, categoryThresholds: [{ documentId: studien.documentId, outdatedAfterMonths: 0 }] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['categoryThresholds.0.outdatedAfterMonths']);
    const unknown = await api()
      .put('/editorial/settings')
      .set(auth)
      .send({ categoryThresholds: [{ documentId: 'gibtsnicht', outdatedAfterMonths: 5 }] });
    expect(unknown.status).toBe(400);
    const after = await settings();
    expect(after.settings.maxAge).toBe(300);
    expect(after.categories.find((c) => c.name === 'Studien')!.outdatedAfterMonths).toBeNull();
  });

  it('a category threshold saved here moves the banner of its articles, and clearing it restores the global one', async () => {
    const studien = (await settings()).categories.find((c) => c.name === 'Studien')!;
    const save = (months: number | null) =>
      api()
        .put('/editorial/settings')
        .set(auth)
        .send({ categoryThresholds: [{ documentId: studien.documentId, outdatedAfterMonths: months }] });
    expect((await save(240)).status).toBe(200);
    expect((await publicArticle(MAIN)).editorial.banner).toBeNull();
    expect((await panel((await publicArticle(MAIN)).documentId)).thresholdMonths).toBe(240);
    expect((await save(null)).status).toBe(200);
    expect((await publicArticle(MAIN)).editorial.banner?.kind).toBe('outdated');
  });
});
