/**
 * The reader's blog in a real browser on the demo content: home, the 2014 article with its
 * banner and figures (and how fast it renders), a recent article, related articles, the
 * English switch, the 404 page, editor text shown as text, feed and sitemap, and previews.
 */
import type { Browser, Page } from 'playwright-core';
import { signPreviewToken } from '../../src/plugins/editorial/server/src/preview/preview-token';
import { ADMIN, launchBrowser, publicJson, screenshot, startServer, type RunningServer } from './harness';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const RECENT = 'social-media-budgets-steigen-teams-bleiben-klein';
const PREVIEW_SECRET = 'e2e-preview-secret-0123456789';
const XSS = '<img src=x onerror=alert(1)>';
const NBSP = '\u00a0';

let server: RunningServer;
let browser: Browser;
let page: Page;
let apiRequests: string[] = [];
const dialogs: string[] = [];
let adminJwt: string;
let apiToken: string;

async function json(method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data: any = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

beforeAll(async () => {
  server = await startServer('reader', { PREVIEW_SECRET });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })).newPage();
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiRequests.push(r.url());
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  adminJwt = (await json('POST', '/admin/login', ADMIN)).data.token;
  apiToken = (await json('POST', '/admin/api-tokens', { name: 'e2e-writer', type: 'full-access', lifespan: null }, adminJwt)).data
    .accessKey;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string) {
  apiRequests = [];
  const started = Date.now();
  const response = await page.goto(`${server.url}${path}`);
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 15_000 });
  return { status: response?.status(), ms: Date.now() - started };
}

it('home lists the demo articles newest first', async () => {
  const { status } = await open('/');
  expect(status).toBe(200);
  const cards = page.getByTestId('article-card');
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  const dates = await page.$$eval('[data-testid="article-card"] time', (els) =>
    els.map((e) => new Date(e.getAttribute('datetime')!).getTime()),
  );
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  expect(await page.getByText('4. März 2014').count()).toBe(1);
  // The marker names the real age, as the banner does (the 2014 article is over 12 years old).
  expect(await page.locator('.marker', { hasText: /über 1\d Jahre alt/ }).count()).toBeGreaterThan(0);
  expect(await page.locator('.marker', { hasText: 'älter als' }).count()).toBe(0);
  expect(apiRequests.length).toBeLessThanOrEqual(3);
  await screenshot(page, 'reader-01-home');
});

it('the 2014 article shows its banner and sourced figures within a second, with at most three API requests', async () => {
  await open('/'); // warm: shell, script and stylesheet cached like a reader's second page
  apiRequests = [];
  const started = Date.now();
  await page.goto(`${server.url}/artikel/${MAIN}`);
  await page.getByTestId('outdated-banner').waitFor();
  await page.locator('[data-block="study-stat"]').first().waitFor();
  const ms = Date.now() - started;
  // eslint-disable-next-line no-console
  console.log(
    `[e2e] 2014 article rendered (banner and stat blocks visible) ${ms} ms after navigation, ${apiRequests.length} API request(s)`,
  );
  expect(ms).toBeLessThan(1000);
  expect(apiRequests.length).toBeLessThanOrEqual(3);

  expect(await page.getByTestId('outdated-banner').getAttribute('role')).toBe('note');
  expect(await page.getByTestId('outdated-banner').textContent()).toMatch(/Dieser Artikel ist über \d+ Jahre alt/);
  const body = (await page.getByTestId('article').textContent()) ?? '';
  expect(body).toContain(`13,7${NBSP}%`);
  expect(body).toContain('n = 102');
  expect(body).toContain('Veröffentlicht am 4. März 2014');
  const ld = JSON.parse((await page.getByTestId('json-ld').textContent()) ?? '{}');
  expect(ld['@type']).toBe('BlogPosting');
  expect(ld.datePublished).toMatch(/^2014-03-0[34]/);
  expect(ld.citation[0].name).toMatch(/Social Media Manager/);
  await screenshot(page, 'reader-02-article-2014');
});

it('related articles are teaser cards that link through', async () => {
  await open(`/artikel/${MAIN}`);
  const related = page.locator('.related [data-testid="article-card"]');
  expect(await related.count()).toBe(4);
  const link = related.first().locator('a').first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await page.waitForSelector('body[data-rendered="true"]');
  expect((await page.locator('h1').textContent())!.trim()).toBe(title);
});

it('is accessible: landmarks, headings in order, alt texts, AA contrast; and it fits a phone', async () => {
  for (const path of ['/', `/artikel/${MAIN}`, '/artikel/5-buchtipps-fuer-social-media-manager']) {
    await open(path);
    const report = await page.evaluate(() => {
      const landmarks = ['header', 'main', 'footer', 'nav'].filter((tag) => document.querySelector(tag));
      const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      const skipped = levels.some((level, i) => i > 0 && level > levels[i - 1] + 1);
      const missingAlt = [...document.querySelectorAll('img')].filter((img) => !img.hasAttribute('alt')).length;
      const luminance = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const background = (el: Element | null): number[] => {
        for (let node = el; node; node = node.parentElement) {
          const bg = getComputedStyle(node).backgroundColor;
          if (bg && !bg.endsWith(', 0)') && bg !== 'transparent') return parse(bg);
        }
        return [255, 255, 255];
      };
      const worst = [...document.querySelectorAll('main *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
        .map((el) => {
          const [l1, l2] = [luminance(parse(getComputedStyle(el).color)), luminance(background(el))].sort((a, b) => b - a);
          return { ratio: (l1 + 0.05) / (l2 + 0.05), text: el.textContent!.trim().slice(0, 40) };
        })
        .sort((a, b) => a.ratio - b.ratio)[0];
      return { landmarks, h1: levels.filter((l) => l === 1).length, first: levels[0], skipped, missingAlt, worst };
    });
    expect(report.landmarks).toEqual(['header', 'main', 'footer', 'nav']);
    expect(report.h1).toBe(1);
    expect(report.first).toBe(1);
    expect(report.skipped).toBe(false);
    expect(report.missingAlt).toBe(0);
    expect(report.worst.ratio).toBeGreaterThanOrEqual(4.5);
  }
  await page.setViewportSize({ width: 375, height: 812 });
  await open(`/artikel/${MAIN}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, 'reader-02b-article-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
});

it('a recent article has no banner', async () => {
  await open(`/artikel/${RECENT}`);
  expect(await page.getByTestId('article').count()).toBe(1);
  expect(await page.getByTestId('outdated-banner').count()).toBe(0);
  await screenshot(page, 'reader-03-article-recent');
});

it('the English switch opens the English version', async () => {
  await open(`/artikel/${MAIN}`);
  await page.getByTestId('language-switch').click();
  await page.waitForURL(/\/en\/artikel\//);
  await page.waitForSelector('body[data-rendered="true"]');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.getByTestId('outdated-banner').textContent()).toMatch(/This article is over \d+ years old/);
  await screenshot(page, 'reader-04-article-english');
});

it('an unknown slug gets the 404 page', async () => {
  const { status } = await open('/artikel/diesen-artikel-gibt-es-nicht');
  expect(status).toBe(404);
  await page.getByTestId('not-found').waitFor();
  expect(await page.locator('h1').textContent()).toBe('Seite nicht gefunden');
  await screenshot(page, 'reader-05-not-found');
});

it('an editor’s markup in a title and a stat label is shown as text and runs nothing', async () => {
  const study = (await publicJson(server.url, '/api/studies?fields[0]=title&pagination[pageSize]=1')).data[0];
  const statistic = await json(
    'POST',
    '/api/statistics',
    { data: { label: `Anteil ${XSS}`, value: 42, unit: 'percent', study: study.documentId } },
    apiToken,
  );
  const article = await json(
    'POST',
    '/api/articles',
    {
      data: {
        title: `Test ${XSS}`,
        excerpt: `Auszug ${XSS}`,
        blocks: [{ __component: 'blocks.study-stat', heading: XSS, statistics: [statistic.data.documentId] }],
      },
    },
    apiToken,
  );
  await open(`/artikel/${article.data.slug}`);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('h1').textContent()).toBe(`Test ${XSS}`);
  expect(await page.locator('[data-block="study-stat"]').textContent()).toContain(`Anteil ${XSS}`);
  await open('/');
  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await screenshot(page, 'reader-06-markup-as-text');
});

it('feed and sitemap are well-formed XML listing published articles only', async () => {
  await json('POST', '/api/articles?status=draft', { data: { title: 'Unveröffentlichter Entwurf für den Feed-Test' } }, apiToken);
  const published = (await publicJson(server.url, '/api/articles?fields[0]=slug&pagination[pageSize]=100&locale=de')).data.map(
    (a: any) => a.slug,
  );
  for (const path of ['/rss.xml', '/en/rss.xml', '/sitemap.xml']) {
    await page.goto(`${server.url}/`);
    const result = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.nodeName,
        links: [...doc.querySelectorAll('item > link, url > loc')].map((e) => e.textContent ?? ''),
      };
    }, path);
    expect(result.error).toBe(false);
    expect(result.root).toBe(path.includes('sitemap') ? 'urlset' : 'rss');
    expect(result.links.some((l) => l.includes('unveroeffentlichter-entwurf'))).toBe(false);
    if (path === '/rss.xml')
      expect(result.links.map((l) => decodeURIComponent(l.split('/artikel/')[1])).sort()).toEqual([...published].sort());
  }
});

it('a valid preview link shows the draft marked "Vorschau"; changed or expired, it shows nothing', async () => {
  const draft = await json(
    'POST',
    '/api/articles?status=draft',
    { data: { title: 'Entwurf: Neue Zahlen zum Social-Media-Budget', excerpt: 'Noch geheim.' } },
    apiToken,
  );
  const { data } = await json(
    'GET',
    `/content-manager/preview/url/api::article.article?documentId=${draft.data.documentId}&locale=de&status=draft`,
    undefined,
    adminJwt,
  );
  // Absolute when PUBLIC_URL is set (as here), else a path: the test opens its path either way.
  const link = new URL(data.url, server.url);
  const url = `${link.pathname}${link.search}`;

  await open(url);
  expect(await page.locator('h1').textContent()).toBe('Entwurf: Neue Zahlen zum Social-Media-Budget');
  expect(await page.getByTestId('preview-marker').textContent()).toContain('Vorschau');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
  await screenshot(page, 'reader-07-preview');

  const token = new URL(url, server.url).searchParams.get('preview')!;
  const i = token.length - 5;
  const changed = url.replace(token, token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1));
  for (const bad of [
    changed,
    `/artikel/${draft.data.slug}?preview=${signPreviewToken({ uid: 'api::article.article', documentId: draft.data.documentId, locale: 'de', exp: Math.floor(Date.now() / 1000) - 60, iat: Math.floor(Date.now() / 1000) - 3660 }, PREVIEW_SECRET)}`,
  ]) {
    await open(bad);
    await page.getByTestId('preview-expired').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Vorschau abgelaufen');
    expect(await page.getByTestId('article').count()).toBe(0);
    expect(await page.content()).not.toContain('Neue Zahlen zum Social-Media-Budget');
  }
  await screenshot(page, 'reader-08-preview-expired');
});
