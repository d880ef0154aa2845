/**
 * The follow-up article in the banner (API, page, freshness after unpublishing, drafts never
 * shown), category names in the reader's language, and the English 2014 article in the
 * German one's block order.
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const MAIN_EN = 'survey-social-media-managers-small-teams-many-goals';
const RECENT = 'social-media-budgets-steigen-teams-bleiben-klein';
const RECENT_TITLE = 'Social-Media-Budgets steigen, die Teams bleiben klein';
const OLD_OTHER = 'studie-interne-unternehmenskommunikation-durch-social-media';
const ARTICLE = 'api::article.article';
const SECRET = 'GEHEIM-FOLGE';

let app: TestInstance;

beforeAll(async () => {
  app = await startStrapi({ name: 'follow-up' });
});
afterAll(async () => {
  await app?.stop();
});

const get = (path: string) => request(app.server).get(path);
const docs = () => app.strapi.documents(ARTICLE) as any;
const bySlug = async (slug: string, locale = 'de', extra = '') => {
  const res = await get(`/api/articles?locale=${locale}&filters[slug][$eq]=${slug}${extra}`);
  expect(res.status).toBe(200);
  return { article: res.body.data[0], res };
};
const documentIdOf = async (slug: string, locale = 'de') =>
  (await docs().findFirst({ filters: { slug }, locale, status: 'draft' })).documentId as string;

describe('follow-up article', () => {
  it('the 2014 article names the recent study article: title, slug and locale, nothing else', async () => {
    const { article } = await bySlug(MAIN);
    expect(article.editorial.banner.followUp).toEqual({ title: RECENT_TITLE, slug: RECENT, locale: 'de' });
  });

  it('the page links it from the banner', async () => {
    const res = await get(`/artikel/${MAIN}`);
    expect(res.status).toBe(200);
    const banner = res.text.match(/<aside[^>]*data-testid="outdated-banner"[^>]*>([\s\S]*?)<\/aside>/)![1];
    expect(banner).toMatch(new RegExp(`<a class="banner__follow-up" href="/artikel/${RECENT}"[^>]*>Neuere Fassung: ${RECENT_TITLE}</a>`));
  });

  it('a follow-up with pending changes shows its published title only', async () => {
    const recent = await documentIdOf(RECENT);
    await docs().update({ documentId: recent, locale: 'de', data: { title: `${SECRET} Entwurfstitel` } });
    try {
      const { article, res } = await bySlug(MAIN);
      expect(article.editorial.banner.followUp.title).toBe(RECENT_TITLE);
      expect(res.text).not.toContain(SECRET);
      expect((await get(`/artikel/${MAIN}`)).text).not.toContain(SECRET);
    } finally {
      await docs().discardDraft({ documentId: recent, locale: 'de' });
    }
  });

  it('a draft follow-up never reaches readers: not in the banner, not through populate or filters', async () => {
    const draft = await docs().create({
      data: { title: `${SECRET} Nur Entwurf`, excerpt: `${SECRET} Auszug` },
      locale: 'de',
      status: 'draft',
    });
    const old = await documentIdOf(OLD_OTHER);
    await docs().update({ documentId: old, locale: 'de', data: { followUp: draft.documentId } });
    await docs().publish({ documentId: old, locale: 'de' });

    const { article, res } = await bySlug(OLD_OTHER);
    expect(article.editorial.banner.kind).toBe('outdated');
    expect(article.editorial.banner).not.toHaveProperty('followUp');
    expect(res.text).not.toContain(SECRET);
    const populated = await get(`/api/articles?locale=de&filters[slug][$eq]=${OLD_OTHER}&populate[followUp]=true`);
    expect(populated.status).toBe(200);
    expect(populated.body.data[0].followUp ?? null).toBeNull();
    expect(populated.text).not.toContain(SECRET);
    for (const filter of [
      `filters[followUp][title][$startsWith]=${SECRET}`,
      'filters[followUp][id][$notNull]=true',
      `filters[followUp][excerpt][$containsi]=${SECRET}`,
    ]) {
      const filtered = await get(`/api/articles?locale=de&filters[slug][$eq]=${OLD_OTHER}&${filter}`);
      expect(filtered.status).toBe(200);
      expect(filtered.body.data).toEqual([]);
    }
    const page = await get(`/artikel/${OLD_OTHER}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(SECRET);
    expect(page.text).not.toContain('banner__follow-up');
  });

  it('unpublishing the follow-up takes the link off at once, past a stored ETag; publishing both again brings it back', async () => {
    const first = await get(`/api/articles?locale=de&filters[slug][$eq]=${MAIN}`);
    expect(first.body.data[0].editorial.banner.followUp.slug).toBe(RECENT);
    const etag = first.headers.etag;
    expect((await get(`/api/articles?locale=de&filters[slug][$eq]=${MAIN}`).set('If-None-Match', etag)).status).toBe(304);

    const recent = await documentIdOf(RECENT);
    await docs().unpublish({ documentId: recent, locale: 'de' });
    const after = await get(`/api/articles?locale=de&filters[slug][$eq]=${MAIN}`).set('If-None-Match', etag);
    expect(after.status).toBe(200);
    expect(after.body.data[0].editorial.banner.kind).toBe('outdated');
    expect(after.body.data[0].editorial.banner).not.toHaveProperty('followUp');
    expect((await get(`/artikel/${MAIN}`)).text).not.toContain('banner__follow-up');

    // Strapi links a published article to the published versions that exist when it is
    // published; the 2014 article is published again to link the new version.
    await docs().publish({ documentId: recent, locale: 'de' });
    await docs().publish({ documentId: await documentIdOf(MAIN), locale: 'de' });
    const back = await bySlug(MAIN);
    expect(back.article.editorial.banner.followUp).toEqual({ title: RECENT_TITLE, slug: RECENT, locale: 'de' });
  });

  it('English: the follow-up in the reader’s locale, labelled in English', async () => {
    const { article: before } = await bySlug(MAIN_EN, 'en');
    expect(before.editorial.banner).not.toHaveProperty('followUp');

    const recent = await documentIdOf(RECENT);
    await docs().update({
      documentId: recent,
      locale: 'en',
      data: { title: 'Social media budgets rise, teams stay small', slug: 'social-media-budgets-rise' },
      status: 'published',
    });
    await docs().update({ documentId: await documentIdOf(MAIN, 'de'), locale: 'en', data: { followUp: recent }, status: 'published' });

    const { article } = await bySlug(MAIN_EN, 'en');
    expect(article.editorial.banner.followUp).toEqual({
      title: 'Social media budgets rise, teams stay small',
      slug: 'social-media-budgets-rise',
      locale: 'en',
    });
    const page = await get(`/en/artikel/${MAIN_EN}`);
    expect(page.text).toMatch(
      /<a class="banner__follow-up" href="\/en\/artikel\/social-media-budgets-rise"[^>]*>Newer version: Social media budgets rise, teams stay small<\/a>/,
    );
    // The German banner still names the German version.
    expect((await bySlug(MAIN)).article.editorial.banner.followUp.locale).toBe('de');
  });
});

describe('categories in the reader’s language', () => {
  it('the API gives each locale its own names, with the same slugs', async () => {
    const names = async (locale: string) => {
      const res = await get(`/api/categories?locale=${locale}&fields[0]=name&fields[1]=slug&sort=slug:asc`);
      expect(res.status).toBe(200);
      return res.body.data.map((c: any) => [c.slug, c.name]);
    };
    expect(await names('de')).toEqual([
      ['berufsbild', 'Berufsbild'],
      ['buchtipps', 'Buchtipps'],
      ['events', 'Events'],
      ['studien', 'Studien'],
    ]);
    expect(await names('en')).toEqual([
      ['berufsbild', 'Job profile'],
      ['buchtipps', 'Book tips'],
      ['events', 'Events'],
      ['studien', 'Studies'],
    ]);
  });

  it('English articles carry the English category', async () => {
    const { article } = await bySlug(MAIN_EN, 'en', '&populate[category][fields][0]=name&populate[category][fields][1]=slug');
    expect(article.category).toMatchObject({ name: 'Studies', slug: 'studien' });
    const filtered = await get('/api/articles?locale=en&filters[category][slug][$eq]=studien&fields[0]=slug');
    expect(filtered.body.data.map((a: any) => a.slug)).toContain(MAIN_EN);
  });

  it('/en pages show the English names, German pages the German ones', async () => {
    const en = await get(`/en/artikel/${MAIN_EN}`);
    expect(en.status).toBe(200);
    expect(en.text).toMatch(/>Studies</);
    expect(en.text).not.toMatch(/>Studien</);
    const home = await get('/en/');
    expect(home.status).toBe(200);
    expect(home.text).toMatch(/>Studies</);
    expect(home.text).not.toMatch(/>(Studien|Berufsbild|Buchtipps)</);
    const de = await get(`/artikel/${MAIN}`);
    expect(de.text).toMatch(/>Studien</);
    expect(de.text).not.toMatch(/>Studies</);
  });
});

describe('the English 2014 article', () => {
  const populate =
    '&populate[blocks][on][blocks.rich-text][fields][0]=body&populate[blocks][on][blocks.study-stat][fields][0]=heading&populate[blocks][on][blocks.quote][fields][0]=text&populate[related][fields][0]=slug&populate[related][fields][1]=locale';
  /** Kind of each block, with the number of headings in a text block. */
  const shape = (article: any) =>
    article.blocks.map((b: any) =>
      b.__component === 'blocks.rich-text' ? `text:${(b.body ?? []).filter((n: any) => n.type === 'heading').length}` : b.__component,
    );

  it('has the German blocks in the same order: conclusion heading, quote and related articles included', async () => {
    const { article: de } = await bySlug(MAIN, 'de', populate);
    const { article: en } = await bySlug(MAIN_EN, 'en', populate);
    expect(shape(en)).toEqual(shape(de));
    expect(shape(en)).toEqual([
      'text:1',
      'blocks.study-stat',
      'text:1',
      'blocks.study-stat',
      'text:1',
      'blocks.study-stat',
      'text:1',
      'blocks.quote',
    ]);
    const headingOf = (b: any) =>
      b.body
        .find((n: any) => n.type === 'heading')
        .children.map((c: any) => c.text)
        .join('');
    const texts = en.blocks.filter((b: any) => b.__component === 'blocks.rich-text');
    expect(texts.map(headingOf)).toEqual([
      'The team is small',
      'The goals are many',
      'The biggest obstacle is inside the company',
      'Our conclusion',
    ]);
    // The conclusion sits under its own heading, not under the obstacle.
    expect(JSON.stringify(texts[2])).not.toMatch(/does not end with the sale/);
    expect(en.related).toHaveLength(de.related.length);
    expect(en.related.every((r: any) => r.locale === 'en')).toBe(true);
  });
});
