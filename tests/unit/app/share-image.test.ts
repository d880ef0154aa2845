/**
 * The share card's rendering: a real PNG of the right size from the 2014 article's content,
 * markup in a title drawn as text, and one render per drawn content. Prints how long a card
 * takes (docs/reader-site.md#share-images); SHARE_CARD_OUT=<dir> writes the PNGs to look at.
 */
import fs from 'fs';
import path from 'path';
import type { ReaderApi } from '../../../src/reader-site/templates/api';
import { loadShareCard, renderShareCard, shareCardTree } from '../../../src/reader-site/share-card/image';
import { shareCardContent } from '../../../src/reader-site/share-card/rules';

const MAIN = {
  title: 'Studie: Social Media Manager – kleine Teams, viele Ziele',
  locale: 'de',
  blocks: [
    { __component: 'blocks.rich-text' },
    {
      __component: 'blocks.study-stat',
      rendered: {
        figures: [{ display: '2 von 3', label: 'der Befragten arbeiten in einem Social-Media-Team mit höchstens fünf Personen' }],
      },
    },
  ],
};

function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const write = (name: string, png: Buffer) => {
  if (process.env.SHARE_CARD_OUT) fs.writeFileSync(path.join(process.env.SHARE_CARD_OUT, name), png);
};

const texts = (node: any): string[] =>
  typeof node === 'string' ? [node] : [node?.props?.children ?? []].flat().flatMap((child: any) => texts(child));

describe('share card image', () => {
  it('renders a 1200×630 PNG; cold, warm and cached timings', async () => {
    const api: ReaderApi & { calls: number } = {
      calls: 0,
      async get<T>() {
        api.calls += 1;
        return { body: { data: [MAIN] } as T, maxAge: 120 };
      },
    };
    let t = performance.now();
    const card = await loadShareCard(api, 'studie', 'de', 'Social-Media-Blog');
    const png = await card!.png();
    const cold = performance.now() - t;
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(card!.maxAge).toBe(120);
    write('share-main.png', png);

    t = performance.now();
    const warm = await renderShareCard(shareCardContent({ ...MAIN, siteName: 'Social-Media-Blog', title: `${MAIN.title} (2)` }));
    const warmMs = performance.now() - t;
    expect(pngSize(warm)).toEqual({ width: 1200, height: 630 });

    t = performance.now();
    const again = await loadShareCard(api, 'studie', 'de', 'Social-Media-Blog');
    const cachedPng = await again!.png();
    const cached = performance.now() - t;
    expect(again!.key).toBe(card!.key);
    expect(cachedPng).toBe(png); // the very same buffer: not drawn again
    // eslint-disable-next-line no-console
    console.log(
      `share card: cold ${cold.toFixed(0)} ms (fonts, wasm), warm ${warmMs.toFixed(0)} ms, cached ${cached.toFixed(2)} ms, ${png.length} bytes`,
    );
  });

  it('renders the same card once for concurrent requests', async () => {
    const card = shareCardContent({ ...MAIN, siteName: 'Blog', title: 'Gleichzeitig angefragt' });
    const api: ReaderApi = { get: async <T>() => ({ body: { data: [{ ...MAIN, title: 'Gleichzeitig angefragt' }] } as T, maxAge: null }) };
    const [a, b] = await Promise.all([loadShareCard(api, 's', 'de', 'Blog'), loadShareCard(api, 's', 'de', 'Blog')]);
    const [pa, pb] = await Promise.all([a!.png(), b!.png()]);
    expect(pa).toBe(pb);
    expect(a!.key).toBe(b!.key);
    expect(card.titleLines).toEqual(['Gleichzeitig angefragt']);
  });

  it('an article the API does not give is no card', async () => {
    const api: ReaderApi = { get: async <T>() => ({ body: { data: [] } as T, maxAge: 60 }) };
    expect(await loadShareCard(api, 'entwurf', 'de', 'Blog')).toBeNull();
  });

  it('draws markup and long compounds as text', async () => {
    const card = shareCardContent({
      siteName: 'Blog <b>',
      title: '<script>alert("x")</script> Datenschutzgrundverordnungsanpassungsgesetzgebungsverfahren erklärt',
      locale: 'de',
      blocks: [
        { __component: 'blocks.study-stat', rendered: { figures: [{ display: '13,7\u00a0%', label: '<img src=x onerror=alert(1)>' }] } },
      ],
    });
    const strings = texts(shareCardTree(card));
    expect(strings).toContain('<script>alert("x")</script>');
    expect(strings).toContain('<img src=x onerror=alert(1)>');
    const png = await renderShareCard(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    write('share-script.png', png);
  });

  it('draws the lead chart as bars, each with its label and value as text', async () => {
    const card = shareCardContent({
      siteName: 'Social-Media-Blog',
      title: 'Social-Media-Budgets steigen, die Teams bleiben klein',
      locale: 'de',
      blocks: [
        {
          __component: 'blocks.study-stat',
          rendered: {
            chart: { kind: 'compare' },
            studies: [{ publishedOn: '2026-09-01' }],
            figures: [
              {
                display: '64\u00a0%',
                label: 'sagen: Das „Team“ ist eine Person',
                value: 64,
                unit: 'percent',
                base: null,
                earlier: { edition: '2014', display: '80\u00a0%', value: 80, unit: 'percent', base: null },
              },
            ],
          },
        },
      ],
    });
    const strings = texts(shareCardTree(card));
    for (const text of ['sagen: Das „Team“ ist eine Person', '2014', '80\u00a0%', '2026', '64\u00a0%']) expect(strings).toContain(text);
    const png = await renderShareCard(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    write('share-compare.png', png);
  });
});
