/**
 * The editorial plugin in the admin, in a real browser, as an editor uses it: the side
 * panel on the 2014 demo article, "Als geprüft markieren", the Aktualität page, the home
 * widget and the settings page. Screenshots of each step go to tests/e2e/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { germanContext, launchBrowser, logIn, publicJson, screenshot, startServer, type RunningServer } from './harness';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer('admin');
  browser = await launchBrowser();
  page = await (await germanContext(browser)).newPage();
  await logIn(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const mainArticle = async () => (await publicJson(server.url, `/api/articles?filters[slug][$eq]=${MAIN}&locale=de`)).data[0];

it('the home page shows the freshness widget with counts', async () => {
  await page.goto(`${server.url}/admin`);
  const outdated = page.getByTestId('widget-outdated');
  await outdated.waitFor({ timeout: 30_000 });
  await expectText(outdated, /^\d+\s*veraltet$/);
  await expectText(page.getByTestId('widget-dueSoon'), /^\d+\s*in 90 Tagen fällig$/);
  await outdated.scrollIntoViewIfNeeded();
  await screenshot(page, '01-home-widget');
  await outdated.click();
  await page.waitForURL(/\/admin\/plugins\/editorial\?filter=outdated/);
  await page.getByRole('button', { name: /^Veraltet \(\d+\)$/, pressed: true }).waitFor({ timeout: 15_000 });
});

it('the 2014 article shows "Veraltet seit", and "Als geprüft markieren" removes the public banner', async () => {
  const before = await mainArticle();
  expect(before.editorial.banner?.kind).toBe('outdated');

  await page.goto(
    `${server.url}/admin/content-manager/collection-types/api::article.article/${before.documentId}?plugins[i18n][locale]=de`,
  );
  const state = page.getByTestId('editorial-state');
  await state.waitFor({ timeout: 30_000 });
  await expectText(state, /^Veraltet seit \d{2}\.\d{2}\.\d{4}$/);
  await expectText(page.getByTestId('editorial-banner'), /Dieser Artikel ist über \d+ Jahre alt/);
  await expectText(page.getByTestId('stat-block-preview').first(), /13,7\u00a0%/);
  await screenshot(page, '02-article-outdated');

  await page.getByRole('button', { name: 'Als geprüft markieren' }).click();
  await page.getByText(/^Aktuell bis \d{2}\.\d{2}\.\d{4}$/).waitFor({ timeout: 15_000 });
  expect(await page.getByTestId('editorial-banner').count()).toBe(0);
  await screenshot(page, '03-article-reviewed');

  const after = await mainArticle();
  expect(after.editorial.banner).toBeNull();
  expect(new Date(after.lastReviewedAt).getTime()).toBeGreaterThan(Date.now() - 120_000);

  // The edit form took the new date, so leaving the page does not ask about unsaved changes.
  await page.goto(`${server.url}/admin/plugins/editorial`);
});

it('the Preview button shows the article in the reader frontend, marked as a preview', async () => {
  const article = await mainArticle();
  await page.goto(
    `${server.url}/admin/content-manager/collection-types/api::article.article/${article.documentId}?plugins[i18n][locale]=de`,
  );
  await page.getByRole('link', { name: /Vorschau öffnen|Open preview/ }).click();
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('preview-marker').waitFor({ timeout: 30_000 });
  expect(await frame.locator('h1').textContent()).toMatch(/Social Media Manager/);
  await screenshot(page, '03b-admin-preview');
});

it('the Aktualität page lists articles and filters to outdated ones', async () => {
  await page.goto(`${server.url}/admin/plugins/editorial`);
  await page.getByTestId('freshness-row').first().waitFor({ timeout: 30_000 });
  const all = await page.getByTestId('freshness-row').count();
  await page.getByRole('button', { name: /^Veraltet \(\d+\)$/ }).click();
  await page.waitForFunction(
    () => {
      const states = [...document.querySelectorAll('[data-testid="freshness-state"]')].map((e) => e.textContent ?? '');
      return states.length > 0 && states.every((s) => s.startsWith('Veraltet seit'));
    },
    undefined,
    { timeout: 15_000 },
  );
  const outdated = await page.getByTestId('freshness-row').count();
  expect(outdated).toBeGreaterThan(0);
  expect(outdated).toBeLessThan(all);
  // The article just reviewed is no longer outdated.
  expect(await page.getByRole('link', { name: /Kleine Teams, viele Ziele/i }).count()).toBe(0);
  await screenshot(page, '04-freshness-outdated');

  // The view lives in the URL (useQueryParams): a reload, or a shared link, shows the same list.
  expect(new URL(page.url()).searchParams.get('filter')).toBe('outdated');
  await page.reload();
  await page.getByTestId('freshness-row').first().waitFor({ timeout: 30_000 });
  expect(await page.getByRole('button', { name: /^Veraltet \(\d+\)$/ }).getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByTestId('freshness-row').count()).toBe(outdated);

  await page
    .getByRole('link', { name: /^Öffnen: / })
    .first()
    .click();
  await page.getByTestId('editorial-state').waitFor({ timeout: 30_000 });
  expect(page.url()).toContain('/content-manager/collection-types/api::article.article/');
});

it('the settings page shows an invalid threshold inline and does not save it', async () => {
  await page.goto(`${server.url}/admin/settings/editorial`);
  const field = page.getByLabel('Artikel veraltet nach (Monate)');
  await field.waitFor({ timeout: 30_000 });
  await field.fill('0');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Bitte eine ganze Zahl von 1 bis 240 Monaten eingeben.').waitFor({ timeout: 10_000 });
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, '05-settings-invalid');

  await page.reload();
  await page.getByLabel('Artikel veraltet nach (Monate)').waitFor({ timeout: 30_000 });
  expect(await page.getByLabel('Artikel veraltet nach (Monate)').inputValue()).toBe('24');
});

async function expectText(locator: import('playwright-core').Locator, pattern: RegExp) {
  const deadline = Date.now() + 15_000;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await locator.textContent()) ?? '').trim();
    if (pattern.test(text)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${pattern} but the page shows ${JSON.stringify(text)}`);
}
