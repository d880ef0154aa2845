import {
  COVER_HEIGHT,
  COVER_WIDTH,
  demoCoverAlt,
  demoCoverFileName,
  demoCoverPng,
  demoCoverSvg,
  randomFrom,
  seedFromSlug,
} from '../../../src/seed/demo-cover';
import * as demo from '../../../src/seed/demo-content';

const MAIN = 'studie-social-media-manager-kleine-teams-viele-ziele';

describe('demo cover illustrations', () => {
  it('are the same picture for the same slug, and differ between slugs', () => {
    expect(demoCoverSvg(MAIN, 'studien')).toBe(demoCoverSvg(MAIN, 'studien'));
    expect(demoCoverSvg(MAIN, 'studien')).not.toBe(demoCoverSvg('social-media-budgets-steigen-teams-bleiben-klein', 'studien'));
    expect(seedFromSlug(MAIN)).toBe(seedFromSlug(MAIN));
    const a = randomFrom(42);
    const b = randomFrom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('draw a motif per category, with no text, script or external reference', () => {
    const svgs = ['studien', 'buchtipps', 'berufsbild', 'events', 'unbekannt'].map((c) => demoCoverSvg('x', c));
    expect(new Set(svgs.slice(0, 4)).size).toBe(4);
    for (const svg of svgs) {
      expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}"`));
      expect(svg).not.toMatch(/<text|<script|href|url\(|NaN|undefined/i);
    }
  });

  it('rasterize to a 1200×630 PNG, byte for byte the same each time', () => {
    const png = demoCoverPng(MAIN, 'studien');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(COVER_WIDTH);
    expect(png.readUInt32BE(20)).toBe(COVER_HEIGHT);
    expect(png.length).toBeLessThan(80_000);
    expect(demoCoverPng(MAIN, 'studien').equals(png)).toBe(true);
  });

  it('have German and English alt text and demo file names', () => {
    expect(demoCoverAlt('studien', 'de')).toMatch(/^Demo-Illustration: /);
    expect(demoCoverAlt('buchtipps', 'en')).toMatch(/^Demo illustration: /);
    expect(demoCoverFileName(MAIN, 'de')).toBe(`demo-cover-${MAIN}.png`);
    expect(demoCoverFileName('survey', 'en')).toBe('demo-cover-survey-en.png');
  });

  it('have a motif of their own for every demo category but studies (the default)', () => {
    const fallback = demoCoverSvg('x', 'unbekannt');
    for (const c of demo.categories)
      expect({ c: c.slug, own: demoCoverSvg('x', c.slug) !== fallback }).toEqual({ c: c.slug, own: c.slug !== 'studien' });
  });
});
