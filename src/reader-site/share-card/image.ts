/**
 * An article's generated share card: data from the reader's API client (the anonymous,
 * published-only Content API), content from src/reader-site/share-card/rules.ts, laid out as a satori
 * element tree (plain objects; every string is a text node, never parsed as markup) and
 * rasterized with resvg. One PNG per drawn content, kept in an in-process LRU bounded by bytes.
 */
import fs from 'fs';
import { Resvg } from '@resvg/resvg-js';
import { LRUCache } from 'lru-cache';
import satori from 'satori';
import {
  SHARE_CARD_HEIGHT,
  SHARE_CARD_WIDTH,
  shareCardContent,
  shareCardKey,
  type ShareCardBar,
  type ShareCardBlock,
  type ShareCardContent,
} from './rules';
import type { ReaderApi } from '../templates/api';
import { toQueryString } from '../templates/query';
import { STUDY_STAT_BLOCK } from '../../domain/blog';

/** The blog's palette (as public/reader.css and the demo covers). */
const COLOURS = {
  ink: '#16233a',
  petrol: '#0b6e6e',
  coral: '#e0583a',
  sun: '#f2b53a',
  sand: '#f3ebdd',
  paper: '#fbf8f3',
  muted: '#4a5568',
  track: '#e2d6c2',
  earlier: '#8a8f98',
};
const FONT_FAMILY = 'Source Sans 3';
/** Cards are 30–80 KB; 16 MB keeps a few hundred, far more than the blog has articles. */
const CACHE_BYTES = 16 * 1024 * 1024;

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; children?: Array<Node | string> | Node | string };
}
const el = (type: string, style: Style, ...children: Array<Node | string | null>): Node => ({
  type,
  props: { style, children: children.filter((child): child is Node | string => child !== null) },
});

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | null = null;
/** Source Sans 3 from @fontsource (WOFF: satori reads no WOFF2); latin-ext for names beyond German. */
function loadFonts() {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: FONT_FAMILY,
      data: fs.readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The lead chart as the card draws it: per bar its label, the bar on the 0–100 % track and the value. */
function chartPanel(chart: NonNullable<ShareCardContent['chart']>): Node {
  const bar = (b: ShareCardBar) => [
    el(
      'div',
      { display: 'flex', flex: 1, height: 28, background: COLOURS.track },
      el('div', {
        display: 'flex',
        width: `${Math.max(0.5, Math.min(100, b.percent))}%`,
        height: '100%',
        background: b.earlier ? COLOURS.earlier : COLOURS.coral,
      }),
    ),
    el(
      'div',
      {
        display: 'flex',
        width: 170,
        flexShrink: 0,
        fontSize: 34,
        fontWeight: 700,
        color: b.earlier ? COLOURS.muted : COLOURS.ink,
        whiteSpace: 'nowrap',
      },
      b.display,
    ),
  ];
  const oneLine: Style = { display: 'flex', color: COLOURS.ink, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };
  // Bars: the label over its bar (labels are long sentences). Compare: the edition before each bar.
  const rows =
    chart.kind === 'compare'
      ? chart.bars.map((b) =>
          el(
            'div',
            { display: 'flex', alignItems: 'center', gap: 20, height: 40 },
            el('div', { ...oneLine, width: 100, fontSize: 30 }, b.label),
            ...bar(b),
          ),
        )
      : chart.bars.map((b) =>
          el(
            'div',
            { display: 'flex', flexDirection: 'column', gap: 2 },
            el('div', { ...oneLine, fontSize: 24 }, b.label),
            el('div', { display: 'flex', alignItems: 'center', gap: 20, height: 36 }, ...bar(b)),
          ),
        );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      gap: 8,
      background: COLOURS.sand,
      borderLeft: `10px solid ${COLOURS.coral}`,
      borderRadius: 8,
      padding: '18px 32px',
      marginTop: 'auto',
    },
    chart.heading ? el('div', { ...oneLine, fontSize: 26 }, chart.heading) : null,
    ...rows,
  );
}

export function shareCardTree(card: ShareCardContent): Node {
  const figure = card.chart
    ? chartPanel(card.chart)
    : card.figure
      ? el(
          'div',
          {
            display: 'flex',
            alignItems: 'center',
            gap: 36,
            background: COLOURS.sand,
            borderLeft: `10px solid ${COLOURS.coral}`,
            borderRadius: 8,
            padding: '24px 36px',
            marginTop: 'auto',
          },
          el(
            'div',
            { display: 'flex', flexShrink: 0, fontSize: 92, fontWeight: 700, color: COLOURS.coral, lineHeight: 1, whiteSpace: 'nowrap' },
            card.figure.display,
          ),
          el(
            'div',
            {
              display: 'flex',
              flex: 1,
              fontSize: 30,
              lineHeight: 1.25,
              color: COLOURS.ink,
              wordBreak: 'break-word',
              maxHeight: 114,
              overflow: 'hidden',
            },
            card.figure.label,
          ),
        )
      : null;
  const titleLines = card.titleLines.map((line) =>
    el('div', { display: 'flex', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' }, line),
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: SHARE_CARD_WIDTH,
      height: SHARE_CARD_HEIGHT,
      background: COLOURS.paper,
      fontFamily: FONT_FAMILY,
      color: COLOURS.ink,
    },
    // The brand bar: petrol with a coral and a sun segment.
    el(
      'div',
      { display: 'flex', height: 18, width: '100%' },
      el('div', { display: 'flex', flex: 1, background: COLOURS.petrol }),
      el('div', { display: 'flex', width: 160, background: COLOURS.coral }),
      el('div', { display: 'flex', width: 80, background: COLOURS.sun }),
    ),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', flex: 1, padding: '44px 72px 52px' },
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: COLOURS.petrol, letterSpacing: 0.5 }, card.siteName),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          marginTop: card.figure ? 28 : 'auto',
          marginBottom: card.figure ? 0 : 'auto',
          fontSize: card.titleSize,
          fontWeight: 700,
          lineHeight: 1.12,
        },
        ...titleLines,
      ),
      figure,
    ),
  );
}

export async function renderShareCard(card: ShareCardContent): Promise<Buffer> {
  const svg = await satori(shareCardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: SHARE_CARD_WIDTH,
    height: SHARE_CARD_HEIGHT,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_CARD_WIDTH } }).render().asPng();
}

interface CardArticle {
  title: string;
  locale?: string;
  blocks?: ShareCardBlock[];
}

/** What the card needs of the article, and no more; `status=published` is forced for readers anyway. */
export function shareCardQuery(slug: string, locale: string): string {
  return toQueryString({
    locale,
    filters: { slug: { $eq: slug } },
    fields: ['title', 'slug', 'locale'],
    populate: { blocks: { on: { [STUDY_STAT_BLOCK]: { fields: ['heading', 'display'] } } } },
  });
}

export interface ShareCard {
  key: string;
  /** The API answer's max-age: the card may be cached no longer than the article page. */
  maxAge: number | null;
  png(): Promise<Buffer>;
}

const cache = new LRUCache<string, Buffer>({ maxSize: CACHE_BYTES, sizeCalculation: (png) => png.byteLength });
/** A burst of link-preview bots for a new article renders its card once, not once per bot. */
const rendering = new Map<string, Promise<Buffer>>();

function cachedPng(key: string, card: ShareCardContent): Promise<Buffer> {
  const hit = cache.get(key);
  if (hit) return Promise.resolve(hit);
  let pending = rendering.get(key);
  if (!pending) {
    pending = renderShareCard(card)
      .then((png) => {
        cache.set(key, png);
        return png;
      })
      .finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}

/** null: no published article with that slug in that locale. The PNG is made only when asked for. */
export async function loadShareCard(api: ReaderApi, slug: string, locale: string, siteName: string): Promise<ShareCard | null> {
  const answer = await api.get<{ data: CardArticle[] }>(`/api/articles?${shareCardQuery(slug, locale)}`);
  const article = answer.body.data[0];
  if (!article) return null;
  const card = shareCardContent({ siteName, title: article.title, locale: article.locale ?? locale, blocks: article.blocks });
  const key = shareCardKey(card);
  return { key, maxAge: answer.maxAge, png: () => cachedPng(key, card) };
}
