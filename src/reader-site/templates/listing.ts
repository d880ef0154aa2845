/**
 * Pieces the list pages share (home, category pages, search): the category navigation,
 * the card grid, the page links and the search form. Links are built by the caller, so
 * each page keeps its own URL scheme (`?seite=`, `?q=`).
 */
import { categoryPath, homePath, searchPath } from '../urls';
import { articleCard } from './cards';
import { h, type Element } from './markup';
import type { Texts } from './texts';
import type { ArticleSummary, Category } from './types';

/** "All" and the categories that have articles in this language (the caller asks the API for those only). */
export function categoryNav(categories: Category[], t: Texts, locale: string, current: string | null): Element {
  return h(
    'nav',
    { class: 'category-filter', 'aria-label': t.categories },
    h(
      'ul',
      {},
      h('li', {}, h('a', { href: homePath(locale), 'aria-current': current ? undefined : 'page' }, t.allCategories)),
      categories.map((c) =>
        h('li', {}, h('a', { href: categoryPath(c.slug, locale), 'aria-current': c.slug === current ? 'page' : undefined }, c.name)),
      ),
    ),
  );
}

export function cardGrid(articles: ArticleSummary[], t: Texts): Element {
  return h(
    'div',
    { class: 'card-grid' },
    articles.map((article, i) => articleCard(article, t, 'h2', { priority: i === 0 })),
  );
}

/** Newer/older links around "Seite n von m"; nothing when there is one page. */
export function paginationNav(t: Texts, page: number, pageCount: number, href: (page: number) => string): Element | null {
  if (pageCount <= 1) return null;
  return h(
    'nav',
    { class: 'pagination', 'aria-label': t.pagination },
    page > 1 ? h('a', { href: href(page - 1), rel: 'prev' }, t.previous) : null,
    h('span', {}, t.pageOf(page, pageCount)),
    page < pageCount ? h('a', { href: href(page + 1), rel: 'next' }, t.next) : null,
  );
}

/**
 * A plain GET form: works without JavaScript. `id` and `name` keep the header's box and the
 * search page's own apart when both are on one page (two search landmarks need two names).
 */
export function searchForm(t: Texts, locale: string, options: { id: string; className: string; name: string; query?: string }): Element {
  return h(
    'form',
    { class: options.className, role: 'search', 'aria-label': options.name, action: searchPath(locale), method: 'get' },
    h('label', { for: options.id }, t.searchLabel),
    h('input', {
      id: options.id,
      type: 'search',
      name: 'q',
      value: options.query || undefined,
      minlength: 2,
      maxlength: 100,
      required: true,
      enterkeyhint: 'search',
      placeholder: t.searchPlaceholder,
    }),
    h('button', { type: 'submit' }, t.searchSubmit),
  );
}
