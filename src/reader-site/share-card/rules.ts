/**
 * What an article's generated share card (its 1200×630 `og:image` when no cover is set)
 * says: the blog's name, the title broken into at most three lines, and the lead statistic
 * with its label. Pure: the reader site lays it out and renders it (src/reader-site/share-card/image.ts).
 */
import crypto from 'crypto';
import { cutAtWord } from '../teaser';
import { STUDY_STAT_BLOCK } from '../../domain/blog';

export const SHARE_CARD_WIDTH = 1200;
export const SHARE_CARD_HEIGHT = 630;
/** The card's inner width: 1200 minus 72 px padding on each side. */
export const SHARE_CARD_TEXT_WIDTH = 1056;
export const TITLE_MAX_LINES = 3;
/** Font sizes tried for the title, largest first; fewer lines of larger text read better in a feed. */
export const TITLE_SIZES_WITH_FIGURE = [64, 56, 48] as const;
export const TITLE_SIZES_WITHOUT_FIGURE = [80, 68, 56] as const;
export const LABEL_MAX_CHARS = 110;

interface ShareCardFigure {
  display: string;
  label: string;
  value?: number;
  unit?: 'percent' | 'count' | 'share';
  base?: number | null;
  earlier?: { edition: string; display: string; value: number; unit: 'percent' | 'count' | 'share'; base: number | null } | null;
}

export interface ShareCardBlock {
  __component: string;
  rendered?: {
    figures?: ShareCardFigure[] | null;
    chart?: { kind: string } | null;
    studies?: Array<{ publishedOn?: string | null; title?: string | null }> | null;
  } | null;
}

/** One bar of the card's lead chart, on the 0–100 % scale the block's chart uses. */
export interface ShareCardBar {
  label: string;
  display: string;
  percent: number;
  /** The earlier edition's bar of a comparison (drawn grey). */
  earlier: boolean;
}

/** The lead block's chart, as the card can draw it: bars, or one statistic's two editions. */
export interface ShareCardChart {
  kind: 'bars' | 'compare';
  /** Compare: the statistic's label above its two bars. */
  heading: string | null;
  bars: ShareCardBar[];
}

export const CHART_MAX_BARS = 3;
export const CHART_BARS_UNDER_LONG_TITLE = 2;

export interface ShareCardInput {
  siteName: string;
  title: string;
  locale: string;
  blocks?: ShareCardBlock[] | null;
}

export interface ShareCardContent {
  siteName: string;
  locale: string;
  /** The whole title, for the image's alt text. */
  title: string;
  titleLines: string[];
  titleSize: number;
  /** The first figure of the first study-stat block that has one, as the API formatted it. */
  figure: { display: string; label: string } | null;
  /** That block's chart when it is bars or a comparison of percentages (the card then draws it instead of the figure). */
  chart: ShareCardChart | null;
}

/*
 * Advance widths of Source Sans 3 Bold (the title's font) in thousandths of an em, read
 * from @fontsource/source-sans-3's latin 700 WOFF. Measuring here keeps the line breaks
 * pure and testable; satori draws each line as given.
 */
const WIDTH_CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~äöüÄÖÜß–—„“”‚‘’…€\u00a0é';
const WIDTHS = [
  200, 340, 537, 528, 528, 857, 667, 300, 344, 344, 457, 528, 300, 332, 300, 339, 528, 528, 528, 528, 528, 528, 528, 528, 528, 528, 300,
  300, 528, 528, 528, 463, 902, 573, 605, 582, 635, 548, 524, 638, 674, 301, 509, 614, 518, 762, 665, 684, 596, 684, 613, 556, 556, 665,
  556, 813, 567, 525, 541, 344, 339, 344, 528, 500, 555, 527, 573, 468, 573, 518, 341, 534, 571, 276, 278, 548, 286, 857, 572, 555, 573,
  573, 398, 443, 383, 568, 523, 776, 514, 521, 460, 344, 268, 344, 528, 527, 555, 568, 573, 684, 665, 632, 480, 800, 537, 537, 537, 300,
  300, 300, 978, 528, 200, 518,
];
const WIDTH_OF = new Map([...WIDTH_CHARS].map((ch, i) => [ch, WIDTHS[i]]));
/** Characters outside the table (other accents, other scripts) count as wide, so lines err short. */
const UNKNOWN_WIDTH = 700;

export function textWidth(text: string, fontSize: number): number {
  let total = 0;
  for (const ch of text) total += WIDTH_OF.get(ch) ?? UNKNOWN_WIDTH;
  return (total * fontSize) / 1000;
}

const normalize = (text: string) =>
  text
    .replace(/[\u0000-\u001f\u007f\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A word cut so each piece fits `width`: after its own hyphens first
 * ("Social-Media-Budget-Monitor"), then, for a compound longer than a line, with a hyphen
 * added at the last character that fits.
 */
function pieces(word: string, width: number, fontSize: number): string[] {
  const parts = word.split(/(?<=-)(?=.)/);
  const out: string[] = [];
  for (let part of parts) {
    while (textWidth(part, fontSize) > width) {
      let cut = [...part].length - 1;
      while (cut > 1 && textWidth(`${[...part].slice(0, cut).join('')}-`, fontSize) > width) cut--;
      out.push(`${[...part].slice(0, cut).join('')}-`);
      part = [...part].slice(cut).join('');
    }
    out.push(part);
  }
  return out;
}

/** Greedy line filling; pieces of one word join without a space. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of normalize(text).split(' ').filter(Boolean)) {
    pieces(word, width, fontSize).forEach((piece, i) => {
      const candidate = line === '' ? piece : `${line}${i === 0 ? ' ' : ''}${piece}`;
      if (line === '' || textWidth(candidate, fontSize) <= width) line = candidate;
      else {
        lines.push(line);
        line = piece;
      }
    });
  }
  if (line) lines.push(line);
  return lines;
}

/** The first `max` lines, the last one ending in "…" when text was left out. */
function clampLines(lines: string[], max: number, width: number, fontSize: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1];
  while (last.length > 0 && textWidth(`${last}…`, fontSize) > width) last = last.replace(/\s*\S$/, '');
  kept[max - 1] = `${last.replace(/[\s,.:;–—-]+$/, '')}…`;
  return kept;
}

/** The title at the largest size that fits three lines; at the smallest, cut with "…". */
export function layoutTitle(title: string, withFigure: boolean): { lines: string[]; size: number } {
  const sizes = withFigure ? TITLE_SIZES_WITH_FIGURE : TITLE_SIZES_WITHOUT_FIGURE;
  for (const size of sizes) {
    const lines = wrapText(title, SHARE_CARD_TEXT_WIDTH, size);
    if (lines.length <= TITLE_MAX_LINES) return { lines, size };
  }
  const size = sizes[sizes.length - 1];
  return { lines: clampLines(wrapText(title, SHARE_CARD_TEXT_WIDTH, size), TITLE_MAX_LINES, SHARE_CARD_TEXT_WIDTH, size), size };
}

/** The lead statistic (its label cut at a word; satori wraps it within its box): first figure of the first study-stat block, as the API rendered it. */
export function leadFigure(blocks: ShareCardBlock[] | null | undefined): { display: string; label: string } | null {
  for (const block of blocks ?? []) {
    if (block.__component !== STUDY_STAT_BLOCK) continue;
    const figure = block.rendered?.figures?.[0];
    if (figure && normalize(figure.display))
      return { display: figure.display.trim(), label: cutAtWord(normalize(figure.label ?? ''), LABEL_MAX_CHARS) };
  }
  return null;
}

/** A percentage or "k von n" as a percentage; null for counts (they have no 0–100 % scale). */
function percentOf(figure: { value?: number; unit?: string; base?: number | null }): number | null {
  if (typeof figure.value !== 'number' || !Number.isFinite(figure.value) || figure.value < 0) return null;
  if (figure.unit === 'percent') return Math.min(100, figure.value);
  if (figure.unit === 'share' && figure.base) return Math.min(100, (figure.value / figure.base) * 100);
  return null;
}

/**
 * The lead stat block's chart for the card: its first three bars, or for a comparison its
 * first statistic in both editions. Null when the lead block is tiles or a pictogram, or
 * holds a count: the card then shows the lead figure as before.
 */
export function leadChart(blocks: ShareCardBlock[] | null | undefined): ShareCardChart | null {
  const lead = (blocks ?? []).find((block) => block.__component === STUDY_STAT_BLOCK && (block.rendered?.figures?.length ?? 0) > 0);
  const rendered = lead?.rendered;
  const kind = rendered?.chart?.kind;
  const figures = rendered?.figures ?? [];
  if (kind === 'bars') {
    const bars = figures.slice(0, CHART_MAX_BARS).map((figure) => ({
      label: cutAtWord(normalize(figure.label ?? ''), LABEL_MAX_CHARS),
      display: figure.display.trim(),
      percent: percentOf(figure),
      earlier: false,
    }));
    return bars.every((bar) => bar.percent !== null) ? { kind, heading: null, bars: bars as ShareCardBar[] } : null;
  }
  if (kind === 'compare') {
    const figure = figures.find((f) => f.earlier);
    const before = figure?.earlier ? percentOf(figure.earlier) : null;
    const now = figure ? percentOf(figure) : null;
    if (!figure?.earlier || before === null || now === null) return null;
    const study = rendered?.studies?.[0];
    const edition = study?.publishedOn?.slice(0, 4) ?? normalize(study?.title ?? '');
    return {
      kind,
      heading: cutAtWord(normalize(figure.label ?? ''), LABEL_MAX_CHARS),
      bars: [
        { label: figure.earlier.edition, display: figure.earlier.display.trim(), percent: before, earlier: true },
        { label: edition, display: figure.display.trim(), percent: now, earlier: false },
      ],
    };
  }
  return null;
}

export function shareCardContent(input: ShareCardInput): ShareCardContent {
  const figure = leadFigure(input.blocks);
  const chart = leadChart(input.blocks);
  const title = normalize(input.title);
  const { lines, size } = layoutTitle(title, figure !== null);
  // Three bars with their labels and a three-line title do not both fit: the title wins.
  const fitted =
    chart && chart.kind === 'bars' && lines.length >= TITLE_MAX_LINES
      ? { ...chart, bars: chart.bars.slice(0, CHART_BARS_UNDER_LONG_TITLE) }
      : chart;
  return { siteName: normalize(input.siteName), locale: input.locale, title, titleLines: lines, titleSize: size, figure, chart: fitted };
}

/**
 * Names one card: a hash of everything drawn, plus the layout's version. Same inputs, same
 * PNG, so it keys the in-process cache and is the strong ETag.
 */
export const SHARE_CARD_LAYOUT_VERSION = 2;
export function shareCardKey(content: ShareCardContent): string {
  const drawn = [
    SHARE_CARD_LAYOUT_VERSION,
    content.siteName,
    content.locale,
    content.titleLines,
    content.titleSize,
    content.figure?.display ?? null,
    content.figure?.label ?? null,
    content.chart,
  ];
  return crypto.createHash('sha256').update(JSON.stringify(drawn)).digest('base64url').slice(0, 32);
}

/** The card's alt text: what it shows, in words (title, and the lead chart's bars or the lead figure with its label). */
export function shareCardAlt(
  title: string,
  figure: { display: string; label: string } | null,
  chart: ShareCardChart | null = null,
): string {
  const clean = normalize(title);
  if (chart) {
    const bars = chart.bars.map((bar) => `${normalize(bar.display)} ${bar.label}`).join('; ');
    return `${clean}: ${chart.heading ? `${chart.heading}: ` : ''}${bars}`;
  }
  return figure ? `${clean}: ${normalize(figure.display)} ${figure.label}` : clean;
}
