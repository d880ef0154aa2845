/** Teaser cards for the home page and the related articles. */
import { teaserFor } from '../domain/teaser';
import { articlePath } from '../domain/reader-urls';
import { h, type Element } from './markup';
import { readerDate, type Texts } from './texts';
import type { ArticleSummary } from './types';

/**
 * The card's age marker names the article's real age, as its banner does ("über 12 Jahre
 * alt"), not the threshold after which it counts as outdated.
 */
export function outdatedAgeYears(article: ArticleSummary): number | null {
  const banner = article.editorial?.banner;
  return banner?.kind === 'outdated' ? banner.ageYears : null;
}

export function articleCard(article: ArticleSummary, t: Texts, headingLevel: 'h2' | 'h3' = 'h2'): Element {
  const years = outdatedAgeYears(article);
  const date = article.originallyPublishedAt ?? article.publishedAt;
  return h(
    'article',
    { class: 'card', 'data-testid': 'article-card' },
    h(headingLevel, { class: 'card__title' }, h('a', { href: articlePath(article.slug, article.locale) }, article.title)),
    h(
      'p',
      { class: 'card__meta' },
      article.category ? h('span', { class: 'card__category' }, article.category.name) : null,
      article.category && date ? ' · ' : null,
      date ? h('time', { datetime: date }, readerDate(date, article.locale)) : null,
      years !== null ? [' ', h('span', { class: 'marker' }, t.outdatedMarker(years))] : null,
    ),
    h('p', { class: 'card__teaser' }, teaserFor(article)),
  );
}
