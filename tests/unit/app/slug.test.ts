import { isValidSlug, slugify, uniqueSlug } from '../../../src/domain/slug';

describe('slugify (German transliteration)', () => {
  it.each([
    ['Über Social Media & Co.', 'ueber-social-media-und-co'],
    ['Größe zählt: Öffentlichkeit', 'groesse-zaehlt-oeffentlichkeit'],
    ['Straße', 'strasse'],
    ['ÄÖÜ äöü', 'aeoeue-aeoeue'],
    ['5 Buchtipps für Social Media Manager', '5-buchtipps-fuer-social-media-manager'],
    ['  Leerzeichen   am  Rand ', 'leerzeichen-am-rand'],
    ['Studie: Social Media Manager – kleine Teams, viele Ziele', 'studie-social-media-manager-kleine-teams-viele-ziele'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['13,7 % der Teams', '13-7-prozent-der-teams'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('cuts long titles at a hyphen, within 200 characters', () => {
    const slug = slugify('Wort '.repeat(80));
    expect(slug.length).toBeLessThanOrEqual(200);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.endsWith('wort')).toBe(true);
  });

  it('validates slugs', () => {
    expect(isValidSlug('ueber-social-media-und-co')).toBe(true);
    expect(isValidSlug('Über')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
    expect(isValidSlug('-a')).toBe(false);
    expect(isValidSlug('a b')).toBe(false);
    expect(isValidSlug('x'.repeat(201))).toBe(false);
  });

  it('appends -2, -3 … until a slug is free', async () => {
    const taken = new Set(['studie', 'studie-2']);
    await expect(uniqueSlug('studie', async (s) => taken.has(s))).resolves.toBe('studie-3');
    await expect(uniqueSlug('frei', async (s) => taken.has(s))).resolves.toBe('frei');
  });
});
