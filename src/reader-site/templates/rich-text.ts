/** Strapi Blocks rich text → elements, as text only (see markup.ts). */
import { h, type Child, type Element } from './markup';
import type { RichTextNode } from './types';

type Node = RichTextNode & {
  level?: number;
  format?: string;
  url?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  image?: { url?: string; alternativeText?: string };
};

function inline(node: Node): Child {
  if (node.type === 'link') return h('a', { href: node.url ?? '' }, ...(node.children ?? []).map((c) => inline(c as Node)));
  if (node.type === 'text' || typeof node.text === 'string') {
    let out: Child = node.text ?? '';
    if (node.code) out = h('code', {}, out);
    if (node.bold) out = h('strong', {}, out);
    if (node.italic) out = h('em', {}, out);
    if (node.underline) out = h('u', {}, out);
    if (node.strikethrough) out = h('s', {}, out);
    return out;
  }
  return '';
}

const children = (node: Node) => (node.children ?? []).map((c) => inline(c as Node));

function block(node: Node): Element | null {
  switch (node.type) {
    case 'paragraph':
      return h('p', {}, children(node));
    case 'heading': {
      // The article title is the only h1; body headings start at h2.
      const level = Math.min(6, Math.max(2, Number(node.level) || 2));
      return h(`h${level}`, {}, children(node));
    }
    case 'list':
      return h(
        node.format === 'ordered' ? 'ol' : 'ul',
        {},
        (node.children ?? []).map((item) => h('li', {}, children(item as Node))),
      );
    case 'quote':
      return h('blockquote', {}, h('p', {}, children(node)));
    case 'code':
      return h('pre', {}, h('code', {}, children(node)));
    case 'image':
      return node.image?.url ? h('img', { src: node.image.url, alt: node.image.alternativeText ?? '', loading: 'lazy' }) : null;
    default:
      return null;
  }
}

export function renderRichText(nodes: RichTextNode[] | null | undefined): Element {
  return h(
    'div',
    { class: 'rich-text' },
    (nodes ?? []).map((node) => block(node as Node)),
  );
}
