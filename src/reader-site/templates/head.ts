/**
 * What a page says about itself in `<head>`: title, description, canonical URL and language
 * alternates for search engines; Open Graph and a Twitter card for link previews (LinkedIn,
 * Xing, Facebook, WhatsApp, Slack); JSON-LD for structured data. Built on the server, so
 * bots that run no JavaScript see all of it.
 */
import { h, jsonLdScript, type Element } from './markup';

export interface ShareImage {
  url: string;
  width?: number | null;
  height?: number | null;
  alt: string;
}

export interface HeadInfo {
  /** The complete `<title>`. */
  title: string;
  description?: string | null;
  canonical?: string | null;
  noindex?: boolean;
  /** `hreflang` → absolute URL, `x-default` included. */
  alternates?: Array<{ hreflang: string; href: string }>;
  openGraph?: {
    type: 'website' | 'article';
    title: string;
    description?: string | null;
    url: string;
    siteName: string;
    locale: string;
    localeAlternates: string[];
    image?: ShareImage | null;
    publishedTime?: string | null;
    modifiedTime?: string | null;
    section?: string | null;
    tags?: string[];
  };
  /** Serialized JSON-LD documents (see reader-site/seo/article-json-ld.ts). */
  jsonLd?: string[];
  feed: { href: string; title: string };
}

const meta = (attributes: Record<string, string | number | null | undefined>) => h('meta', attributes);

export function headElements(head: HeadInfo): Element[] {
  const out: Element[] = [h('title', {}, head.title)];
  if (head.description) out.push(meta({ name: 'description', content: head.description }));
  if (head.noindex) out.push(meta({ name: 'robots', content: 'noindex, nofollow' }));
  if (head.canonical) out.push(h('link', { rel: 'canonical', href: head.canonical }));
  for (const alternate of head.alternates ?? [])
    out.push(h('link', { rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href }));
  out.push(h('link', { rel: 'alternate', type: 'application/rss+xml', title: head.feed.title, href: head.feed.href }));
  const og = head.openGraph;
  if (og) {
    const property = (name: string, content: string | number | null | undefined) =>
      content === null || content === undefined || content === '' ? null : meta({ property: name, content });
    out.push(
      ...[
        property('og:type', og.type),
        property('og:site_name', og.siteName),
        property('og:title', og.title),
        property('og:description', og.description),
        property('og:url', og.url),
        property('og:locale', og.locale),
        ...og.localeAlternates.map((locale) => property('og:locale:alternate', locale)),
        property('og:image', og.image?.url),
        property('og:image:width', og.image?.width),
        property('og:image:height', og.image?.height),
        property('og:image:alt', og.image?.alt),
        property('article:published_time', og.publishedTime),
        property('article:modified_time', og.modifiedTime),
        property('article:section', og.section),
        ...(og.tags ?? []).map((tag) => property('article:tag', tag)),
      ].filter((element): element is Element => element !== null),
    );
    out.push(meta({ name: 'twitter:card', content: og.image ? 'summary_large_image' : 'summary' }));
    out.push(meta({ name: 'twitter:title', content: og.title }));
    if (og.description) out.push(meta({ name: 'twitter:description', content: og.description }));
    if (og.image) {
      out.push(meta({ name: 'twitter:image', content: og.image.url }));
      out.push(meta({ name: 'twitter:image:alt', content: og.image.alt }));
    }
  }
  (head.jsonLd ?? []).forEach((json, i) => out.push(jsonLdScript(json, i === 0 ? 'json-ld' : `json-ld-${i + 1}`)));
  return out;
}
