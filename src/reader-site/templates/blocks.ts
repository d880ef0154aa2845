/** The article body's blocks: rich text, study-stat (the plugin's `rendered`), book tips, quotes. */
import { studyPath } from '../urls';
import { chartSvg, h, type Element } from './markup';
import { renderRichText } from './rich-text';
import type { ArticleBlock, BookTipBlock, QuoteBlock, RenderedFigure, RenderedStatBlock, StatBlock } from './types';
import type { Texts } from './texts';
import { STUDY_STAT_BLOCK } from '../../domain/blog';

/** The chart's figures as a table behind a toggle: the same numbers for screen readers and copy-paste. */
export function dataTable(figures: RenderedFigure[], kind: string | undefined, edition: string | null, t: Texts): Element {
  const compare = kind === 'compare';
  const earlier = figures.find((figure) => figure.earlier)?.earlier?.edition ?? '';
  const columns = compare ? [t.tableItem, earlier, edition ?? t.tableValue] : [t.tableItem, t.tableValue];
  return h(
    'details',
    { class: 'stat-block__data' },
    h('summary', {}, t.dataTable),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((column) => h('th', { scope: 'col' }, column)),
        ),
      ),
      h(
        'tbody',
        {},
        figures.map((figure) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, figure.label, figure.note ? h('small', {}, ` (${figure.note})`) : null),
            compare ? h('td', {}, figure.earlier?.display ?? '–') : null,
            h('td', {}, figure.display),
          ),
        ),
      ),
    ),
  );
}

/** The figures as a list: for a block the API sent without a chart. */
function figureList(rendered: RenderedStatBlock): Element {
  return h(
    'ul',
    { class: 'stat-block__figures' },
    rendered.figures.map((figure) =>
      h(
        'li',
        { class: 'stat-figure' },
        h('span', { class: 'stat-figure__value' }, figure.display),
        ' ',
        h('span', { class: 'stat-figure__label' }, figure.label),
        figure.note ? h('small', { class: 'stat-figure__note' }, ` (${figure.note})`) : null,
      ),
    ),
  );
}

/**
 * A study-stat block: the plugin's chart, which draws its source and age warning under it
 * (a chart never travels without its citation), the same figures as a table, "2026: 64 %"
 * where a later edition asked the same question, and the source's links. Without a chart
 * (none drawn, or the SVG failed the reader's check), the figures as a list with the
 * warning and citation as text.
 */
export function renderStatBlock(block: StatBlock, t: Texts, showWarning = true, locale = 'de'): Element | null {
  const rendered = block.rendered;
  if (!rendered) return null;
  const chart = rendered.chart ? chartSvg(rendered.chart.svg, 'stat-block__chart') : null;
  const kind = chart ? rendered.chart!.kind : 'list';
  const newer = rendered.figures.filter((figure) => figure.newer);
  return h(
    'figure',
    { class: `stat-block stat-block--${kind}`, 'data-block': 'study-stat', 'data-chart': chart ? kind : undefined },
    rendered.heading ? h('h2', { class: 'stat-block__heading' }, rendered.heading) : null,
    chart ?? figureList(rendered),
    chart
      ? dataTable(
          rendered.figures,
          rendered.chart?.kind,
          rendered.studies[0]?.publishedOn?.slice(0, 4) ?? rendered.studies[0]?.title ?? null,
          t,
        )
      : null,
    newer.length > 0
      ? h(
          'ul',
          { class: 'stat-block__newer' },
          newer.map((figure) =>
            h(
              'li',
              {},
              h('strong', {}, t.newerFigure(figure.newer!.edition, figure.newer!.display)),
              ` – ${figure.label} · `,
              figure.newer!.study.slug
                ? h('a', { href: studyPath(figure.newer!.study.slug, locale) }, figure.newer!.study.title)
                : figure.newer!.study.title,
            ),
          ),
        )
      : null,
    // With a chart the warning is drawn in it; as text it is kept for screen readers.
    rendered.warning && (showWarning || chart)
      ? h('p', { class: chart ? 'visually-hidden' : 'stat-block__warning', role: chart ? undefined : 'note' }, rendered.warning)
      : null,
    rendered.citations.length > 0
      ? h(
          'figcaption',
          { class: 'stat-block__source' },
          rendered.citations.map((citation, index) => {
            const study = rendered.studies[index];
            const links = [
              study?.slug ? h('a', { href: studyPath(study.slug, locale) }, t.aboutStudy) : null,
              citation.url ? h('a', { href: citation.url, rel: 'noopener' }, t.toSource) : null,
            ].filter((link): link is Element => link !== null);
            const linked = links.flatMap((link, i) => (i === 0 ? [link] : [' · ', link]));
            // The plugin's citation text already starts with "Quelle:" / "Source:"; the chart shows it.
            return h(
              'span',
              { class: 'citation' },
              h('span', { class: chart ? 'visually-hidden' : undefined }, citation.text),
              links.length > 0 ? (chart ? linked : [' (', linked, ')']) : null,
            );
          }),
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
            ? h('img', {
                class: 'book-card__cover',
                src: book.cover.url,
                alt: book.cover.alternativeText ?? '',
                loading: 'lazy',
                decoding: 'async',
                width: book.cover.width ?? undefined,
                height: book.cover.height ?? undefined,
              })
            : // Without a cover, a plain book shape in the blog's colours keeps the list's rhythm.
              h('span', { class: 'book-card__cover book-card__cover--none', 'aria-hidden': 'true' }, h('span', {}, book.title)),
          h(
            'div',
            { class: 'book-card__text' },
            h('h3', {}, book.title),
            book.authors ? h('p', { class: 'book-card__authors' }, book.authors) : null,
            book.publisher || book.year
              ? h('p', { class: 'book-card__meta' }, [book.publisher, book.year].filter(Boolean).join(', '))
              : null,
            book.recommendation ? h('p', {}, book.recommendation) : null,
            book.link ? h('p', {}, h('a', { href: book.link, rel: 'noopener' }, t.toBook)) : null,
          ),
        ),
      ),
    ),
  );
}

function renderQuote(block: QuoteBlock): Element {
  return h(
    'blockquote',
    { class: 'quote', 'data-block': 'quote' },
    h('p', {}, block.text),
    block.source ? h('footer', {}, `— ${block.source}`) : null,
  );
}

/**
 * A reader is warned about old data once per article: a stat block keeps its age warning
 * only when the article carries no outdated banner (which already says it) and no earlier
 * block showed the same warning. The source line under each block still names the date.
 */
export function renderBlocks(
  blocks: ArticleBlock[] | undefined,
  t: Texts,
  options: { articleWarned?: boolean; locale?: string } = {},
): Element[] {
  const out: Element[] = [];
  const warned = new Set<string>();
  for (const block of blocks ?? []) {
    let element: Element | null = null;
    if (block.__component === 'blocks.rich-text') element = renderRichText(block.body);
    else if (block.__component === STUDY_STAT_BLOCK) {
      const warning = block.rendered?.warning ?? null;
      const show = Boolean(warning) && !options.articleWarned && !warned.has(warning!);
      if (show) warned.add(warning!);
      element = renderStatBlock(block, t, show, options.locale);
    } else if (block.__component === 'blocks.book-tip') element = renderBookTips(block, t);
    else if (block.__component === 'blocks.quote') element = renderQuote(block);
    if (element) out.push(element);
  }
  return out;
}
