/**
 * Teasers for article cards and feeds: the excerpt, or else the start of the body, cut at
 * a word boundary with "…" (as the live blog's cards do). Pure; used by the reader
 * frontend and the RSS feed alike.
 */

/** A node of Strapi's Blocks rich text, as far as text extraction cares. */
export interface RichTextNode {
  type?: string;
  text?: string;
  children?: RichTextNode[];
}

export const DEFAULT_TEASER_LENGTH = 200;
const ELLIPSIS = '…';

/** The plain text of Blocks content: block nodes are separated by a space. */
export function plainTextFromBlocks(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  const parts: string[] = [];
  const walk = (node: RichTextNode) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.text === 'string') parts.push(node.text);
    if (Array.isArray(node.children)) {
      for (const child of node.children) walk(child);
      if (node.type && node.type !== 'text' && node.type !== 'link') parts.push(' ');
    }
  };
  for (const node of nodes as RichTextNode[]) walk(node);
  return normalizeSpace(parts.join(''));
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `max` characters at a word boundary, adding "…" when cut. */
export function cutAtWord(text: string, max = DEFAULT_TEASER_LENGTH): string {
  const clean = normalizeSpace(text);
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - ELLIPSIS.length + 1);
  const lastSpace = room.lastIndexOf(' ');
  // A single word longer than the room is cut hard rather than dropped.
  const cut = lastSpace > max / 3 ? room.slice(0, lastSpace) : room.slice(0, max - ELLIPSIS.length);
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
}

/** The card text of an article: its excerpt, or the start of its body. */
export function teaserFor(
  article: { excerpt?: string | null; blocks?: Array<{ __component?: string; body?: unknown }> | null },
  max = DEFAULT_TEASER_LENGTH,
): string {
  const excerpt = typeof article.excerpt === 'string' ? normalizeSpace(article.excerpt) : '';
  if (excerpt) return cutAtWord(excerpt, max);
  const body = (article.blocks ?? [])
    .filter((block) => block?.__component === 'blocks.rich-text')
    .map((block) => plainTextFromBlocks(block.body))
    .join(' ');
  return cutAtWord(body, max);
}
