/**
 * Tiny builder for Strapi's Blocks format, so demo prose reads as prose:
 * `## ` starts a heading, `- ` a list item, a blank line separates paragraphs.
 */
type TextNode = { type: 'text'; text: string; bold?: boolean };
export type Block =
  | { type: 'paragraph'; children: TextNode[] }
  | { type: 'heading'; level: 2 | 3; children: TextNode[] }
  | { type: 'list'; format: 'unordered'; children: { type: 'list-item'; children: TextNode[] }[] };

const text = (value: string): TextNode[] => [{ type: 'text', text: value }];

export function blocksFromText(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.trim().split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((line) => line.startsWith('- '))) {
      blocks.push({
        type: 'list',
        format: 'unordered',
        children: lines.map((line) => ({ type: 'list-item', children: text(line.slice(2)) })),
      });
    } else if (lines[0].startsWith('## ')) {
      blocks.push({ type: 'heading', level: 2, children: text(lines[0].slice(3)) });
      if (lines.length > 1) blocks.push({ type: 'paragraph', children: text(lines.slice(1).join(' ')) });
    } else {
      blocks.push({ type: 'paragraph', children: text(lines.join(' ')) });
    }
  }
  return blocks;
}
