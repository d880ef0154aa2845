import { articleLastChange, buildRss, buildSitemap } from '../../../src/reader-site/feeds/rules';
import { escapeXml } from '../../../src/reader-site/feeds/xml';
import { articleJsonLd, breadcrumbJsonLd, jsonLdText } from '../../../src/reader-site/seo/article-json-ld';
import { articlePath, feedPath, homePath, matchReaderPath } from '../../../src/reader-site/urls';

const channel = {
  title: 'Blog & Co',
  link: 'https://blog.example/',
  self: 'https://blog.example/rss.xml',
  description: 'Über <Social Media>',
  language: 'de-DE',
};

describe('XML escaping', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<img src=x onerror="alert(1)"> & 'x'`)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &apos;x&apos;');
    expect(escapeXml('a\u0000b\u0008c\u000Bd')).toBe('abcd');
    expect(escapeXml(null)).toBe('');
  });
});

describe('RSS 2.0', () => {
  it('lists items with RFC 822 dates, permalinks and escaped text', () => {
    const xml = buildRss(channel, [
      {
        title: 'Studie <2014>',
        link: 'https://blog.example/artikel/studie',
        description: 'Teaser & mehr',
        published: new Date('2014-03-04T09:00:00Z'),
        category: 'Studien',
        author: 'Lena',
      },
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).toContain('<title>Blog &amp; Co</title>');
    expect(xml).toContain('<title>Studie &lt;2014&gt;</title>');
    expect(xml).toContain('<pubDate>Tue, 04 Mar 2014 09:00:00 GMT</pubDate>');
    expect(xml).toContain('<guid isPermaLink="true">https://blog.example/artikel/studie</guid>');
    expect(xml).toContain('<category>Studien</category>');
    expect(xml).not.toContain('<2014>');
  });
});

describe('sitemap', () => {
  it('gives each URL with lastmod and language alternates', () => {
    const xml = buildSitemap([
      {
        loc: 'https://blog.example/artikel/a?x=1&y=2',
        lastmod: new Date('2020-01-01T00:00:00Z'),
        alternates: [{ hreflang: 'en', href: 'https://blog.example/en/artikel/a' }],
      },
    ]);
    expect(xml).toContain('<loc>https://blog.example/artikel/a?x=1&amp;y=2</loc>');
    expect(xml).toContain('<lastmod>2020-01-01T00:00:00.000Z</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://blog.example/en/artikel/a"/>');
  });
});

describe('reader URLs', () => {
  it('puts German at the root and English under /en', () => {
    expect(articlePath('über-uns', 'de')).toBe('/artikel/%C3%BCber-uns');
    expect(articlePath('survey', 'en')).toBe('/en/artikel/survey');
    expect(homePath('en')).toBe('/en/');
    expect(feedPath('de')).toBe('/rss.xml');
  });

  it('matches the site paths and leaves everything else alone', () => {
    expect(matchReaderPath('/')).toEqual({ page: 'home', locale: 'de' });
    expect(matchReaderPath('/en')).toEqual({ page: 'home', locale: 'en' });
    expect(matchReaderPath('/en/artikel/survey')).toEqual({ page: 'article', locale: 'en', slug: 'survey' });
    expect(matchReaderPath('/artikel/%C3%BCber')).toEqual({ page: 'article', locale: 'de', slug: 'über' });
    expect(matchReaderPath('/rss.xml')).toEqual({ page: 'feed', locale: 'de' });
    expect(matchReaderPath('/sitemap.xml')).toEqual({ page: 'sitemap' });
    expect(matchReaderPath('/kategorie/studien')).toEqual({ page: 'category', locale: 'de', slug: 'studien' });
    expect(matchReaderPath('/en/kategorie/studien/')).toEqual({ page: 'category', locale: 'en', slug: 'studien' });
    expect(matchReaderPath('/suche')).toEqual({ page: 'search', locale: 'de' });
    expect(matchReaderPath('/en/suche')).toEqual({ page: 'search', locale: 'en' });
    expect(matchReaderPath('/artikel/studie/share.png')).toEqual({ page: 'share-image', locale: 'de', slug: 'studie' });
    expect(matchReaderPath('/en/artikel/survey/share.png')).toEqual({ page: 'share-image', locale: 'en', slug: 'survey' });
    for (const path of [
      '/api/articles',
      '/admin',
      '/uploads/x.png',
      '/artikel/a/b',
      '/fr/artikel/a',
      '/artikel/%E0%A4%A',
      '/kategorie/a/share.png',
      '/kategorie',
      '/suche/x',
      '/artikel/a/share.jpg',
    ]) {
      expect(matchReaderPath(path)).toEqual({ page: 'unknown' });
    }
  });
});

describe('JSON-LD', () => {
  const input = {
    url: 'https://blog.example/artikel/studie',
    headline: 'Studie',
    locale: 'de',
    datePublished: '2014-03-04T09:00:00.000Z',
    dateModified: '2026-01-01T00:00:00.000Z',
    lastReviewed: null,
    authorName: 'Lena Hartmann',
    publisherName: 'Social-Media-Blog',
    publisherUrl: 'https://blog.example/',
    studies: [
      { title: 'Social Media Manager 2014', publisher: 'Demo-Agentur', publishedOn: '2014-02-01' },
      { title: 'Social Media Manager 2014', publisher: 'Demo-Agentur', publishedOn: '2014-02-01' },
    ],
  };

  it('describes the article with the original date, author, publisher and each cited study once', () => {
    const ld = articleJsonLd(input) as any;
    expect(ld['@type']).toBe('BlogPosting');
    expect(ld.datePublished).toBe('2014-03-04T09:00:00.000Z');
    expect(ld.author).toEqual({ '@type': 'Person', name: 'Lena Hartmann' });
    expect(ld.publisher.name).toBe('Social-Media-Blog');
    expect(ld.citation).toHaveLength(1);
    expect(ld.citation[0]).toMatchObject({ '@type': 'CreativeWork', name: 'Social Media Manager 2014', datePublished: '2014-02-01' });
    expect('lastReviewed' in ld.mainEntityOfPage).toBe(false);
    expect('logo' in ld.publisher).toBe(false);
    const withLogo = articleJsonLd({ ...input, publisherLogo: { url: 'https://blog.example/assets/brand-logo-1.png' } }) as any;
    expect(withLogo.publisher.logo).toEqual({ '@type': 'ImageObject', url: 'https://blog.example/assets/brand-logo-1.png' });
  });

  it('a review date goes on the page (schema.org WebPage.lastReviewed); a breadcrumb trail is numbered', () => {
    const ld = articleJsonLd({ ...input, lastReviewed: '2026-02-01T00:00:00.000Z' }) as any;
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': input.url, lastReviewed: '2026-02-01T00:00:00.000Z' });
    const trail = breadcrumbJsonLd([
      { name: 'Blog', url: 'https://blog.example/' },
      { name: 'Studie', url: input.url },
    ]) as any;
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Blog', item: 'https://blog.example/' },
      { '@type': 'ListItem', position: 2, name: 'Studie', item: input.url },
    ]);
  });

  it('cannot close its script element', () => {
    const text = jsonLdText(articleJsonLd({ ...input, headline: '</script><script>alert(1)</script>' }));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('sitemap lastmod', () => {
  const importedUntil = new Date('2026-11-30T10:00:00.000Z');
  it('is the original publication or the last review, not the import that wrote updatedAt', () => {
    const article = { originallyPublishedAt: '2014-03-04T09:00:00.000Z', updatedAt: '2026-11-30T09:59:00.000Z' };
    expect(articleLastChange(article, importedUntil)?.toISOString()).toBe('2014-03-04T09:00:00.000Z');
    expect(articleLastChange({ ...article, lastReviewedAt: '2025-05-01T00:00:00.000Z' }, importedUntil)?.toISOString()).toBe(
      '2025-05-01T00:00:00.000Z',
    );
  });

  it('an edit after the import counts; without an import every edit counts', () => {
    const edited = { originallyPublishedAt: '2014-03-04T09:00:00.000Z', updatedAt: '2026-11-30T12:00:00.000Z' };
    expect(articleLastChange(edited, importedUntil)?.toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(articleLastChange({ ...edited, updatedAt: '2026-11-30T09:00:00.000Z' }, null)?.toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(articleLastChange({}, null)).toBeNull();
  });
});
