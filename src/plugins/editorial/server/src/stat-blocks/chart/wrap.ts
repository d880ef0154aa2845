import { textWidth } from './measure';

export interface WrapOptions {
  fontSize: number;
  bold?: boolean;
}

// Ordinary whitespace separates words; the no-break spaces (U+00A0 in "80 %", U+202F) do not,
// so a number never loses its unit at a line end.
const WORD_SEPARATOR = /[ \t\n\r\f\v\u2028\u2029]+/;
const SOFT_HYPHEN = '\u00ad';

/**
 * Splits a word that is too long for a line. German compounds break after their hyphens
 * ("Social-|Media-|Verantwortliche") or at soft hyphens an editor typed; a part still too
 * long is broken hard with a hyphen added ("Kundenbeziehungs-|management"), since a label
 * must never be clipped. Every returned piece fits, except single characters on absurdly
 * narrow columns.
 */
function breakWord(word: string, maxWidth: number, options: WrapOptions): string[] {
  const fits = (text: string): boolean => textWidth(text, options.fontSize, options.bold) <= maxWidth;
  // Parts end after each hyphen or soft hyphen; a soft hyphen shows as "-" only at a break.
  const parts = word.match(/[^-\u00ad]+[-\u00ad]?|[-\u00ad]/g) ?? [word];
  const pieces: string[] = [];
  let current = '';
  const shown = (text: string): string => {
    const visible = text.split(SOFT_HYPHEN).join('');
    return text.endsWith(SOFT_HYPHEN) ? `${visible}-` : visible;
  };

  for (const part of parts) {
    if (fits(shown(current + part))) {
      current += part;
      continue;
    }
    if (current) pieces.push(shown(current));
    current = '';
    let rest = part;
    // Array.from keeps surrogate pairs (emoji) whole.
    while (!fits(shown(rest)) && Array.from(rest).length > 1) {
      const chars = Array.from(rest);
      let take = chars.length - 1;
      while (take > 1 && !fits(`${chars.slice(0, take).join('')}-`)) take -= 1;
      pieces.push(`${chars.slice(0, take).join('')}-`);
      rest = chars.slice(take).join('');
    }
    current = rest;
  }
  // The last piece is not at a break, so a trailing soft hyphen stays invisible.
  if (current) pieces.push(current.split(SOFT_HYPHEN).join(''));
  return pieces;
}

/** Greedy word wrap to `maxWidth` px by estimated glyph widths; never drops or clips text. */
export function wrapText(text: string, maxWidth: number, options: WrapOptions): string[] {
  const fits = (line: string): boolean => textWidth(line, options.fontSize, options.bold) <= maxWidth;
  const words = String(text)
    .trim()
    .split(WORD_SEPARATOR)
    .filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const visible = word.split(SOFT_HYPHEN).join('');
    if (line && fits(`${line} ${visible}`)) {
      line = `${line} ${visible}`;
      continue;
    }
    if (line) lines.push(line);
    if (fits(visible)) {
      line = visible;
      continue;
    }
    const pieces = breakWord(word, maxWidth, options);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}
