/**
 * The reader's site as crawlers, link-preview bots and outside checkers see it, on the
 * production build with the demo content:
 * - without JavaScript (plain HTTP, and Chromium with JavaScript off): the 2014 article's
 *   banner, all its figures, the citation with n = 102 and the related articles; the book-tip
 *   article's five books; Open Graph, Twitter card and JSON-LD with the right values; the
 *   share image a 1200×630 PNG;
 * - the Nu Html Checker (vnu-jar, Java) on every kind of reader page: no errors;
 * - structured-data-testing-tool with its Google, Twitter and Facebook presets on the articles;
 * - axe-core in Chromium, and Lighthouse 12 with mobile settings on the home page and the 2014
 *   article: Performance ≥ 95, Accessibility 100, Best Practices ≥ 95, SEO 100 (scores printed).
 */
import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import type { Browser } from 'playwright-core';
import { APP_DIR, ARTIFACTS, CHROMIUM, launchBrowser, publicJson, screenshot, startServer, type RunningServer } from './harness';

const run = promisify(execFile);
const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';
const MAIN_EN = 'survey-social-media-managers-small-teams-many-goals';
const BOOKS = '5-buchtipps-fuer-social-media-manager';
const RECENT = 'social-media-budgets-steigen-teams-bleiben-klein';
const STUDY_2014 = 'social-media-manager-in-deutschen-unternehmen-2014';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer('reader-quality');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const html = async (pathAndQuery: string, expectedStatus = 200) => {
  const res = await fetch(`${server.url}${pathAndQuery}`, { headers: { Accept: 'text/html' } });
  expect({ path: pathAndQuery, status: res.status }).toEqual({ path: pathAndQuery, status: expectedStatus });
  return res.text();
};
const meta = (page: string, key: string) => {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/:/g, '\\:')}" content="([^"]*)"`).exec(page);
  return match ? match[1].replace(/&amp;/g, '&') : null;
};
const jsonLdOf = (page: string) =>
  [...page.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
const textOf = (page: string) =>
  page
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    // Not \s: the figures' no-break spaces must stay what they are.
    .replace(/[ \t\r\n]+/g, ' ');

/** What the API says the 2014 article shows: every figure as formatted, and its related articles. */
async function mainArticleFacts() {
  const answer = await publicJson(
    server.url,
    `/api/articles?filters[slug][$eq]=${MAIN}&populate[blocks]=true&populate[related][fields][0]=title`,
  );
  const article = answer.data[0];
  const figures: string[] = article.blocks
    .filter((b: any) => b.__component === 'blocks.study-stat')
    .flatMap((b: any) => b.rendered.figures.map((f: any) => f.display));
  return { figures, related: (article.related as Array<{ title: string }>).map((r) => r.title), title: article.title as string };
}

async function bookTitles(): Promise<string[]> {
  const answer = await publicJson(
    server.url,
    `/api/articles?filters[slug][$eq]=${BOOKS}&populate[blocks][on][blocks.book-tip][populate]=bookTips`,
  );
  return answer.data[0].blocks
    .filter((b: any) => b.__component === 'blocks.book-tip')
    .flatMap((b: any) => b.bookTips.map((t: any) => t.title));
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('without JavaScript', () => {
  it('plain HTTP: the 2014 article has its banner, all eight figures, the citation with n = 102 and the related articles', async () => {
    const facts = await mainArticleFacts();
    expect(facts.figures).toHaveLength(8);
    expect(facts.related.length).toBeGreaterThan(0);
    const page = await html(`/artikel/${MAIN}`);
    const text = textOf(page);
    expect(page).toContain('data-testid="outdated-banner"');
    expect(text).toMatch(/Dieser Artikel ist über \d+ Jahre alt/);
    for (const figure of facts.figures) expect(text).toContain(figure);
    expect(text).toContain('n = 102');
    for (const title of facts.related.slice(0, 4)) expect(text).toContain(title);
  });

  it('Chromium with JavaScript off shows the same, and the book-tip article its five books', async () => {
    const facts = await mainArticleFacts();
    const books = await bookTitles();
    expect(books).toHaveLength(5);
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/artikel/${MAIN}`);
      expect(await page.getByTestId('outdated-banner').isVisible()).toBe(true);
      await screenshot(page, 'quality-01-article-2014-no-javascript-phone');
      const body = (await page.locator('main').innerText()).replace(/[ \t\r\n]+/g, ' ');
      for (const figure of facts.figures) expect(body).toContain(figure);
      expect(body).toContain('n = 102');
      expect(await page.locator('.related [data-testid="article-card"]').count()).toBe(Math.min(4, facts.related.length));
      // Links work without script: follow the first related article.
      await page.locator('.related [data-testid="article-card"] a').first().click();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toContain('/artikel/');
      expect(await page.locator('h1').count()).toBe(1);

      await page.goto(`${server.url}/artikel/${BOOKS}`);
      const bookText = await page.locator('[data-block="book-tip"]').allInnerTexts();
      for (const title of books) expect(bookText.join('\n')).toContain(title);

      // Pagination and the category navigation are plain links.
      await page.goto(`${server.url}/`);
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) > 0) {
        await next.click();
        await page.waitForLoadState('domcontentloaded');
        expect(page.url()).toMatch(/seite=2/);
        expect(await page.getByTestId('article-card').count()).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
    }
  });

  it('Open Graph, the Twitter card and JSON-LD parse and carry the right values; the share image is a 1200×630 PNG', async () => {
    const facts = await mainArticleFacts();
    const page = await html(`/artikel/${MAIN}`);
    const url = `${server.url}/artikel/${MAIN}`;
    expect(meta(page, 'og:type')).toBe('article');
    expect(meta(page, 'og:title')).toBe(facts.title);
    expect(meta(page, 'og:url')).toBe(url);
    expect(meta(page, 'og:locale')).toBe('de_DE');
    expect(meta(page, 'og:locale:alternate')).toBe('en_GB');
    expect(meta(page, 'article:published_time')).toMatch(/^2014-03-0[34]T/);
    expect(meta(page, 'article:section')).toBeTruthy();
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'og:image:alt')).toBeTruthy();
    const image = meta(page, 'og:image')!;
    expect(image).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const bytes = Buffer.from(await (await fetch(image)).arrayBuffer());
    const size = pngSize(bytes);
    expect(size).toEqual({ width: Number(meta(page, 'og:image:width')), height: Number(meta(page, 'og:image:height')) });
    // The generated card, whether or not the cover is the og:image.
    const card = await fetch(`${server.url}/artikel/${MAIN}/share.png`);
    expect(card.headers.get('content-type')).toBe('image/png');
    expect(pngSize(Buffer.from(await card.arrayBuffer()))).toEqual({ width: 1200, height: 630 });

    const [posting, breadcrumbs] = jsonLdOf(page);
    expect(posting['@type']).toBe('BlogPosting');
    expect(posting.headline).toBe(facts.title);
    expect(posting.inLanguage).toBe('de');
    expect(posting.datePublished).toMatch(/^2014-03-0[34]/);
    expect(posting.image).toBeTruthy();
    expect(posting.citation.length).toBeGreaterThan(0);
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.at(-1).item).toBe(url);
  });
});

/** Every kind of reader page, German and English. */
async function readerPages(): Promise<Array<{ path: string; status: number }>> {
  const categories = await publicJson(server.url, '/api/categories?fields[0]=slug&pagination[pageSize]=1');
  const category = categories.data[0]?.slug;
  return [
    { path: '/', status: 200 },
    { path: '/en/', status: 200 },
    ...(/rel="next"/.test(await html('/')) ? [{ path: '/?seite=2', status: 200 }] : []),
    { path: `/artikel/${MAIN}`, status: 200 },
    { path: `/en/artikel/${MAIN_EN}`, status: 200 },
    { path: `/artikel/${BOOKS}`, status: 200 },
    { path: `/artikel/${RECENT}`, status: 200 },
    { path: `/studie/${STUDY_2014}`, status: 200 },
    { path: `/en/study/${STUDY_2014}`, status: 200 },
    ...(category ? [{ path: `/kategorie/${category}`, status: 200 }] : []),
    { path: '/suche?q=Studie', status: 200 },
    { path: '/en/suche?q=survey', status: 200 },
    { path: '/suche', status: 200 },
    { path: '/artikel/gibt-es-nicht', status: 404 },
    { path: '/en/artikel/does-not-exist', status: 404 },
  ];
}

describe('outside validators', () => {
  it('every reader page passes the Nu Html Checker with no errors', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
    const files: Record<string, string> = {};
    for (const [i, page] of (await readerPages()).entries()) {
      const file = path.join(dir, `page-${i}.html`);
      fs.writeFileSync(file, await html(page.path, page.status));
      files[file] = page.path;
    }
    const jar = path.join(APP_DIR, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    // vnu exits 1 when it reports errors; its JSON on stderr is what counts.
    const result = await run('java', ['-jar', jar, '--errors-only', '--format', 'json', ...Object.keys(files)], {
      maxBuffer: 16 * 2 ** 20,
    }).catch((error) => error);
    const messages = (
      JSON.parse(result.stderr || '{"messages":[]}').messages as Array<{
        type: string;
        url: string;
        message: string;
        lastLine?: number;
        extract?: string;
      }>
    ).filter((m) => m.type === 'error');
    const report = messages.map(
      (m) => `${files[decodeURIComponent(m.url.replace(/^file:/, ''))] ?? m.url}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`,
    );
    // eslint-disable-next-line no-console
    console.log(`[quality] Nu Html Checker: ${Object.keys(files).length} pages, ${messages.length} errors`);
    expect(report).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the articles pass structured-data-testing-tool with its Google, Twitter and Facebook presets', async () => {
    const { structuredDataTest } = require('structured-data-testing-tool');

    const { Google, Twitter, Facebook } = require('structured-data-testing-tool/presets');
    for (const articlePath of [`/artikel/${MAIN}`, `/en/artikel/${MAIN_EN}`, `/artikel/${BOOKS}`]) {
      const page = await html(articlePath);
      const result = await structuredDataTest(page, {
        presets: [Google, Twitter, Facebook],
        schemas: ['BlogPosting', 'BreadcrumbList'],
      }).catch((error: any) => {
        if (error.type === 'VALIDATION_FAILED') return error.res;
        throw error;
      });
      const failed = (result.failed as Array<{ description: string; test: string; error?: { message?: string } }>).map(
        (f) => `${f.description}: ${f.test} ${f.error?.message ?? ''}`,
      );
      // eslint-disable-next-line no-console
      console.log(
        `[quality] structured data ${articlePath}: ${result.passed.length} passed, ${failed.length} failed, ${result.warnings.length} warnings; schemas ${result.schemas.join(', ')}`,
      );
      expect({ articlePath, failed }).toEqual({ articlePath, failed: [] });
    }
    // A study page: its Dataset and breadcrumbs, by the Google preset.
    for (const studyPath of [`/studie/${STUDY_2014}`, `/en/study/${STUDY_2014}`]) {
      const result = await structuredDataTest(await html(studyPath), { presets: [Google], schemas: ['Dataset', 'BreadcrumbList'] }).catch(
        (error: any) => {
          if (error.type === 'VALIDATION_FAILED') return error.res;
          throw error;
        },
      );
      const failed = (result.failed as Array<{ description: string; test: string; error?: { message?: string } }>).map(
        (f) => `${f.description}: ${f.test} ${f.error?.message ?? ''}`,
      );
      // eslint-disable-next-line no-console
      console.log(
        `[quality] structured data ${studyPath}: ${result.passed.length} passed, ${failed.length} failed; schemas ${result.schemas.join(', ')}`,
      );
      expect({ studyPath, failed }).toEqual({ studyPath, failed: [] });
      expect(result.schemas).toEqual(expect.arrayContaining(['Dataset', 'BreadcrumbList']));
    }
  });
});

describe('charts', () => {
  it('every chart kind draws, light and dark, at 1280 and 390 wide, inside its column, with role="img", <title> and <desc>', async () => {
    const seen = new Set<string>();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          for (const slug of [MAIN, RECENT]) {
            await page.goto(`${server.url}/artikel/${slug}`);
            const figures = await page.locator('figure[data-chart]').all();
            expect(figures.length).toBeGreaterThanOrEqual(3);
            for (const figure of figures) {
              const kind = (await figure.getAttribute('data-chart'))!;
              const svg = figure.locator('svg.chart');
              expect(await svg.getAttribute('role')).toBe('img');
              expect(await svg.locator('title').count()).toBe(1);
              expect((await svg.locator('desc').textContent())!.length).toBeGreaterThan(20);
              // Not clipped: the drawing stays inside the figure at either width.
              const [box, frame] = await Promise.all([svg.boundingBox(), figure.boundingBox()]);
              expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 0.5);
              expect(box!.width).toBeGreaterThan(width === 390 ? 250 : 400);
              // The site's colours reach the drawing; a pictogram's empty marks stay outlines.
              if (kind === 'pictogram') {
                const fills = await figure.locator('.chart__mark').evaluateAll((marks) => marks.map((mark) => getComputedStyle(mark).fill));
                expect(fills).toHaveLength(2);
                expect(fills[1]).toBe('none');
                expect(fills[0]).not.toBe('none');
              }
              if (!seen.has(`${kind}-${colorScheme}-${width}`)) {
                seen.add(`${kind}-${colorScheme}-${width}`);
                await figure.screenshot({ path: path.join(ARTIFACTS, `chart-${kind}-${colorScheme}-${width}.png`) });
              }
            }
          }
        } finally {
          await context.close();
        }
      }
    }
    const kinds = [...seen].map((key) => key.split('-')[0]);
    expect(new Set(kinds)).toEqual(new Set(['bars', 'tiles', 'pictogram', 'compare']));
    expect(seen.size).toBe(16);
  });
});

describe('accessibility and Lighthouse', () => {
  const PAGES = ['/', `/artikel/${MAIN}`];

  it('axe-core finds no WCAG 2.1 AA violation on the home page and the 2014 article, light and dark', async () => {
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      // The site's CSP allows no injected script; the checker is the test's, not the page's.
      const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        for (const [i, pagePath] of [
          ...PAGES,
          `/artikel/${RECENT}`,
          `/studie/${STUDY_2014}`,
          `/artikel/${BOOKS}`,
          '/en/',
          '/suche?q=Studie',
        ].entries()) {
          await page.goto(`${server.url}${pagePath}`);
          await screenshot(
            page,
            `quality-${colorScheme}-${i + 2}-${pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}`,
          );
          await page.addScriptTag({ content: axeSource });
          const violations = await page.evaluate(async () => {
            const result = await (window as any).axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            });
            return result.violations.map(
              (v: any) =>
                `${v.id} (${v.impact}): ${v.nodes
                  .map((n: any) => n.target.join(' '))
                  .slice(0, 3)
                  .join(', ')}`,
            );
          });
          // eslint-disable-next-line no-console
          console.log(`[quality] axe ${colorScheme} ${pagePath}: ${violations.length} violations`);
          expect({ pagePath, colorScheme, violations }).toEqual({ pagePath, colorScheme, violations: [] });
        }
      } finally {
        await context.close();
      }
    }
  });

  it('Lighthouse (mobile): Performance ≥ 95, Accessibility 100, Best Practices ≥ 95, SEO 100', async () => {
    const cli = path.join(APP_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
    const chromeFlags =
      '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';
    const failures: string[] = [];
    for (const pagePath of PAGES) {
      const { stdout } = await run(
        process.execPath,
        [
          cli,
          `${server.url}${pagePath}`,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          `--chrome-flags=${chromeFlags}`,
          '--only-categories=performance,accessibility,best-practices,seo',
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 2 ** 20, timeout: 120_000 },
      );
      const report = JSON.parse(stdout);
      const score = (id: string) => Math.round((report.categories[id].score ?? 0) * 100);
      const scores = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      };
      const failing = Object.values(
        report.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string; title: string }>,
      )
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        .map((a) => `${a.id} ${a.score}`);
      // eslint-disable-next-line no-console
      console.log(
        `[quality] Lighthouse ${pagePath}: ${JSON.stringify(scores)}; LCP ${Math.round(report.audits['largest-contentful-paint'].numericValue)} ms; below 1: ${failing.join(', ') || 'none'}`,
      );
      if (scores.performance < 95 || scores.accessibility < 100 || scores.bestPractices < 95 || scores.seo < 100)
        failures.push(`${pagePath}: ${JSON.stringify(scores)} (${failing.join(', ')})`);
    }
    expect(failures).toEqual([]);
  });
});
