/**
 * Cover illustrations for the demo articles, made by the project itself: a calm, abstract
 * composition in the blog's palette, drawn from the article's slug as seed (the same slug
 * always gives the same picture) with a motif per category (bars for studies, book spines
 * for book tips, heads and a speech bubble for the job, a stage and lights for events).
 *
 * `demoCoverSvg` is pure; `demoCoverPng` rasterizes it with resvg (no fonts, no network),
 * 1200×630, the size link previews expect. The seed uploads the PNG (the upload plugin
 * refuses SVG, which can carry script) as `demo-cover-<slug>.png`, captioned as a demo.
 */
import { Resvg } from '@resvg/resvg-js';

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 630;

/** The blog's palette; public/reader.css uses the same colours. */
export const BRAND = {
  ink: '#16233a',
  petrol: '#0b6e6e',
  coral: '#e0583a',
  sun: '#f2b53a',
  sky: '#9fd0df',
  sand: '#f3ebdd',
  paper: '#fbf8f3',
} as const;

type Colour = (typeof BRAND)[keyof typeof BRAND];

/** FNV-1a over the slug's UTF-16 code units: a 32-bit seed. */
export function seedFromSlug(slug: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i += 1) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast, deterministic generator in [0, 1). */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scheme {
  background: Colour;
  shape: Colour;
  accent: Colour;
  soft: Colour;
  line: Colour;
}

/** A few tested combinations, so every cover stays calm and on brand. */
const SCHEMES: Scheme[] = [
  { background: BRAND.sand, shape: BRAND.petrol, accent: BRAND.coral, soft: BRAND.sky, line: BRAND.ink },
  { background: BRAND.ink, shape: BRAND.sky, accent: BRAND.sun, soft: BRAND.petrol, line: BRAND.paper },
  { background: BRAND.petrol, shape: BRAND.sand, accent: BRAND.coral, soft: BRAND.sky, line: BRAND.paper },
  { background: BRAND.paper, shape: BRAND.ink, accent: BRAND.sun, soft: BRAND.sky, line: BRAND.petrol },
];

const round = (n: number) => Math.round(n * 10) / 10;

function rect(x: number, y: number, w: number, h: number, fill: string, r = 0, extra = ''): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" rx="${round(r)}" fill="${fill}"${extra}/>`;
}
function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}" fill="${fill}"${extra}/>`;
}

function studies(random: () => number, s: Scheme): string[] {
  const out: string[] = [];
  const bars = 4 + Math.floor(random() * 3);
  const baseX = 600 + random() * 60;
  const baseline = 500;
  const width = 62;
  const gap = 26;
  for (let i = 0; i < bars; i += 1) {
    const h = 110 + random() * 250;
    const fill = i === Math.floor(bars / 2) ? s.accent : s.shape;
    out.push(rect(baseX + i * (width + gap), baseline - h, width, h, fill, 10));
  }
  out.push(rect(baseX - 30, baseline + 14, bars * (width + gap) + 34, 8, s.line, 4));
  // A ring with a share cut out of it, the other classic chart.
  const cx = 300 + random() * 60;
  const cy = 300 + random() * 40;
  const r = 120 + random() * 30;
  const share = 0.2 + random() * 0.6;
  const angle = share * 2 * Math.PI;
  const x = cx + r * Math.sin(angle);
  const y = cy - r * Math.cos(angle);
  out.push(circle(cx, cy, r, 'none', ` stroke="${s.soft}" stroke-width="44"`));
  out.push(
    `<path d="M ${round(cx)} ${round(cy - r)} A ${round(r)} ${round(r)} 0 ${share > 0.5 ? 1 : 0} 1 ${round(x)} ${round(y)}" fill="none" stroke="${s.accent}" stroke-width="44" stroke-linecap="round"/>`,
  );
  return out;
}

function books(random: () => number, s: Scheme): string[] {
  const out: string[] = [];
  const colours = [s.shape, s.accent, s.soft, s.shape, s.line];
  let x = 520 + random() * 60;
  const shelf = 520;
  const count = 5 + Math.floor(random() * 2);
  for (let i = 0; i < count; i += 1) {
    const w = 48 + random() * 40;
    const h = 230 + random() * 150;
    const fill = colours[(i + Math.floor(random() * 2)) % colours.length];
    if (i === count - 2) {
      // One book leans on its neighbour.
      out.push(rect(x + 20, shelf - h, w, h, fill, 6, ` transform="rotate(14 ${round(x + 20 + w)} ${shelf})"`));
      x += w + 70;
    } else {
      out.push(rect(x, shelf - h, w, h, fill, 6));
      out.push(rect(x + 12, shelf - h + 36, w - 24, 8, s.background, 4, ' opacity="0.7"'));
      x += w + 10;
    }
  }
  out.push(rect(460, shelf, Math.max(x - 420, 520), 14, s.line, 7));
  // An open book, seen from above, on the left.
  const cx = 270 + random() * 40;
  const cy = 300;
  out.push(
    `<path d="M ${cx} ${cy + 80} C ${cx - 70} ${cy + 40} ${cx - 150} ${cy + 50} ${cx - 190} ${cy + 80} L ${cx - 190} ${cy - 90} C ${cx - 150} ${cy - 120} ${cx - 70} ${cy - 130} ${cx} ${cy - 90} Z" fill="${s.soft}"/>`,
  );
  out.push(
    `<path d="M ${cx} ${cy + 80} C ${cx + 70} ${cy + 40} ${cx + 150} ${cy + 50} ${cx + 190} ${cy + 80} L ${cx + 190} ${cy - 90} C ${cx + 150} ${cy - 120} ${cx + 70} ${cy - 130} ${cx} ${cy - 90} Z" fill="${s.shape}"/>`,
  );
  return out;
}

function people(random: () => number, s: Scheme): string[] {
  const out: string[] = [];
  const heads = 3;
  const baseX = 560 + random() * 60;
  for (let i = 0; i < heads; i += 1) {
    const x = baseX + i * 170;
    const lift = i === 1 ? 50 : 0;
    const fill = i === 1 ? s.accent : i === 0 ? s.shape : s.soft;
    out.push(circle(x, 360 - lift, 56, fill));
    out.push(`<path d="M ${x - 100} 560 C ${x - 100} ${400 - lift} ${x + 100} ${400 - lift} ${x + 100} 560 Z" fill="${fill}"/>`);
  }
  // A speech bubble: social media is conversation.
  const bx = 170 + random() * 60;
  const by = 150 + random() * 40;
  out.push(rect(bx, by, 270, 170, s.shape, 36));
  out.push(`<path d="M ${bx + 60} ${by + 166} L ${bx + 40} ${by + 230} L ${bx + 120} ${by + 166} Z" fill="${s.shape}"/>`);
  for (let i = 0; i < 3; i += 1) out.push(circle(bx + 80 + i * 55, by + 85, 14, s.background));
  return out;
}

function events(random: () => number, s: Scheme): string[] {
  const out: string[] = [];
  const cx = 760 + random() * 80;
  // Light cones from above onto a stage.
  out.push(`<path d="M ${cx - 40} 0 L ${cx - 260} 520 L ${cx + 40} 520 Z" fill="${s.soft}" opacity="0.55"/>`);
  out.push(`<path d="M ${cx + 120} 0 L ${cx - 20} 520 L ${cx + 280} 520 Z" fill="${s.accent}" opacity="0.35"/>`);
  out.push(rect(cx - 330, 520, 660, 26, s.line, 13));
  out.push(circle(cx - 40, 440, 46, s.shape));
  out.push(`<path d="M ${cx - 120} 520 C ${cx - 120} 470 ${cx + 40} 470 ${cx + 40} 520 Z" fill="${s.shape}"/>`);
  // Audience dots on the left.
  for (let row = 0; row < 3; row += 1) {
    for (let col = 0; col < 5; col += 1) {
      out.push(
        circle(
          110 + col * 64 + (row % 2) * 32,
          240 + row * 70,
          20 + random() * 6,
          row === 1 && col === 2 ? s.accent : s.shape,
          ' opacity="0.9"',
        ),
      );
    }
  }
  return out;
}

const MOTIFS: Record<string, (random: () => number, s: Scheme) => string[]> = {
  studien: studies,
  buchtipps: books,
  berufsbild: people,
  events,
};

/** The cover as SVG source: deterministic per slug and category. */
export function demoCoverSvg(slug: string, category: string): string {
  const random = randomFrom(seedFromSlug(slug));
  const scheme = SCHEMES[Math.floor(random() * SCHEMES.length)];
  const parts: string[] = [rect(0, 0, COVER_WIDTH, COVER_HEIGHT, scheme.background)];
  // Background: a large quiet circle off the edge and a dot grid in one corner.
  parts.push(circle(COVER_WIDTH - 80 + random() * 60, -40 + random() * 80, 230 + random() * 60, scheme.soft, ' opacity="0.35"'));
  const gridX = 40 + random() * 30;
  const gridY = COVER_HEIGHT - 150;
  for (let row = 0; row < 4; row += 1)
    for (let col = 0; col < 6; col += 1) parts.push(circle(gridX + col * 26, gridY + row * 26, 4, scheme.line, ' opacity="0.3"'));
  const motif = MOTIFS[category] ?? studies;
  parts.push(...motif(random, scheme));
  // A thin accent rule, the blog's signature.
  parts.push(rect(60, 56, 120, 10, scheme.accent, 5));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}">${parts.join('')}</svg>`;
}

/** The cover as PNG (resvg, no fonts needed: the picture has no text). */
export function demoCoverPng(slug: string, category: string): Buffer {
  const resvg = new Resvg(demoCoverSvg(slug, category), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return Buffer.from(resvg.render().asPng());
}

const MOTIF_TEXT: Record<string, { de: string; en: string }> = {
  studien: { de: 'Balkendiagramm und Ringdiagramm', en: 'a bar chart and a ring chart' },
  buchtipps: { de: 'Bücherreihe und aufgeschlagenes Buch', en: 'a row of books and an open book' },
  berufsbild: { de: 'drei Personen und eine Sprechblase', en: 'three people and a speech bubble' },
  events: { de: 'Bühne mit Scheinwerfern und Publikum', en: 'a stage with spotlights and an audience' },
};

/** Alt text: what the picture shows, and that it is a demo illustration. */
export function demoCoverAlt(category: string, locale: string): string {
  const motif = MOTIF_TEXT[category] ?? MOTIF_TEXT.studien;
  return locale === 'en' ? `Demo illustration: ${motif.en} as abstract shapes` : `Demo-Illustration: ${motif.de} als abstrakte Formen`;
}

export function demoCoverCaption(locale: string): string {
  return locale === 'en' ? 'Demo illustration' : 'Demo-Illustration';
}

/** Media library name; the `demo-` prefix marks it as demo data, the locale keeps the alt text apart. */
export function demoCoverFileName(slug: string, locale: string): string {
  return `demo-cover-${slug}${locale === 'de' ? '' : `-${locale}`}.png`;
}
