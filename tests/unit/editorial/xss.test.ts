/**
 * Editor-supplied text reaches HTML through banners and study-stat blocks. Every field
 * is fed the usual attack strings; the markup must stay exactly our own.
 */
import { buildEditorialInfo } from '../../../src/plugins/editorial/server/src/freshness/banner';
import { computeFreshness } from '../../../src/plugins/editorial/server/src/freshness/rules';
import { renderBannerHtml, renderStatBlockHtml } from '../../../src/plugins/editorial/server/src/domain/html';
import { renderStatBlock, type StudyInput } from '../../../src/plugins/editorial/server/src/stat-blocks/rules';

const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '//evil.example/x',
];

const NOW = new Date('2025-06-15T12:00:00.000Z');

// Our own markup: these tags with these attributes (quoted, no markup inside), nothing else.
// The chart (SVG drawing elements with presentation attributes) and its data table included.
const OWN_TAG =
  /<\/?(figure|figcaption|ul|li|strong|span|p|cite|a|aside|svg|title|desc|g|text|rect|path|details|summary|table|thead|tbody|tr|th|td|small)((?:\s(?:class|role|href|rel|xmlns|aria-labelledby|viewBox|width|height|font-family|font-size|font-weight|font-style|fill|fill-opacity|stroke|stroke-opacity|text-anchor|id|x|y|d|scope)="[^"<>]*")*)\s*\/?>/g;

function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  // One SVG, the plugin's chart; an injected one would be a second.
  expect(html.match(/<svg/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  for (const svg of html.match(/<svg[^>]*>/gi) ?? [])
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart chart--(bars|tiles|pictogram|compare)"/);
  const tags = html.match(OWN_TAG) ?? [];
  for (const tag of tags) {
    expect(tag).not.toMatch(/\son\w+\s*=/i);
    expect(tag).not.toMatch(/\sstyle\s*=/i);
  }
  // Stripping our own tags must leave text only: no further tag or attribute can exist.
  const text = html.replace(OWN_TAG, '');
  expect(text).not.toMatch(/[<>"]/);
  for (const match of html.matchAll(/href="([^"]*)"/g)) {
    expect(match[1]).toMatch(/^https?:\/\/[^/]/);
  }
  expect(html).not.toMatch(/href\s*=\s*["']?\s*(javascript|data|vbscript):/i);
}

describe.each(VECTORS)('XSS vector %p', (vector) => {
  const study: StudyInput = {
    documentId: 'x',
    title: vector,
    slug: vector,
    publisher: vector,
    publishedOn: null,
    fieldworkPeriod: vector,
    sampleSize: 102,
    representative: false,
    sourceUrl: vector,
    supersededBy: { title: vector, slug: vector },
  };

  // The same question in another edition, with the vector in its label and study title.
  const edition = {
    label: vector,
    value: 9,
    unit: 'percent' as const,
    base: null,
    qualifier: 'exact' as const,
    study: { title: vector, slug: vector, publishedOn: '2014-02-01' },
  };

  it.each(['auto', 'bars', 'tiles', 'compare', 'pictogram'])(
    'stays inert in every field of a stat block, its chart and data table (display %s)',
    (display) => {
      for (const locale of ['de', 'en'] as const) {
        const block = renderStatBlock(
          {
            heading: vector,
            display,
            statistics: [
              {
                label: vector,
                value: 13.7,
                unit: 'percent',
                base: null,
                qualifier: 'exact',
                note: vector,
                study,
                earlier: edition,
                newer: edition,
              },
              { label: vector, value: 2, unit: 'share', base: 3, qualifier: 'approximately', note: null, study: null },
            ],
          },
          { locale, timeZone: 'Europe/Berlin', studyOutdatedAfterMonths: 24, now: NOW },
        );
        expectInert(block.html!);
        expectInert(block.chart!.svg!);
        expect(block.citations[0]?.url).toBeNull();
        expect(block.html).not.toContain('<a ');
        // The text is still shown to readers, only escaped.
        expect(block.html).toContain(
          vector.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
        );
      }
    },
  );

  it('stays inert when a hand-built block goes straight to the renderer', () => {
    const html = renderStatBlockHtml(
      {
        heading: vector,
        figures: [
          {
            label: vector,
            value: 1,
            unit: 'count',
            base: null,
            qualifier: 'exact',
            display: vector,
            note: vector,
            earlier: null,
            newer: null,
          },
        ],
        studies: [],
        citations: [
          { text: vector, url: vector },
          { text: vector, url: `https://example.com/?q=${vector}` },
        ],
        warning: vector,
      },
      'de',
    );
    expectInert(html);
    // Only the https URL can become a link, and only if the vector adds no raw whitespace.
    expect(html.match(/<a /g) ?? []).toHaveLength(/\s/.test(vector) ? 0 : 1);
  });

  it('stays inert in banner messages and custom templates', () => {
    expectInert(renderBannerHtml({ kind: 'outdated', message: vector }));
    const templates = { de: { one: vector, other: `${vector} {years}`, archived: vector } };
    const info = buildEditorialInfo(
      computeFreshness(
        { freshness: 'auto', originallyPublishedAt: '2014-03-04', firstPublishedAt: null, lastReviewedAt: null, thresholdMonths: 24 },
        NOW,
      ),
      { locale: 'de', templates },
    );
    expect(info.banner?.message).toBe(`${vector} 11`);
    expectInert(info.banner?.html ?? '');
  });
});

describe('expectInert itself', () => {
  it('catches markup that is not ours', () => {
    expect(() => expectInert('<p class="x" onclick="alert(1)">x</p>')).toThrow();
    expect(() => expectInert('<a href="javascript:alert(1)">x</a>')).toThrow();
    expect(() => expectInert('<p>"><svg onload=alert(1)></p>')).toThrow();
    expect(() => expectInert('<p style="x">x</p>')).toThrow();
    expect(() => expectInert('<p class="ok">fine &lt;b&gt;</p>')).not.toThrow();
  });
});
