/** The article body's blocks: rich text, study-stat (the plugin's `rendered`), book tips, quotes. */
import { h, type Element } from './markup';
import { renderRichText } from './rich-text';
import type { ArticleBlock, BookTipBlock, QuoteBlock, StatBlock } from './types';
import type { Texts } from './texts';

export function renderStatBlock(block: StatBlock, t: Texts, showWarning = true): Element | null {
  const rendered = block.rendered;
  if (!rendered) return null;
  const display = block.display ?? 'list';
  return h(
    'figure',
    { class: `stat-block stat-block--${display}`, 'data-block': 'study-stat' },
    rendered.heading ? h('h2', { class: 'stat-block__heading' }, rendered.heading) : null,
    h(
      'ul',
      { class: 'stat-block__figures' },
      rendered.figures.map((figure) =>
        h('li', { class: 'stat-figure' }, h('span', { class: 'stat-figure__value' }, figure.display), ' ', h('span', { class: 'stat-figure__label' }, figure.label), figure.note ? h('small', { class: 'stat-figure__note' }, ` (${figure.note})`) : null),
      ),
    ),
    rendered.warning && showWarning ? h('p', { class: 'stat-block__warning', role: 'note' }, rendered.warning) : null,
    rendered.citations.length > 0
      ? h(
          'figcaption',
          { class: 'stat-block__source' },
          rendered.citations.map((citation) =>
            // The plugin's citation text already starts with "Quelle:" / "Source:".
            h('span', { class: 'citation' }, citation.text, citation.url ? [' (', h('a', { href: citation.url, rel: 'noopener' }, t.toSource), ')'] : null),
          ),
        )
      : null,
  );
}

function renderBookTips(block: BookTipBlock, t: Texts): Element {
  return h(
    'section',
    { class: 'book-tips', 'data-block': 'book-tip' },
    block.heading ? h('h2', {}, block.heading) : null,
    h(
      'ul',
      { class: 'book-tips__list' },
      (block.bookTips ?? []).map((book) =>
        h(
          'li',
          { class: 'book-card' },
          book.cover?.url
            ? h('img', { class: 'book-card__cover', src: book.cover.url, alt: book.cover.alternativeText ?? '', loading: 'lazy', decoding: 'async', width: book.cover.width ?? undefined, height: book.cover.height ?? undefined })
            : // Without a cover, a plain book shape in the blog's colours keeps the list's rhythm.
              h('span', { class: 'book-card__cover book-card__cover--none', 'aria-hidden': 'true' }, h('span', {}, book.title)),
          h(
            'div',
            { class: 'book-card__text' },
            h('h3', {}, book.title),
            book.authors ? h('p', { class: 'book-card__authors' }, book.authors) : null,
            book.publisher || book.year ? h('p', { class: 'book-card__meta' }, [book.publisher, book.year].filter(Boolean).join(', ')) : null,
            book.recommendation ? h('p', {}, book.recommendation) : null,
            book.link ? h('p', {}, h('a', { href: book.link, rel: 'noopener' }, t.toBook)) : null,
          ),
        ),
      ),
    ),
  );
}

function renderQuote(block: QuoteBlock): Element {
  return h('blockquote', { class: 'quote', 'data-block': 'quote' }, h('p', {}, block.text), block.source ? h('footer', {}, `— ${block.source}`) : null);
}

/**
 * A reader is warned about old data once per article: a stat block keeps its age warning
 * only when the article carries no outdated banner (which already says it) and no earlier
 * block showed the same warning. The source line under each block still names the date.
 */
export function renderBlocks(blocks: ArticleBlock[] | undefined, t: Texts, options: { articleWarned?: boolean } = {}): Element[] {
  const out: Element[] = [];
  const warned = new Set<string>();
  for (const block of blocks ?? []) {
    let element: Element | null = null;
    if (block.__component === 'blocks.rich-text') element = renderRichText(block.body);
    else if (block.__component === 'blocks.study-stat') {
      const warning = block.rendered?.warning ?? null;
      const show = Boolean(warning) && !options.articleWarned && !warned.has(warning!);
      if (show) warned.add(warning!);
      element = renderStatBlock(block, t, show);
    } else if (block.__component === 'blocks.book-tip') element = renderBookTips(block, t);
    else if (block.__component === 'blocks.quote') element = renderQuote(block);
    if (element) out.push(element);
  }
  return out;
}
