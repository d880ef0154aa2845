/** The reader's site next to the API: server-rendered pages and 404s, caching, compression, RSS, sitemap, and draft previews. */
import request from 'supertest';
import { startStrapi, type TestInstance } from '../harness/strapi';
import { adminToken, TEST_ADMIN } from '../harness/admin-session';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const MAIN_EN = 'survey-social-media-managers-small-teams-many-goals';
const ARTICLE = 'api::article.article';

let app: TestInstance;
let draftDocumentId: string;

beforeAll(async () => {
  app = await startStrapi({
    name: 'reader-site',
    covers: true,
    env: { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password },
  });
  const draft = await app.strapi.documents(ARTICLE).create({
    data: { title: 'Geheimer Entwurf über Budgets', excerpt: 'Noch nicht für Leser.' } as any,
    locale: 'de',
    status: 'draft',
  } as any);
  draftDocumentId = draft.documentId;
  // One address for the whole file (supertest would listen on a new port per request), so
  // canonical URLs, and with them the pages' ETags, stay the same between requests.
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await app?.stop();
});

const get = (path: string) => request(app.server).get(path);
const publishedCount = (locale: string) => app.strapi.documents(ARTICLE).count({ locale, status: 'published' } as any);

describe('server-rendered pages', () => {
  const metaContent = (html: string, attribute: 'name' | 'property', key: string) =>
    [...html.matchAll(new RegExp(`<meta ${attribute}="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`, 'g'))].map((m) => m[1]);
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

  it('home, articles and their English twins are complete HTML in the first response, with no script', async () => {
    for (const path of ['/', '/en/', `/artikel/${MAIN}`, `/en/artikel/${MAIN_EN}`]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).not.toMatch(/<script(?! type="application\/ld\+json")/);
      expect(res.text).not.toContain('Wird geladen');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
    const home = await get('/');
    expect(home.text).toMatch(/<html lang="de">/);
    expect(home.text).toContain('data-testid="article-card"');
    // The card's marker names the real age, as the banner does.
    expect(home.text).toMatch(/class="marker">über 1\d Jahre alt</);
    expect(home.text).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/"/);
    expect(home.text).toMatch(/hreflang="en" href="[^"]*\/en\/"/);
    expect(home.text).toMatch(/hreflang="x-default"/);
  });

  it('the 2014 article carries title, description, canonical, hreflang, Open Graph, Twitter card and JSON-LD', async () => {
    const res = await get(`/artikel/${MAIN}`);
    const html = res.text;
    expect(html).toMatch(/<title>Studie: Social Media Manager – kleine Teams, viele Ziele – [^<]+<\/title>/);
    expect(metaContent(html, 'name', 'description')[0]).toBeTruthy();
    expect(html).toContain(`<link rel="canonical" href="${new URL(res.request.url).origin}/artikel/${MAIN}"/>`);
    expect(html).toMatch(new RegExp(`hreflang="en" href="[^"]*/en/artikel/${MAIN_EN}"`));
    expect(html).toMatch(/hreflang="x-default"/);
    expect(metaContent(html, 'property', 'og:type')).toEqual(['article']);
    expect(metaContent(html, 'property', 'og:locale')).toEqual(['de_DE']);
    expect(metaContent(html, 'property', 'og:locale:alternate')).toEqual(['en_GB']);
    expect(metaContent(html, 'property', 'article:published_time')[0]).toMatch(/^2014-03-0[34]/);
    expect(metaContent(html, 'property', 'article:section')[0]).toBeTruthy();
    expect(metaContent(html, 'name', 'twitter:card')[0]).toMatch(/^summary/);
    // The outdated banner, figures with their source, and related articles are in the HTML.
    expect(html).toContain('data-testid="outdated-banner"');
    expect(html).toMatch(/Dieser Artikel ist über \d+ Jahre alt/);
    expect(html).toContain('13,7\u00a0%');
    expect(html).toContain('n = 102');
    expect(html).toContain('class="related"');
    // Warned once: the banner says it, so the stat blocks keep their source lines but no age note.
    expect(html).not.toContain('stat-block__warning');
    const [posting, breadcrumbs] = jsonLd(html);
    expect(posting['@type']).toBe('BlogPosting');
    expect(posting.datePublished).toMatch(/^2014-03-0[34]/);
    expect(posting.citation[0].name).toMatch(/Social Media Manager/);
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.at(-1).item).toContain(`/artikel/${MAIN}`);
  });

  it("unknown or unpublished slugs and unknown addresses answer 404 with the reader's 404 page", async () => {
    for (const path of [
      '/artikel/gibt-es-nicht',
      `/en/artikel/${MAIN}`,
      '/artikel/geheimer-entwurf-ueber-budgets',
      '/gibt-es-nicht',
      '/kategorie/gibt-es-nicht',
    ]) {
      const res = await get(path).set('Accept', 'text/html');
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.text).toContain('data-testid="not-found"');
      expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
      expect(res.text).not.toContain('Geheimer Entwurf');
    }
  });

  it('pages carry an ETag and Cache-Control, and a current If-None-Match gets 304', async () => {
    const first = await get(`/artikel/${MAIN}`);
    expect(first.headers.etag).toMatch(/^"p-[\w-]+"$/);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    const again = await get(`/artikel/${MAIN}`).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
  });

  it('compresses pages, API answers and the stylesheet; the stylesheet is fingerprinted and immutable', async () => {
    const page = await get('/').set('Accept-Encoding', 'br, gzip');
    expect(page.headers['content-encoding']).toBe('br');
    const api = await get('/api/articles?populate=*').set('Accept-Encoding', 'gzip');
    expect(api.headers['content-encoding']).toBe('gzip');
    const href = /<link rel="stylesheet" href="(\/assets\/reader-[0-9a-f]{12}\.css)"/.exec(page.text)![1];
    const css = await get(href).set('Accept-Encoding', 'gzip');
    expect(css.status).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-encoding']).toBe('gzip');
  });

  it('robots.txt names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
  });

  it('says clearly, with a 503, when the API cannot be reached', async () => {
    process.env.API_URL = 'http://127.0.0.1:9';
    try {
      // A URL not asked before: the page kept from earlier tests is still true (nothing was written).
      const res = await get(`/artikel/${MAIN}?api=down`);
      expect(res.status).toBe(503);
      expect(res.text).toContain('data-testid="unreachable"');
      expect(res.headers['cache-control']).toBe('private, no-store');
    } finally {
      delete process.env.API_URL;
    }
  });

  it('leaves the API and the admin alone', async () => {
    expect((await get('/api/articles')).headers['content-type']).toMatch(/json/);
    expect((await get('/api/gibt-es-nicht').set('Accept', 'text/html')).headers['content-type']).toMatch(/json/);
  });
});

describe('RSS and sitemap', () => {
  it('the German feed lists the published German articles, newest first, without drafts', async () => {
    const res = await get('/rss.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/rss\+xml/);
    const items = [...res.text.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
    expect(items).toHaveLength(await publishedCount('de'));
    expect(res.text).not.toContain('Geheimer Entwurf');
    const dates = items.map((item) => new Date(/<pubDate>(.*)<\/pubDate>/.exec(item)![1]).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(res.text).toContain(`/artikel/${MAIN}</link>`);
    expect(res.text).toContain('<pubDate>Tue, 04 Mar 2014');
  });

  it('the English feed lists the English article', async () => {
    const res = await get('/en/rss.xml');
    expect(res.status).toBe(200);
    expect(res.text).toContain(`/en/artikel/${MAIN_EN}</link>`);
    expect([...res.text.matchAll(/<item>/g)]).toHaveLength(await publishedCount('en'));
  });

  it('the sitemap lists every published article in both languages with alternates, and no draft', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    const locs = [...res.text.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs.filter((l) => l.includes('/artikel/'))).toHaveLength((await publishedCount('de')) + (await publishedCount('en')));
    expect(res.text).toContain(`hreflang="en" href="${new URL(locs[0]).origin}/en/artikel/${MAIN_EN}"`);
    expect(res.text).not.toContain('geheimer-entwurf');
    // lastmod is the article's real last change, not the demo import that wrote updatedAt.
    const main = new RegExp(`<loc>[^<]*/artikel/${MAIN}</loc>(?:(?!</url>)[\\s\\S])*?<lastmod>([^<]+)</lastmod>`).exec(res.text);
    expect(main?.[1]).toMatch(/^2014-03-0[34]/);
  });
});

describe('draft preview', () => {
  const preview = () => app.strapi.plugin('editorial').service('preview');

  it('the admin Preview button gets a signed link to the reader page', async () => {
    const jwt = await adminToken(app.server);
    const res = await get(`/content-manager/preview/url/${ARTICLE}?documentId=${draftDocumentId}&locale=de&status=draft`).set(
      'Authorization',
      `Bearer ${jwt}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.url).toMatch(/^\/artikel\/geheimer-entwurf-ueber-budgets\?preview=[\w-]+\.[\w-]+$/);
  });

  it('a valid link shows the draft, enriched and never cached; a changed or expired one shows nothing', async () => {
    const url: string = await preview().link(ARTICLE, { documentId: draftDocumentId, locale: 'de' });
    const token = new URL(url, 'http://x').searchParams.get('preview')!;
    const ok = await get(`/api/editorial/preview?token=${token}&populate[category]=true`);
    expect(ok.status).toBe(200);
    expect(ok.body.data.title).toBe('Geheimer Entwurf über Budgets');
    expect(ok.body.data.publishedAt).toBeNull();
    expect(ok.body.data).toHaveProperty('editorial');
    expect(ok.body.data).not.toHaveProperty('createdBy');
    expect(ok.headers['cache-control']).toBe('private, no-store');
    expect(ok.headers['x-robots-tag']).toMatch(/noindex/);
    const page = await get(`/artikel/geheimer-entwurf-ueber-budgets?preview=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers['x-robots-tag']).toMatch(/noindex/);

    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const tampered = await get(`/api/editorial/preview?token=${token.slice(0, -1)}${last}`);
    expect(tampered.status).toBe(401);
    expect(tampered.body.data).toBeNull();
    expect(tampered.body.error.message).toMatch(/^Vorschau abgelaufen/);

    const oldUrl: string = await preview().link(
      ARTICLE,
      { documentId: draftDocumentId, locale: 'de' },
      new Date(Date.now() - 2 * 3600_000),
    );
    const expired = await get(`/api/editorial/preview?token=${new URL(oldUrl, 'http://x').searchParams.get('preview')}`);
    expect(expired.status).toBe(401);
    expect(expired.body.error.details.reason).toBe('expired');
    expect((await get('/api/editorial/preview')).status).toBe(401);
  });

  it('no link for types without a reader page', async () => {
    expect(await preview().link('api::study.study', { documentId: 'x', locale: 'de' })).toBeNull();
  });
});
