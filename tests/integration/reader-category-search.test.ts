/**
 * Category pages and the search: the API route `GET /api/articles/search` (umlaut and case
 * rule, body text, pagination, 400s) and the reader pages `/kategorie/<slug>` and `/suche`
 * with their `/en` twins (status, head, pagination, 301 from the old filter, no links to
 * categories without articles in the page's language).
 */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
const PAGE_SIZE = 9;

let app: TestInstance;
const ids: Record<string, string> = {};
const get = (path: string) => request(app.server).get(path);
const docs = () => app.strapi.documents(ARTICLE as any) as any;

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

beforeAll(async () => {
  app = await startStrapi({ name: 'reader-category-search' });
  // One address for the file: canonical URLs name the port.
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const categories = app.strapi.documents(CATEGORY as any) as any;
  ids.paged = (
    await categories.create({
      data: { name: 'Seitentest', slug: 'seitentest', description: 'Eine Kategorie mit vielen Artikeln.' },
      locale: 'de',
    })
  ).documentId;
  ids.draftOnly = (await categories.create({ data: { name: 'Nur Entwürfe', slug: 'nur-entwuerfe' }, locale: 'de' })).documentId;

  ids.umlauts = (
    await docs().create({
      data: {
        title: 'Suchtest: Größenwahn im Prüfstand',
        excerpt: 'Ein Auszug über Café-Kultur.',
        blocks: [
          { __component: 'blocks.rich-text', body: [paragraph('Im Text steht das Wort Quokkafähre.')] },
          { __component: 'blocks.quote', text: 'Ein Zitat vom Blaumeisenkönig.', source: 'Zitatquelle' },
        ],
      },
      locale: 'de',
      status: 'published',
    })
  ).documentId;
  // Twelve published articles in one category sharing a word: two pages of nine on the site.
  for (let i = 0; i < 12; i += 1) {
    const day = String(i + 1).padStart(2, '0');
    await docs().create({
      data: {
        title: `Paginierwort Nummer ${i + 1}`,
        excerpt: 'Für die Seitenzählung.',
        category: ids.paged,
        originallyPublishedAt: `2020-01-${day}T10:00:00.000Z`,
      },
      locale: 'de',
      status: 'published',
    });
  }
  await docs().create({ data: { title: 'Entwurf in leerer Kategorie', category: ids.draftOnly }, locale: 'de', status: 'draft' });
});
afterAll(async () => {
  await app?.stop();
});

describe('GET /api/articles/search', () => {
  const search = async (query: string) => {
    const res = await get(`/api/articles/search?${query}`);
    expect({ query, status: res.status }).toEqual({ query, status: 200 });
    return res.body as { data: any[]; meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } } };
  };
  const slugsFor = async (q: string, locale = 'de') =>
    (await search(`q=${encodeURIComponent(q)}&locale=${locale}&pageSize=100`)).data.map((a) => a.slug).sort();

  it('"FÜR", "für" and "fuer" find the same articles; "fur" is another word', async () => {
    const fuer = await slugsFor('für');
    expect(fuer).toContain('5-buchtipps-fuer-social-media-manager');
    expect(await slugsFor('FÜR')).toEqual(fuer);
    expect(await slugsFor('fuer')).toEqual(fuer);
    expect(await slugsFor('prufstand')).toEqual([]);
    expect(await slugsFor('PRÜFSTAND')).toEqual(['suchtest-groessenwahn-im-pruefstand']);
    expect(await slugsFor('pruefstand')).toEqual(['suchtest-groessenwahn-im-pruefstand']);
    expect(await slugsFor('GRÖSSENWAHN')).toEqual(['suchtest-groessenwahn-im-pruefstand']);
  });

  it('finds words of the excerpt, the body and quotes, diacritics dropped, every word required', async () => {
    expect(await slugsFor('cafe kultur')).toEqual(['suchtest-groessenwahn-im-pruefstand']);
    expect(await slugsFor('Quokkafähre')).toEqual(['suchtest-groessenwahn-im-pruefstand']);
    expect(await slugsFor('blaumeisenkoenig zitatquelle')).toEqual(['suchtest-groessenwahn-im-pruefstand']);
    expect(await slugsFor('quokkafaehre gibtesnirgends')).toEqual([]);
    // The language is the locale's: the German article is not an English hit.
    expect(await slugsFor('quokkafaehre', 'en')).toEqual([]);
  });

  it('answers in the shape of /api/articles, newest first, page by page', async () => {
    const first = await search('q=paginierwort&pageSize=5&fields[0]=title&fields[1]=slug&populate[category][fields][0]=slug');
    expect(first.meta.pagination).toEqual({ page: 1, pageSize: 5, pageCount: 3, total: 12 });
    expect(first.data.map((a) => a.title)).toEqual([12, 11, 10, 9, 8].map((n) => `Paginierwort Nummer ${n}`));
    // The same entry as /api/articles gives it for the same fields and populate (editorial info included).
    const same = await get(
      `/api/articles?filters[documentId][$eq]=${first.data[0].documentId}&fields[0]=title&fields[1]=slug&populate[category][fields][0]=slug`,
    );
    expect(first.data[0]).toEqual(same.body.data[0]);
    expect(Object.keys(first.data[0]).sort()).toEqual(['category', 'documentId', 'editorial', 'id', 'slug', 'title']);
    const last = await search('q=paginierwort&pageSize=5&page=3');
    expect(last.data.map((a) => a.title)).toEqual(['Paginierwort Nummer 2', 'Paginierwort Nummer 1']);
    expect((await search('q=paginierwort&pageSize=5&page=4')).data).toEqual([]);
  });

  it.each([
    ['', 'q'],
    ['q=a', 'q'],
    [`q=${'x'.repeat(101)}`, 'q'],
    ['q=%21%21%3F', 'q'],
    ['q[0]=ab', 'q'],
    ['q=ab&locale=fr', 'locale'],
    ['q=ab&page=0', 'page'],
    ['q=ab&page=10001', 'page'],
    ['q=ab&pageSize=101', 'pageSize'],
    ['q=ab&sort=title', 'sort'],
    ['q=ab&filters[title][$eq]=x', 'filters'],
    ['q=ab&populate[createdBy]=true', null],
  ])('?%s is a 400 naming the parameter', async (query, param) => {
    const res = await get(`/api/articles/search?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    if (param) expect(res.body.error.message).toMatch(new RegExp(`^${param.replace(/[[\]]/g, '\\$&')} `));
  });
});

describe('category pages', () => {
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

  it("list the category's articles nine a page, with head tags and breadcrumbs", async () => {
    const res = await get('/kategorie/seitentest');
    expect(res.status).toBe(200);
    const origin = new URL(res.request.url).origin;
    expect(res.text).toMatch(/<title>Seitentest – [^<]+<\/title>/);
    expect(res.text).toContain('<meta name="description" content="Eine Kategorie mit vielen Artikeln."/>');
    expect(res.text).toContain(`<link rel="canonical" href="${origin}/kategorie/seitentest"/>`);
    expect(res.text).toContain('<meta property="og:type" content="website"/>');
    expect(res.text).not.toContain('noindex');
    expect(res.text.match(/data-testid="article-card"/g)).toHaveLength(PAGE_SIZE);
    expect(res.text).toContain('href="/kategorie/seitentest?seite=2" rel="next"');
    expect(res.text).toMatch(/<a href="\/kategorie\/seitentest" aria-current="page">Seitentest<\/a>/);
    const breadcrumbs = jsonLd(res.text).find((doc) => doc['@type'] === 'BreadcrumbList');
    expect(breadcrumbs.itemListElement.map((item: any) => item.item)).toEqual([`${origin}/`, `${origin}/kategorie/seitentest`]);
    // No English article in it: no language twin.
    expect(res.text).not.toContain('hreflang="en"');

    const second = await get('/kategorie/seitentest?seite=2');
    expect(second.status).toBe(200);
    expect(second.text).toMatch(/<title>Seitentest – Seite 2 von 2 – /);
    expect(second.text).toContain(`<link rel="canonical" href="${origin}/kategorie/seitentest?seite=2"/>`);
    expect(second.text.match(/data-testid="article-card"/g)).toHaveLength(3);
    expect(second.text).toContain('href="/kategorie/seitentest" rel="prev"');
  });

  it('a category with articles in both languages has its English twin with hreflang', async () => {
    const de = await get('/');
    const shared = [...de.text.matchAll(/href="\/kategorie\/([^"]+)"/g)].map((m) => m[1]);
    const en = await get('/en/');
    const sharedEn = [...en.text.matchAll(/href="\/en\/kategorie\/([^"]+)"/g)].map((m) => m[1]);
    const both = shared.filter((slug) => sharedEn.includes(slug));
    expect(both.length).toBeGreaterThan(0);
    const page = await get(`/en/kategorie/${both[0]}`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html lang="en">/);
    expect(page.text).toMatch(new RegExp(`hreflang="de" href="[^"]*/kategorie/${both[0]}"`));
    expect(page.text).toContain('data-testid="language-switch"');
  });

  it('unknown categories, empty ones and pages past the end are 404', async () => {
    for (const path of [
      '/kategorie/gibt-es-nicht',
      '/kategorie/nur-entwuerfe',
      '/en/kategorie/seitentest',
      '/kategorie/seitentest?seite=3',
      '/kategorie/seitentest/mehr',
    ]) {
      const res = await get(path).set('Accept', 'text/html');
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.text).toContain('data-testid="not-found"');
    }
  });

  it("the navigation links only categories with published articles in the page's language", async () => {
    const de = await get('/');
    expect(de.text).toContain('href="/kategorie/seitentest"');
    expect(de.text).not.toContain('nur-entwuerfe');
    expect(de.text).not.toContain('?kategorie=');
    const en = await get('/en/');
    expect(en.text).not.toContain('seitentest');
    expect(en.text).not.toContain('nur-entwuerfe');
    expect(en.text).toMatch(/href="\/en\/kategorie\/[^"]+"/);
  });

  it('the old filter /?kategorie= moves for good to the category page', async () => {
    const res = await get('/?kategorie=seitentest');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/kategorie/seitentest');
    const en = await get('/en/?kategorie=seitentest&seite=2');
    expect(en.status).toBe(301);
    expect(en.headers.location).toBe('/en/kategorie/seitentest?seite=2');
  });

  it('articles and cards link their category page', async () => {
    const list = await get('/kategorie/seitentest');
    expect(list.text).toMatch(/<a class="card__category" href="\/kategorie\/seitentest">Seitentest<\/a>/);
    const slug = /href="\/artikel\/([^"]+)"/.exec(list.text)![1];
    const article = await get(`/artikel/${slug}`);
    expect(article.text).toContain('<p class="article__category"><a href="/kategorie/seitentest">Seitentest</a></p>');
    const breadcrumbs = jsonLd(article.text).find((doc) => doc['@type'] === 'BreadcrumbList');
    expect(breadcrumbs.itemListElement[1].item).toMatch(/\/kategorie\/seitentest$/);
  });
});

describe('the search page', () => {
  it('without a query: the form only, never indexed, no canonical', async () => {
    const res = await get('/suche');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(res.text).not.toContain('rel="canonical"');
    expect(res.text).toMatch(
      /<form class="search-form" role="search" aria-label="Artikel durchsuchen" action="\/suche" method="get"><label for="search-page-q">[^<]+<\/label><input id="search-page-q" type="search" name="q" minlength="2"/,
    );
    expect(res.text).toContain('<button type="submit">Suchen</button>');
    expect(res.text).not.toContain('data-testid="article-card"');
    expect(res.text).not.toContain('data-testid="search-summary"');
  });

  it('every page has the search box in its header', async () => {
    for (const [path, action, label] of [
      ['/', '/suche', 'Suche'],
      ['/en/', '/en/suche', 'Search'],
    ]) {
      const res = await get(path);
      expect(res.text).toContain(`<form class="site-search" role="search" aria-label="${label}" action="${action}" method="get">`);
    }
  });

  it('shows "n Treffer für „q“", the hits as cards, and page links that keep q', async () => {
    const res = await get(`/suche?q=${encodeURIComponent('PRÜFSTAND')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('1 Treffer für „PRÜFSTAND“');
    expect(res.text).toContain('href="/artikel/suchtest-groessenwahn-im-pruefstand"');
    expect(res.text).toContain('value="PRÜFSTAND"');
    expect(res.text).toContain('noindex');

    const first = await get('/suche?q=paginierwort');
    expect(first.text).toContain('12 Treffer für „paginierwort“');
    expect(first.text.match(/data-testid="article-card"/g)).toHaveLength(PAGE_SIZE);
    expect(first.text).toContain('href="/suche?q=paginierwort&amp;seite=2" rel="next"');
    const second = await get('/suche?q=paginierwort&seite=2');
    expect(second.status).toBe(200);
    expect(second.text.match(/data-testid="article-card"/g)).toHaveLength(3);
    expect(second.text).toContain('href="/suche?q=paginierwort" rel="prev"');
    expect((await get('/suche?q=paginierwort&seite=3').set('Accept', 'text/html')).status).toBe(404);
  });

  it("says so when nothing is found, or the query is too short, in the page's language", async () => {
    const none = await get('/suche?q=gibtesnirgends');
    expect(none.status).toBe(200);
    expect(none.text).toContain('0 Treffer für „gibtesnirgends“');
    const short = await get('/suche?q=a');
    expect(short.status).toBe(200);
    expect(short.text).toContain('Bitte geben Sie 2 bis 100 Zeichen');
    const en = await get('/en/suche?q=social');
    expect(en.status).toBe(200);
    expect(en.text).toMatch(/<html lang="en">/);
    expect(en.text).toMatch(/\d+ results? for “social”/);
    expect(en.text).toContain('href="/suche?q=social"');
  });
});
