/**
 * RSS 2.0 and sitemap documents for the published articles. Pure: the caller loads the
 * articles and passes absolute URLs.
 */
import { escapeXml } from './xml';

export interface FeedChannel {
  title: string;
  link: string;
  /** The feed's own URL (atom:link rel=self). */
  self: string;
  description: string;
  /** BCP 47, e.g. `de-DE`. */
  language: string;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  published: Date;
  category?: string | null;
  author?: string | null;
}

/** RFC 822 dates, as RSS 2.0 requires (`Tue, 04 Mar 2014 09:00:00 GMT`). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

export function buildRss(channel: FeedChannel, items: FeedItem[], now: Date = new Date()): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    `<lastBuildDate>${rfc822(items[0]?.published ?? now)}</lastBuildDate>`,
  ];
  for (const item of items) {
    lines.push(
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(item.link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      `<pubDate>${rfc822(item.published)}</pubDate>`,
      `<description>${escapeXml(item.description)}</description>`,
      ...(item.category ? [`<category>${escapeXml(item.category)}</category>`] : []),
      ...(item.author ? [`<dc:creator>${escapeXml(item.author)}</dc:creator>`] : []),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}

export interface SitemapEntry {
  loc: string;
  lastmod?: Date | null;
  /** Other language versions of the same page. */
  alternates?: Array<{ hreflang: string; href: string }>;
}

export function buildSitemap(entries: SitemapEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const entry of entries) {
    lines.push('<url>', `<loc>${escapeXml(entry.loc)}</loc>`);
    if (entry.lastmod && !Number.isNaN(entry.lastmod.getTime())) lines.push(`<lastmod>${entry.lastmod.toISOString()}</lastmod>`);
    for (const alt of entry.alternates ?? []) {
      lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.href)}"/>`);
    }
    lines.push('</url>');
  }
  lines.push('</urlset>');
  return `${lines.join('\n')}\n`;
}

/**
 * An article's real last change for the sitemap: its original publication, its last review,
 * and its last edit, except the edit the demo import made (`importedUntil`): readers and
 * crawlers care when the text changed, not when it was loaded into this database.
 */
export function articleLastChange(
  article: {
    originallyPublishedAt?: string | null;
    publishedAt?: string | null;
    lastReviewedAt?: string | null;
    updatedAt?: string | null;
  },
  importedUntil: Date | null,
): Date | null {
  const edited =
    article.updatedAt && (!importedUntil || new Date(article.updatedAt).getTime() > importedUntil.getTime()) ? article.updatedAt : null;
  const times = [article.originallyPublishedAt ?? article.publishedAt, article.lastReviewedAt, edited]
    .filter((value): value is string => Boolean(value))
    .map((value) => new Date(value).getTime())
    .filter((time) => !Number.isNaN(time));
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}
