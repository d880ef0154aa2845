/**
 * schema.org `Article` for an article page: the original publication date (not Strapi's
 * re-publish date), last change, last review, author, publisher, and the studies its
 * statistics come from as `citation`. Pure; the frontend serialises it into the page.
 */
export interface JsonLdStudy {
  title: string;
  publisher?: string | null;
  publishedOn?: string | null;
  url?: string | null;
}

export interface JsonLdInput {
  url: string;
  headline: string;
  description?: string | null;
  locale: string;
  datePublished?: string | null;
  dateModified?: string | null;
  lastReviewed?: string | null;
  authorName?: string | null;
  publisherName: string;
  publisherUrl: string;
  imageUrl?: string | null;
  section?: string | null;
  studies: JsonLdStudy[];
}

export function articleJsonLd(input: JsonLdInput): Record<string, unknown> {
  const compact = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const seen = new Set<string>();
  const citations = input.studies
    .filter((study) => study.title && !seen.has(study.title) && seen.add(study.title))
    .map((study) =>
      compact({
        '@type': 'CreativeWork',
        name: study.title,
        publisher: study.publisher ? { '@type': 'Organization', name: study.publisher } : null,
        datePublished: study.publishedOn,
        url: study.url,
      }),
    );
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Article',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline.slice(0, 110),
    description: input.description,
    inLanguage: input.locale,
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    lastReviewed: input.lastReviewed,
    author: input.authorName ? { '@type': 'Person', name: input.authorName } : null,
    publisher: { '@type': 'Organization', name: input.publisherName, url: input.publisherUrl },
    image: input.imageUrl,
    articleSection: input.section,
    citation: citations.length > 0 ? citations : null,
  });
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
