/** The one lookup of the default locale: per Strapi instance, reused for 5 s. */
import { defaultLocale } from '../../../src/plugins/editorial/server/src/i18n/default-locale';

function fakeStrapi(codes: string[]) {
  let calls = 0;
  const strapi = { plugin: () => ({ service: () => ({ getDefaultLocale: async () => codes[Math.min(calls++, codes.length - 1)] }) }) };
  return { strapi: strapi as any, calls: () => calls };
}

afterEach(() => jest.restoreAllMocks());

it('asks i18n once per 5 s and instance, then again; each instance has its own', async () => {
  let now = 1_000_000;
  jest.spyOn(Date, 'now').mockImplementation(() => now);
  const a = fakeStrapi(['de', 'en']);
  const b = fakeStrapi(['en']);
  expect(await defaultLocale(a.strapi)).toBe('de');
  expect(await defaultLocale(b.strapi)).toBe('en');
  now += 4999;
  expect(await defaultLocale(a.strapi)).toBe('de');
  expect(a.calls()).toBe(1);
  now += 1;
  // An admin made English the default: seen once the 5 s are over.
  expect(await defaultLocale(a.strapi)).toBe('en');
  expect(a.calls()).toBe(2);
  expect(b.calls()).toBe(1);
});

it('is German without the i18n plugin', async () => {
  expect(await defaultLocale({ plugin: () => undefined } as any)).toBe('de');
});
