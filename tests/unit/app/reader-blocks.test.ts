import { render } from 'preact-render-to-string';
import { chartSvg, h } from '../../../src/reader-site/templates/markup';
import { renderStatBlock as renderPluginBlock } from '../../../src/plugins/editorial/server/src/stat-blocks/rules';
import { renderBlocks } from '../../../src/reader-site/templates/blocks';
import { textsFor } from '../../../src/reader-site/templates/texts';
import type { StatBlock } from '../../../src/reader-site/templates/types';

const block = (id: number, warning: string | null): StatBlock => ({
  __component: 'blocks.study-stat',
  id,
  rendered: {
    heading: `Block ${id}`,
    figures: [
      {
        label: 'sagen ja',
        value: 80,
        unit: 'percent',
        base: null,
        qualifier: 'exact',
        display: '80 %',
        note: null,
        earlier: null,
        newer: null,
      },
    ],
    studies: [],
    citations: [{ text: 'Quelle: Demo (Februar 2014, n = 102)', url: null }],
    warning,
    chart: null,
  },
});
const html = (options: { articleWarned?: boolean }, ...blocks: StatBlock[]) =>
  render(h('div', {}, renderBlocks(blocks, textsFor('de'), options)));
const OLD = 'Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.';
const count = (text: string) => (text.match(/stat-block__warning/g) ?? []).length;

describe('old-data warnings on the reader page', () => {
  it('are shown once per article: the first block citing old data keeps its note', () => {
    expect(count(html({}, block(1, OLD), block(2, OLD), block(3, null)))).toBe(1);
  });

  it('a different warning (another study) is shown too', () => {
    expect(count(html({}, block(1, OLD), block(2, 'Diese Daten stammen aus 2019 und sind möglicherweise veraltet.')))).toBe(2);
  });

  it('none when the outdated banner already warns the reader; the source line stays', () => {
    const out = html({ articleWarned: true }, block(1, OLD), block(2, OLD));
    expect(count(out)).toBe(0);
    expect(out).toContain('Februar 2014, n = 102');
  });
});

describe('charts on the reader page', () => {
  const rendered = renderPluginBlock(
    {
      heading: 'Hauptziele',
      statistics: [
        {
          label: 'nennen Vertrieb',
          value: 7,
          unit: 'percent',
          study: {
            title: 'Umfrage 2014',
            publishedOn: '2014-02-01',
            publishedOnPrecision: 'month',
            sampleSize: 102,
            sourceUrl: 'https://example.org/u',
          },
        },
        { label: 'sehen PR vorn', value: 8, unit: 'share', base: 10, study: null },
      ],
    },
    { locale: 'de', timeZone: 'Europe/Berlin', studyOutdatedAfterMonths: 24, now: new Date('2026-11-30T00:00:00Z') },
  );
  const withChart: StatBlock = { __component: 'blocks.study-stat', id: 9, rendered };

  it('places the plugin’s SVG (with its source and warning drawn in) and the figures as a table behind a toggle', () => {
    const out = html({}, withChart);
    expect(out).toContain('<figure class="stat-block stat-block--bars" data-block="study-stat" data-chart="bars">');
    expect(out).toContain('<div class="stat-block__chart"><svg xmlns="http://www.w3.org/2000/svg" class="chart chart--bars" role="img"');
    expect(out).toMatch(
      /<details class="stat-block__data"><summary>Daten als Tabelle<\/summary><table>.*<th scope="row">sehen PR vorn<\/th><td>8 von 10<\/td>/,
    );
    // The citation stays text for screen readers (the SVG is one image to them), and the link to the source stays.
    expect(out).toContain('<span class="visually-hidden">Quelle: „Umfrage 2014“ (Februar 2014, n = 102)</span>');
    expect(out).toContain('<a href="https://example.org/u" rel="noopener">zur Quelle</a>');
  });

  it('refuses an SVG with anything but drawing elements; the block then shows its figures as a list', () => {
    for (const bad of [
      '<svg onload="alert(1)"></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="https://evil.example"><text>x</text></a></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect style="x"/></svg>',
      '<p>no svg</p>',
    ]) {
      expect(chartSvg(bad, 'c')).toBeNull();
      const out = html({}, { ...withChart, rendered: { ...rendered, chart: { ...rendered.chart!, svg: bad } } });
      expect(out).not.toContain('alert(1)');
      expect(out).toContain('<ul class="stat-block__figures">');
    }
    expect(chartSvg(rendered.chart!.svg, 'c')).not.toBeNull();
  });
});
