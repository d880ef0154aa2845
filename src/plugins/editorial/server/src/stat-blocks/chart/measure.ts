/*
 * Approximate text widths. A server has no fonts to measure with, so widths come from the
 * advance widths of Arial/Helvetica (the fonts the SVG asks for, see svg.ts), in ems,
 * grouped by character. Unknown characters count as wide, and a safety margin covers
 * fonts that run a little wider, so an estimate errs on the side of wrapping early: a line
 * wrapped one word too soon looks fine, a line running past the edge is clipped.
 */

const WIDTH_GROUPS: Array<[number, string]> = [
  [0.222, "ijl'|"],
  [0.278, ' \u00a0\u202ftfI./\\!,:;'],
  [0.333, 'r-()[]{}„“”‚‘’"\u00ad*'],
  [0.5, 'cksvxyzJ?^'],
  [0.556, 'abdeghnopquäöüßL0123456789$_#–+=<>~€'],
  [0.611, 'FTZ'],
  [0.667, 'ABEKPSVXYÄ&'],
  [0.722, 'CDHNRUwÜ'],
  [0.778, 'GOQÖ'],
  [0.833, 'mM'],
  [0.889, '%'],
  [0.944, 'W'],
  [1.0, '@—…'],
];

const EM_WIDTH = new Map<string, number>();
for (const [width, chars] of WIDTH_GROUPS) for (const char of chars) EM_WIDTH.set(char, width);

/** Latin letters not listed (é, ñ, …) are about as wide as an average letter; anything else (CJK, emoji) one em. */
const OTHER_LATIN = 0.6;
const OTHER = 1.0;

/** Bold runs wider than regular: Arial by about 8 %, DejaVu Sans by about 15 %. */
const BOLD_FACTOR = 1.12;
/**
 * Margin for fonts that stand in for Arial: Liberation Sans matches it, Roboto and Segoe UI
 * run a few per cent wider, DejaVu Sans (the last resort on Linux) about 15 % (measured with
 * resvg on German labels), so Arial lines end up to 15 % short of the column.
 */
const SAFETY = 1.15;

/** Estimated width in px of `text` set in `fontSize` px sans-serif. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    const known = EM_WIDTH.get(char);
    ems += known ?? (char.codePointAt(0)! < 0x2000 ? OTHER_LATIN : OTHER);
  }
  return ems * fontSize * SAFETY * (bold ? BOLD_FACTOR : 1);
}
