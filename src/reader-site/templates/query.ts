/**
 * Strapi's bracketed query strings (`populate[category][fields][0]=name`) from plain
 * objects, and the queries the reader's pages send.
 */
import { STUDY_STAT_BLOCK } from '../../domain/blog';

type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };

export function toQueryString(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  const add = (key: string, value: QueryValue) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((item, index) => add(`${key}[${index}]`, item));
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
    else parts.push(`${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return parts.join('&');
}

const SUMMARY_FIELDS = ['title', 'slug', 'excerpt', 'originallyPublishedAt', 'publishedAt', 'lastReviewedAt', 'locale'];
const CATEGORY = { fields: ['name', 'slug'] };
const MEDIA = { fields: ['url', 'alternativeText', 'width', 'height'] };
/** Rich text is loaded for cards only to cut a teaser when an article has no excerpt. */
const TEASER_BLOCKS = { on: { 'blocks.rich-text': { fields: ['body'] } } };

export const HOME_PAGE_SIZE = 9;

export function articleListQuery(options: { locale: string; page: number; category?: string | null }) {
  return toQueryString({
    locale: options.locale,
    sort: ['originallyPublishedAt:desc', 'publishedAt:desc'],
    fields: SUMMARY_FIELDS,
    populate: { category: CATEGORY, cover: MEDIA, blocks: TEASER_BLOCKS },
    filters: options.category ? { category: { slug: { $eq: options.category } } } : undefined,
    pagination: { page: options.page, pageSize: HOME_PAGE_SIZE },
  });
}

/**
 * The categories with at least one published article in `locale`, for the category
 * navigation: readers' joins only see published rows (src/runtime/published-only-joins.ts),
 * so a category whose articles are all drafts or in the other language is left out.
 */
export function categoriesQuery(locale: string) {
  return toQueryString({
    locale,
    fields: ['name', 'slug'],
    sort: ['name:asc'],
    filters: { articles: { locale: { $eq: locale } } },
    pagination: { pageSize: 100 },
  });
}

/** One category by slug, with its description for the category page's head. */
export function categoryQuery(slug: string, locale: string) {
  return toQueryString({ locale, fields: ['name', 'slug', 'description'], filters: { slug: { $eq: slug } }, pagination: { pageSize: 1 } });
}

/** One page of the search (`GET /api/articles/search`), with what the cards show. */
export function searchQuery(options: { locale: string; q: string; page: number }) {
  return toQueryString({
    q: options.q,
    locale: options.locale,
    page: options.page,
    pageSize: HOME_PAGE_SIZE,
    fields: SUMMARY_FIELDS,
    populate: { category: CATEGORY, cover: MEDIA, blocks: TEASER_BLOCKS },
  });
}

/** Everything the article page shows, in one request. */
export function articlePopulate() {
  return {
    // The stat blocks' chart SVGs (markup comes only when asked for).
    editorial: { html: 'true' },
    populate: {
      category: CATEGORY,
      // bio and avatar are public author fields (src/api/author): the author box under the article.
      author: { fields: ['name', 'slug', 'bio'], populate: { avatar: MEDIA } },
      cover: MEDIA,
      tags: CATEGORY,
      localizations: { fields: ['slug', 'locale', 'title'] },
      related: { fields: SUMMARY_FIELDS, populate: { category: CATEGORY, cover: MEDIA, blocks: TEASER_BLOCKS } },
      blocks: {
        on: {
          'blocks.rich-text': { fields: ['body'] },
          [STUDY_STAT_BLOCK]: { fields: ['heading', 'display'] },
          'blocks.book-tip': {
            fields: ['heading'],
            populate: {
              bookTips: { fields: ['title', 'authors', 'publisher', 'year', 'recommendation', 'link'], populate: { cover: MEDIA } },
            },
          },
          'blocks.quote': { fields: ['text', 'source'] },
        },
      },
    },
  } as Record<string, QueryValue>;
}

export function articleQuery(slug: string, locale: string) {
  return toQueryString({ locale, filters: { slug: { $eq: slug } }, ...articlePopulate() });
}

export function previewQuery(token: string) {
  return toQueryString({ token, ...articlePopulate() });
}
