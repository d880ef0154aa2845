/** The blog's content types (by what they are for), locales and time zone: constants, no Strapi. */
export const ARTICLE = 'api::article.article';
export const STUDY = 'api::study.study';
export const STATISTIC = 'api::statistic.statistic';
export const BOOK_TIP = 'api::book-tip.book-tip';
export const CATEGORY = 'api::category.category';
export const TAG = 'api::tag.tag';
export const AUTHOR = 'api::author.author';

/** The article block that cites statistics (the editorial plugin's `statBlock.component`). */
export const STUDY_STAT_BLOCK = 'blocks.study-stat' as const;

/** Everything readers may read through the public REST API. */
export const READABLE_CONTENT_TYPES = [ARTICLE, STUDY, STATISTIC, BOOK_TIP, CATEGORY, TAG, AUTHOR] as const;

export const LOCALES = ['de', 'en'] as const;
export const DEFAULT_LOCALE = 'de';

/** Dates editors and readers see are Berlin dates. */
export const BLOG_TIME_ZONE = 'Europe/Berlin';
