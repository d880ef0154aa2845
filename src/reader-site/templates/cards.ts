/** Teaser cards for the home page and the related articles. */
import { teaserFor } from '../teaser';
import { articlePath, categoryPath } from '../urls';
import { h, type Element } from './markup';
import { readerDate, type Texts } from './texts';
import type { Article, ArticleSummary } from './types';

/**
 * The card's age marker names the article's real age, as its banner does ("über 12 Jahre
 * alt"), not the threshold after which it counts as outdated.
 */
export function outdatedAgeYears(article: ArticleSummary): number | null {
  const banner = article.editorial?.banner;
  return banner?.kind === 'outdated' ? banner.ageYears : null;
}

export interface CardOptions {
  /** The first card on a page: its cover loads at once (it is the likely LCP), the others lazily. */
  priority?: boolean;
}

export function articleCard(article: ArticleSummary, t: Texts, headingLevel: 'h2' | 'h3' = 'h2', options: CardOptions = {}): Element {
  const years = outdatedAgeYears(article);
  const date = article.originallyPublishedAt ?? article.publishedAt;
  const cover = article.cover?.url ? article.cover : null;
  return h(
    'article',
    { class: cover ? 'card card--cover' : 'card', 'data-testid': 'article-card' },
    h(headingLevel, { class: 'card__title' }, h('a', { href: articlePath(article.slug, article.locale) }, article.title)),
    // Decorative here: the title next to it says what the card is about.
    cover
      ? h('img', {
          class: 'card__cover',
          src: cover.url,
          alt: '',
          width: cover.width ?? undefined,
          height: cover.height ?? undefined,
          loading: options.priority ? undefined : 'lazy',
          fetchpriority: options.priority ? 'high' : undefined,
          decoding: 'async',
        })
      : null,
    h(
      'p',
      { class: 'card__meta' },
      article.category
        ? h('a', { class: 'card__category', href: categoryPath(article.category.slug, article.locale) }, article.category.name)
        : null,
      article.category && date ? ' · ' : null,
      date ? h('time', { datetime: date }, readerDate(date, article.locale)) : null,
      years !== null ? [' ', h('span', { class: 'marker' }, t.outdatedMarker(years))] : null,
    ),
    h('p', { class: 'card__teaser' }, teaserFor(article)),
  );
}

/** Up to two initials, for the author box when there is no avatar. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return (words.length > 1 ? [words[0], words[words.length - 1]] : words).map((w) => w[0].toUpperCase()).join('');
}

/** The author box at the end of an article: name, and the bio and avatar when the API gives them. */
export function authorBox(author: Article['author'], t: Texts): Element | null {
  if (!author?.name) return null;
  const avatar = author.avatar?.url ? author.avatar : null;
  return h(
    'footer',
    { class: 'author-box', 'data-testid': 'author-box' },
    avatar
      ? h('img', { class: 'author-box__avatar', src: avatar.url, alt: '', width: 72, height: 72, loading: 'lazy', decoding: 'async' })
      : h('span', { class: 'author-box__avatar author-box__initials', 'aria-hidden': 'true' }, initials(author.name)),
    h(
      'div',
      {},
      h('p', { class: 'author-box__label' }, t.writtenBy),
      h('p', { class: 'author-box__name' }, author.name),
      author.bio ? h('p', { class: 'author-box__bio' }, author.bio) : null,
    ),
  );
}
