/** Teaser cards for the home page and the related articles. */
import { teaserFor } from '../domain/teaser';
import { articlePath } from '../domain/reader-urls';
import { h, type Element } from './markup';
import { readerDate, type Texts } from './texts';
import type { ArticleSummary } from './types';

/**
 * Whole years after which this article counts as outdated, for the card's marker
 * ("älter als 2 Jahre"): from its reference date to its `outdatedAt`.
 */
export function outdatedAfterYears(article: ArticleSummary): number | null {
  if (article.editorial?.banner?.kind !== 'outdated' || !article.editorial.outdatedAt) return null;
  const dates = [article.originallyPublishedAt ?? article.publishedAt, article.lastReviewedAt].filter(Boolean).map((d) => new Date(d as string).getTime());
  if (dates.length === 0) return null;
  const months = (new Date(article.editorial.outdatedAt).getTime() - Math.max(...dates)) / (30.44 * 86_400_000);
  return Math.max(1, Math.round(months / 12));
}

export function articleCard(article: ArticleSummary, t: Texts, headingLevel: 'h2' | 'h3' = 'h2'): Element {
  const years = outdatedAfterYears(article);
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
