/**
 * The editorial plugin in the admin, in a real browser, as an editor uses it: the side
 * panel on the 2014 demo article, "Als geprüft markieren", the Aktualität page, the home
 * widget and the settings page. Screenshots of each step go to tests/e2e/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { ADMIN, germanContext, launchBrowser, logIn, publicJson, screenshot, startServer, type RunningServer } from './harness';
import type { BrowserContext } from 'playwright-core';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The editor has a name, so the owner field, "Meine Artikel" and the review list can show it.
  server = await startServer('admin', { ADMIN_FIRSTNAME: 'Mara', ADMIN_LASTNAME: 'Müller' });
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

  // Below the form: which webhooks get the freshness events (none yet), and the e-mail digest.
  const webhooks = page.getByTestId('editorial-webhooks');
  await webhooks.scrollIntoViewIfNeeded();
  await expectText(webhooks, /Noch kein Webhook angelegt/);
  await page.getByRole('heading', { name: 'E-Mail-Zusammenfassung' }).waitFor({ timeout: 10_000 });
  await screenshot(page, '05b-settings-notifications');
});

describe('owners, review notes and the mobile drawer (#18)', () => {
  const editUrl = (documentId: string) =>
    `${server.url}/admin/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=de`;

  it('an editor makes herself the owner in the edit view, and "Meine Artikel" lists that article', async () => {
    const article = await mainArticle();
    await page.goto(editUrl(article.documentId));
    await page.getByTestId('editorial-owner').waitFor({ timeout: 30_000 });
    await expectText(page.getByTestId('editorial-owner'), /^Verantwortlich: niemand/);
    // "Veraltet-Hinweis" offers words, not the stored values (custom field global::freshness-mode).
    await expectText(page.getByRole('combobox', { name: /Veraltet-Hinweis/ }), /^Automatisch: Hinweis nach Ablauf der Frist$/);
    const owner = page.getByRole('combobox', { name: /Verantwortlich/ });
    await owner.scrollIntoViewIfNeeded();
    await owner.click();
    await page.getByRole('option', { name: /Mara/ }).first().click();
    await page.getByRole('button', { name: /^Veröffentlichen$/ }).click();
    await page
      .getByText(/Veröffentlicht|Published/)
      .first()
      .waitFor({ timeout: 15_000 });
    await expectText(page.getByTestId('editorial-owner'), /^Verantwortlich: Mara Müller$/);

    await page.goto(`${server.url}/admin/plugins/editorial`);
    await page.getByTestId('freshness-row').first().waitFor({ timeout: 30_000 });
    const everyone = await page.getByTestId('freshness-row').count();
    await page.getByRole('button', { name: 'Meine Artikel' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="freshness-row"]').length === 1, undefined, {
      timeout: 15_000,
    });
    expect(everyone).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('owner')).toBe('me');
    await expectText(page.getByTestId('freshness-owner').first(), /^Mara Müller$/);
    expect(await page.getByRole('link', { name: /Kleine Teams, viele Ziele/i }).count()).toBe(1);
    await screenshot(page, '06-meine-artikel');
  });

  it('a review with a note appears under "Letzte Prüfungen"', async () => {
    const article = await mainArticle();
    await page.goto(editUrl(article.documentId));
    const note = page.getByLabel('Notiz zur Prüfung (freiwillig)');
    await note.waitFor({ timeout: 30_000 });
    await note.fill('Zahlen geprüft, Studie 2026 verlinkt');
    await page.getByRole('button', { name: 'Als geprüft markieren' }).click();
    const reviews = page.getByTestId('editorial-reviews');
    await expectText(reviews, /Mara Müller.*Zahlen geprüft, Studie 2026 verlinkt/s);
    expect(await note.inputValue()).toBe('');
    await reviews.scrollIntoViewIfNeeded();
    await screenshot(page, '07-review-note');
  });

  it('on a phone the side panel sits in the actions drawer and works there', async () => {
    const article = await mainArticle();
    const phone = await page.context().newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(editUrl(article.documentId));
    await phone.getByRole('button', { name: 'Open more actions' }).click({ timeout: 30_000 });
    const state = phone.getByTestId('editorial-state');
    await state.waitFor({ timeout: 15_000 });
    await expectText(state, /^Aktuell bis \d{2}\.\d{2}\.\d{4}$/);
    await expectText(phone.getByTestId('editorial-owner'), /^Verantwortlich: Mara Müller$/);
    await phone.getByTestId('editorial-reviews').scrollIntoViewIfNeeded();
    await expectText(phone.getByTestId('editorial-reviews'), /Zahlen geprüft/);
    // Nothing sticks out sideways on a narrow screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await screenshot(phone, '08-mobile-drawer');
    await phone.close();
  });

  /** The admin takes its language from the user's profile at sign-in ("Interface language"). */
  const setProfileLanguage = async (language: 'de' | 'en') => {
    const call = async (method: string, path: string, body: unknown, jwt?: string) => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}) },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const login = await call('POST', '/admin/login', ADMIN);
    await call('PUT', '/admin/users/me', { preferedLanguage: language }, login.data.token);
  };

  it('English-speaking editors get the same in English', async () => {
    const article = await mainArticle();
    await setProfileLanguage('en');
    const english: BrowserContext = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1440, height: 1000 },
    });
    await english.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'en'));
    const en = await english.newPage();
    await logIn(en, server.url);
    await en.goto(`${server.url}/admin/plugins/editorial?owner=me`);
    await en.getByTestId('freshness-row').first().waitFor({ timeout: 30_000 });
    expect(await en.getByRole('button', { name: 'My articles' }).getAttribute('aria-pressed')).toBe('true');
    expect(await en.getByTestId('freshness-row').count()).toBe(1);
    await screenshot(en, '09-my-articles-en');
    await en.goto(editUrl(article.documentId));
    await expectText(en.getByTestId('editorial-owner'), /^Owner: Mara Müller$/);
    await expectText(en.getByRole('combobox', { name: /Veraltet-Hinweis/ }), /^Automatic: notice once the threshold has passed$/);
    await expectText(en.getByTestId('editorial-reviews'), /Latest reviews.*Zahlen geprüft/s);
    await en.getByTestId('editorial-reviews').scrollIntoViewIfNeeded();
    await screenshot(en, '10-review-note-en');
    const phone = await english.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(editUrl(article.documentId));
    await phone.getByRole('button', { name: 'Open more actions' }).click({ timeout: 30_000 });
    await expectText(phone.getByTestId('editorial-owner'), /^Owner: Mara Müller$/);
    await screenshot(phone, '11-mobile-drawer-en');
    await english.close();
    await setProfileLanguage('de');
  });
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
