import { drawChart, type DrawChartInput, type DrawnChart } from '../../../src/plugins/editorial/server/src/stat-blocks/chart';
import { BAR_FILL, EARLIER_FILL, ON_BAR_TEXT } from '../../../src/plugins/editorial/server/src/stat-blocks/chart/palette';
import { XSS_VECTORS } from '../../security/xss-vectors';
import { allText, contrastRatio, descendants, figure, GOALS_2014, parseXml, type XmlElement } from './chart-fixtures';

const EDITIONS: DrawChartInput['editions'] = [
  {
    label: '2014',
    figures: [
      figure('sehen PR und Marketing als oberste Priorität', 8, 'share', { base: 10 }),
      figure('nennen Kundenbeziehungsmanagement als Hauptziel', 9, 'percent'),
      null,
    ],
  },
  {
    label: '2026',
    figures: [
      figure('sehen PR und Marketing als oberste Priorität', 64, 'percent'),
      figure('nennen Kundenbeziehungsmanagement als Hauptziel', 21, 'percent'),
      figure('nennen KI-Automatisierung als Hauptziel', 12, 'percent'),
    ],
  },
];

const SOURCE = 'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)';
const WARNING = 'Diese Daten sind über zehn Jahre alt.';

/** One input per form, with every optional text present. */
const EVERY_KIND: Record<string, DrawChartInput> = {
  bars: {
    figures: GOALS_2014,
    locale: 'de',
    title: 'Hauptziele der Social-Media-Arbeit',
    source: SOURCE,
    warning: WARNING,
  },
  tiles: {
    figures: [figure('der Befragten arbeiten im kleinen Team', 2, 'share', { base: 3 }), figure('Unternehmen befragt', 1024, 'count')],
    locale: 'de',
    source: SOURCE,
  },
  pictogram: {
    figures: [figure('der Befragten arbeiten im kleinen Team', 2, 'share', { base: 3, note: 'n = 102' })],
    locale: 'de',
  },
  compare: { figures: [], display: 'compare', editions: EDITIONS, locale: 'de', title: 'Hauptziele 2014 und 2026' },
  english: { figures: GOALS_2014.map((f) => ({ ...f, display: f.display.replace('\u00a0', '') })), locale: 'en' },
};

const ALLOWED_ELEMENTS = new Set(['svg', 'title', 'desc', 'g', 'rect', 'text', 'path']);
const ALLOWED_FILLS = new Set(['currentColor', 'none', BAR_FILL, EARLIER_FILL, ON_BAR_TEXT]);

function draw(input: DrawChartInput): DrawnChart {
  const chart = drawChart(input);
  if (!chart) throw new Error('no chart drawn');
  return chart;
}

/** What the security suite demands of every SVG: only our elements, no script, no handlers, no styles, no links. */
function expectInertSvg(svg: string, root: XmlElement): void {
  // Text can only hold "<" and ">" escaped, so every raw <…> is one of our own tags.
  const tags = svg.match(/<[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(3);
  for (const tag of tags) {
    expect(tag).not.toMatch(/^<\/?script/i);
    expect(tag).not.toMatch(/\sstyle\s*=/i);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  }
  expect(svg.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
  for (const element of [root, ...descendants(root)]) {
    expect(ALLOWED_ELEMENTS).toContain(element.name);
    for (const name of Object.keys(element.attributes)) {
      expect(name).not.toMatch(/^on/i);
      expect(name).not.toMatch(/^(style|href|xlink:href|src)$/i);
    }
  }
}

describe.each(Object.entries(EVERY_KIND))('the %s chart', (_name, input) => {
  const chart = draw(input);
  const root = parseXml(chart.svg);

  it('parses as XML with an <svg> root in the SVG namespace', () => {
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
  });

  it('is an image labelled by its <title> and <desc>', () => {
    expect(root.attributes.role).toBe('img');
    const [titleId, descId] = root.attributes['aria-labelledby'].split(' ');
    const title = root.children.find((child) => child.name === 'title')!;
    const desc = root.children.find((child) => child.name === 'desc')!;
    expect(root.children[0]).toBe(title);
    expect(title.attributes.id).toBe(titleId);
    expect(desc.attributes.id).toBe(descId);
    expect(title.text.length).toBeGreaterThan(0);
    expect(desc.text).toBe(chart.summary);
  });

  it('scales to its container through a viewBox and width 100%', () => {
    expect(root.attributes.viewBox).toMatch(/^0 0 400 \d+(\.\d)?$/);
    expect(root.attributes.width).toBe('100%');
    expect(root.attributes.height).toBeUndefined();
    expect(root.attributes.class).toBe(`chart chart--${chart.kind}`);
  });

  it('has no script, no style attribute, no event handler and only known elements', () => {
    expectInertSvg(chart.svg, root);
  });

  it('colours through currentColor and the documented default fills only', () => {
    expect(root.attributes.fill).toBe('currentColor');
    for (const element of descendants(root)) {
      for (const paint of ['fill', 'stroke']) {
        if (element.attributes[paint]) expect(ALLOWED_FILLS).toContain(element.attributes[paint]);
      }
    }
  });

  it('sums up what it shows in one sentence', () => {
    expect(chart.summary).toMatch(/^[A-Z][^\n]*\.$/);
    expect(chart.summary.split(/\.\s/)).toHaveLength(1);
  });
});

describe('summary and table', () => {
  it('names the form and every figure, value first as in the block', () => {
    const chart = draw({ figures: GOALS_2014, locale: 'de' });
    expect(chart.summary).toBe(
      'Balkendiagramm: 8 von 10 Befragten sehen PR und Marketing als oberste Priorität; ' +
        '9\u00a0% nennen Kundenbeziehungsmanagement als Hauptziel; 8\u00a0% nennen Employer Branding als Hauptziel; ' +
        '7\u00a0% nennen Vertrieb als Hauptziel; rund 29\u00a0% müssen vor allem das eigene Unternehmen überzeugen.',
    );
    const en = draw({
      figures: [figure('name sales as their main goal', 7, 'percent', { locale: 'en' })],
      locale: 'en',
    });
    expect(en.summary).toBe('Bar chart: 7% name sales as their main goal.');
  });

  it('gives the same figures as table rows', () => {
    const chart = draw({ figures: GOALS_2014, locale: 'de' });
    expect(chart.table.columns).toEqual(['Angabe', 'Wert']);
    expect(chart.table.rows[0]).toEqual({
      label: 'Befragten sehen PR und Marketing als oberste Priorität',
      values: ['8 von 10'],
      note: null,
    });
    expect(chart.table.rows[4]).toMatchObject({ values: ['rund 29\u00a0%'], note: 'Mehrfachnennungen möglich' });
    expect(draw({ figures: GOALS_2014, locale: 'en' }).table.columns).toEqual(['Item', 'Value']);
  });

  it('describes a pictogram and a comparison by edition', () => {
    expect(draw(EVERY_KIND.pictogram).summary).toBe(
      'Piktogramm: 2 von 3 der Befragten arbeiten im kleinen Team (2 von 3 Figuren ausgefüllt).',
    );
    const compare = draw(EVERY_KIND.compare);
    expect(compare.summary).toBe(
      'Vergleich 2014 und 2026: sehen PR und Marketing als oberste Priorität: 2014 8 von 10, 2026 64\u00a0%; ' +
        'nennen Kundenbeziehungsmanagement als Hauptziel: 2014 9\u00a0%, 2026 21\u00a0%; ' +
        'nennen KI-Automatisierung als Hauptziel: 2014 nicht erhoben, 2026 12\u00a0%.',
    );
    expect(compare.table.columns).toEqual(['Angabe', '2014', '2026']);
    expect(compare.table.rows[2].values).toEqual(['nicht erhoben', '12\u00a0%']);
  });

  it('uses the heading as <title>, a generic name otherwise', () => {
    expect(parseXml(draw(EVERY_KIND.bars).svg).children[0].text).toBe('Hauptziele der Social-Media-Arbeit');
    expect(parseXml(draw({ figures: GOALS_2014, locale: 'en' }).svg).children[0].text).toBe('Bar chart');
  });

  it('draws the citation and the age warning into the SVG when given', () => {
    const text = allText(parseXml(draw(EVERY_KIND.bars).svg));
    expect(text).toContain('Diese Daten sind über zehn Jahre alt.');
    expect(text.replace(/\s+/g, ' ')).toContain('(Februar 2014, n = 102, nicht repräsentativ)');
  });
});

describe('ids', () => {
  it('are stable for the same input and differ between charts, so several fit on one page', () => {
    const a = draw({ figures: GOALS_2014, locale: 'de' });
    expect(draw({ figures: GOALS_2014, locale: 'de' }).svg).toBe(a.svg);
    const b = draw({ figures: GOALS_2014.slice(1), locale: 'de' });
    const id = (chart: DrawnChart): string => parseXml(chart.svg).children[0].attributes.id;
    expect(id(a)).not.toBe(id(b));
  });

  it('take a caller’s prefix, reduced to safe characters', () => {
    const chart = draw({ figures: GOALS_2014, locale: 'de', id: 'block-12" onload="x' });
    const root = parseXml(chart.svg);
    expect(root.attributes['aria-labelledby']).toBe('block-12onloadx-t block-12onloadx-d');
    expect(draw({ figures: GOALS_2014, locale: 'de', id: '42' }).svg).toContain('id="chart-42-t"');
  });
});

describe('escaping', () => {
  // XML 1.0 cannot hold these at all; the one escaping path drops them.
  const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

  it.each(XSS_VECTORS.map((vector) => [vector.name, vector.payload]))(
    '%s in labels, notes, editions, titles and sources stays text',
    (_name, payload) => {
      const evil = figure(payload, 40, 'percent', { note: payload });
      const inputs: DrawChartInput[] = [
        { figures: [evil, ...GOALS_2014], locale: 'de', title: payload, source: payload, warning: payload },
        { figures: [evil, figure(payload, 12, 'count')], locale: 'de', title: payload },
        { figures: [{ ...figure(payload, 2, 'share', { base: 3, note: payload }) }], locale: 'de', source: payload },
        {
          figures: [],
          display: 'compare',
          locale: 'de',
          title: payload,
          editions: [
            { label: payload, figures: [evil] },
            { label: '2026', figures: [evil] },
          ],
        },
      ];
      for (const input of inputs) {
        const chart = draw(input);
        const root = parseXml(chart.svg);
        expectInertSvg(chart.svg, root);
        // The payload comes back as the very same text once parsed: escaped, not interpreted.
        const title = root.children.find((child) => child.name === 'title')!;
        if (input.title) expect(title.text).toBe(payload.trim().replace(XML_INVALID, ''));
        const desc = root.children.find((child) => child.name === 'desc')!;
        expect(desc.text).toBe(chart.summary.replace(XML_INVALID, ''));
        expect(chart.summary).toContain(payload.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ').trim());
        // Wrapped lines, joined again, still hold every character of the payload.
        const squeezed = (text: string): string => text.replace(/[\s-]+/g, '');
        expect(squeezed(allText(root))).toContain(squeezed(payload.replace(XML_INVALID, '')));
      }
    },
  );
});

describe('contrast of the default fills', () => {
  const dark = '#121212';
  it('keeps bars at ≥ 3:1 against a white and a dark page', () => {
    for (const fill of [BAR_FILL, EARLIER_FILL]) {
      expect(contrastRatio(fill, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(fill, dark)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(fill, '#000000')).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps value text inside a bar at ≥ 4.5:1', () => {
    expect(contrastRatio(ON_BAR_TEXT, BAR_FILL)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(ON_BAR_TEXT, EARLIER_FILL)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('size and speed', () => {
  const input: DrawChartInput = {
    figures: GOALS_2014,
    locale: 'de',
    title: 'Hauptziele der Social-Media-Arbeit',
    source: SOURCE,
    warning: WARNING,
  };

  it('keeps a five-figure bar chart, citation included, at most 3 KB', () => {
    const chart = draw(input);
    expect(chart.kind).toBe('bars');
    expect(Buffer.byteLength(chart.svg, 'utf8')).toBeLessThanOrEqual(3 * 1024);
  });

  it('draws a five-figure bar chart in a few milliseconds of CPU time at most (the 1 ms limit is judged by the benchmark)', () => {
    for (let i = 0; i < 200; i += 1) draw(input);
    // CPU time, not wall time: CI runs this next to Strapi test servers on two cores. Inside
    // Jest's module sandbox a draw costs about five times what it costs in plain Node, so
    // the 1 ms limit itself is checked by bench/chart-draw.js (about 0.2 ms there), which
    // fails the benchmark when it is broken; this guards against a gross regression.
    const runs = 200;
    const batches = Array.from({ length: 5 }, () => {
      const start = process.cpuUsage();
      for (let i = 0; i < runs; i += 1) draw(input);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000 / runs;
    });
    expect(Math.min(...batches)).toBeLessThanOrEqual(5);
  });
});
