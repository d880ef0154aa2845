/**
 * The glue between a rendered stat block and the chart module: which editions a
 * `compare` chart sets side by side, what the standalone SVG names as its source, the
 * "newer figure" pointer, and the `editorial[html]` query parameter.
 */
import { parseXml } from './chart-fixtures';
import { renderStatBlock, type StatisticInput, type StudyInput } from '../../../src/plugins/editorial/server/src/stat-blocks/rules';
import { blockEditions } from '../../../src/plugins/editorial/server/src/stat-blocks/stat-chart';
import { takeMarkupParam } from '../../../src/plugins/editorial/server/src/validation/markup-query';
import { withoutMarkup } from '../../../src/plugins/editorial/server/src/stat-blocks/rules';

const NOW = new Date('2026-11-30T12:00:00Z');
const options = { locale: 'de' as const, timeZone: 'Europe/Berlin', studyOutdatedAfterMonths: 24, now: NOW };
const study2026: StudyInput = {
  documentId: 'b',
  title: 'Budget-Monitor',
  slug: 'budget-monitor',
  publisher: 'Demo-Institut',
  publishedOn: '2026-09-01',
  publishedOnPrecision: 'month',
  sampleSize: 1024,
  representative: true,
};
const earlier = (value: number, label = 'Einzelperson 2014') => ({
  label,
  value,
  unit: 'percent' as const,
  study: { title: 'Umfrage 2014', slug: 'umfrage-2014', publishedOn: '2014-02-01' },
});
const stat = (over: Partial<StatisticInput>): StatisticInput => ({
  label: 'Einzelperson',
  value: 64,
  unit: 'percent',
  study: study2026,
  ...over,
});

describe('compare: editions from the `continues` relation', () => {
  const block = renderStatBlock(
    {
      heading: 'Zum Vergleich',
      display: 'compare',
      statistics: [
        stat({ earlier: earlier(80) }),
        stat({ label: 'Fünf bis zehn', value: 21.5, earlier: earlier(13.7) }),
        stat({ label: 'Neu gefragt', value: 5 }),
      ],
    },
    options,
  );

  it('draws 2014 against the block’s own edition (its study’s year), a figure without an earlier one as not asked', () => {
    expect(block.chart).toMatchObject({ kind: 'compare' });
    expect(block.chart!.fallbackReason).toBeUndefined();
    expect(block.chart!.summary).toBe(
      'Vergleich 2014 und 2026: Einzelperson: 2014 80\u00a0%, 2026 64\u00a0%; Fünf bis zehn: 2014 13,7\u00a0%, 2026 21,5\u00a0%; Neu gefragt: 2014 nicht erhoben, 2026 5\u00a0%.',
    );
    const editions = blockEditions(block.figures, '2026')!;
    expect(editions.map((edition) => edition.label)).toEqual(['2014', '2026']);
    expect(editions[0].figures.map((figure) => figure?.display ?? null)).toEqual(['80\u00a0%', '13,7\u00a0%', null]);
  });

  it('names both editions’ sources in the standalone SVG, which parses as XML', () => {
    const svg = block.chart!.svg!;
    expect(svg).toContain('Quelle: Demo-Institut');
    expect(svg).toContain('Vergleichswerte 2014: Umfrage 2014');
    const parsed = parseXml(svg);
    expect(parsed.name).toBe('svg');
    expect(parsed.attributes.role).toBe('img');
  });

  it('the data table in the block’s HTML has one column per edition', () => {
    expect(block.html).toContain('<th scope="col">Angabe</th><th scope="col">2014</th><th scope="col">2026</th>');
  });

  it('falls back to bars, with the reason, when no figure continues an earlier one', () => {
    const alone = renderStatBlock({ display: 'compare', statistics: [stat({})] }, options);
    expect(alone.chart).toMatchObject({ kind: 'bars', fallbackReason: 'compareNeedsTwoEditions' });
  });
});

describe('the old figure points to the newer one', () => {
  it('"Neuere Zahl 2026: 64 %" on the figure and in the HTML; a newer figure that cannot be formatted is left out', () => {
    const old: StudyInput = { title: 'Umfrage 2014', publishedOn: '2014-02-01', publishedOnPrecision: 'month', sampleSize: 102 };
    const newer = {
      label: 'Einzelperson',
      value: 64,
      unit: 'percent' as const,
      study: { title: 'Budget-Monitor', slug: 'budget-monitor', publishedOn: '2026-09-01' },
    };
    const block = renderStatBlock(
      {
        statistics: [
          stat({ value: 80, study: old, newer }),
          stat({ label: 'Kaputt', value: 10, study: old, newer: { ...newer, value: 'x' } }),
        ],
      },
      options,
    );
    expect(block.figures[0].newer).toEqual({
      edition: '2026',
      label: 'Einzelperson',
      value: 64,
      unit: 'percent',
      base: null,
      qualifier: 'exact',
      display: '64\u00a0%',
      study: { title: 'Budget-Monitor', slug: 'budget-monitor' },
    });
    expect(block.figures[1].newer).toBeNull();
    expect(block.html).toContain('<p class="study-stat__newer">Neuere Zahl 2026: 64\u00a0% – Einzelperson</p>');
  });
});

describe('markup only when asked: editorial[html]', () => {
  it('is off without the parameter, on with true, off with false; the parameter leaves the query', () => {
    expect(takeMarkupParam({ locale: 'de' })).toBe(false);
    const query: Record<string, unknown> = { editorial: { html: 'true' }, locale: 'de' };
    expect(takeMarkupParam(query)).toBe(true);
    expect(query).toEqual({ locale: 'de' });
    expect(takeMarkupParam({ editorial: { html: 'false' } })).toBe(false);
  });

  it('a bad value is a 400 naming the parameter', () => {
    for (const [editorial, message] of [
      [{ html: 'yes' }, 'editorial[html] must be true or false'],
      [{ html: ['true', 'true'] }, 'editorial[html] must be true or false'],
      [{ svg: 'true' }, 'editorial takes only html, as in editorial[html]=true'],
      ['true', 'editorial must be given as editorial[html]=true'],
    ] as const) {
      expect(() => takeMarkupParam({ editorial })).toThrow(expect.objectContaining({ name: 'ValidationError', message }));
    }
  });

  it('the lean block keeps kind and summary and drops html and svg', () => {
    const block = renderStatBlock({ statistics: [stat({})] }, options);
    const lean = withoutMarkup(block);
    expect(lean.html).toBeUndefined();
    expect(lean.chart).toEqual({ kind: 'bars', summary: block.chart!.summary });
    expect(block.html).toBeDefined();
  });
});
