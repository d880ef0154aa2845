import {
  renderStatBlock,
  renderStatBlockSafely,
  withoutMarkup,
  type StatBlockOptions,
  type StatisticInput,
  type StudyInput,
} from '../../../src/plugins/editorial/server/src/stat-blocks/rules';
import { InvalidFigureError } from '../../../src/plugins/editorial/server/src/stat-blocks/stat-format';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const de: StatBlockOptions = { locale: 'de', timeZone: 'Europe/Berlin', studyOutdatedAfterMonths: 24, now: NOW };
const en: StatBlockOptions = { ...de, locale: 'en' };

const demoStudy: StudyInput = {
  documentId: 'study-2014',
  title: 'Social Media Manager in Deutschland',
  slug: 'social-media-manager-in-deutschland-2014',
  publisher: 'Agentur X',
  publishedOn: '2014-02-01',
  publishedOnPrecision: 'month',
  sampleSize: 102,
  representative: false,
  sourceUrl: 'https://example.com/studien/social-media-manager-2014',
  supersededBy: null,
};

const recentStudy: StudyInput = {
  documentId: 'study-2025',
  title: 'Social Media im Mittelstand 2025',
  slug: 'social-media-im-mittelstand-2025',
  publisher: 'Demo-Institut',
  publishedOn: '2025-03-10',
  publishedOnPrecision: 'day',
  sampleSize: 1024,
  representative: true,
  sourceUrl: null,
};

const stat = (overrides: Partial<StatisticInput>): StatisticInput => ({
  label: 'Label',
  value: 1,
  unit: 'count',
  base: null,
  qualifier: 'exact',
  note: null,
  study: demoStudy,
  ...overrides,
});

const teamBlock = {
  heading: 'Das Social-Media-Team ist klein',
  statistics: [
    stat({ label: 'der Teams haben höchstens fünf Mitglieder', value: 2, unit: 'share', base: 3 }),
    stat({ label: 'der „Teams“ bestehen aus einer einzigen Person', value: 80, unit: 'percent' }),
    stat({ label: 'der Teams haben fünf bis zehn Mitglieder', value: 13.7, unit: 'percent' }),
  ],
};

describe('renderStatBlock with the demo study', () => {
  it('renders the German block completely', () => {
    const block = renderStatBlock(teamBlock, de);
    expect(block.heading).toBe('Das Social-Media-Team ist klein');
    expect(block.figures.map((figure) => figure.display)).toEqual(['2 von 3', '80\u00a0%', '13,7\u00a0%']);
    expect(block.figures[0]).toEqual({
      label: 'der Teams haben höchstens fünf Mitglieder',
      value: 2,
      unit: 'share',
      base: 3,
      qualifier: 'exact',
      display: '2 von 3',
      note: null,
      earlier: null,
      newer: null,
    });
    const study = {
      title: 'Social Media Manager in Deutschland',
      slug: 'social-media-manager-in-deutschland-2014',
      publisher: 'Agentur X',
      publishedOn: '2014-02-01',
      publishedOnDisplay: 'Februar 2014',
      sampleSize: 102,
      representative: false,
      outdated: true,
      supersededBy: null,
    };
    expect(block.studies).toEqual([study]);
    const citation = {
      text: 'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)',
      url: 'https://example.com/studien/social-media-manager-2014',
    };
    expect(block.citations).toEqual([citation]);
    expect(block.warning).toBe('Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.');
    // The chart (auto: bars, drawn without its source, which the figure's own lines carry),
    // the same figures as a table behind a toggle, then warning and source.
    expect(block.chart).toMatchObject({ kind: 'bars', summary: expect.stringMatching(/^Balkendiagramm: 2 von 3 der Teams/) });
    expect(block.chart!.svg).toContain('Quelle: Agentur X');
    expect(block.html).toMatch(
      /^<figure class="study-stat study-stat--bars"><figcaption class="study-stat__heading">Das Social-Media-Team ist klein<\/figcaption><svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart chart--bars" role="img"/,
    );
    const inFigure = block.html!.slice(block.html!.indexOf('<svg'), block.html!.indexOf('</svg>'));
    expect(inFigure).not.toContain('Quelle:');
    expect(block.html).toContain(
      '<details class="study-stat__data"><summary>Daten als Tabelle</summary><table><thead><tr><th scope="col">Angabe</th><th scope="col">Wert</th></tr></thead><tbody>' +
        '<tr><th scope="row">der Teams haben höchstens fünf Mitglieder</th><td>2 von 3</td></tr>',
    );
    expect(block.html).toContain(
      '</table></details>' +
        '<p class="study-stat__warning" role="note">Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.</p>' +
        '<p class="study-stat__source"><cite><a href="https://example.com/studien/social-media-manager-2014" rel="noopener noreferrer nofollow">' +
        'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)</a></cite></p>' +
        '</figure>',
    );
  });

  it('renders the English block', () => {
    const block = renderStatBlock(teamBlock, en);
    expect(block.figures.map((figure) => figure.display)).toEqual(['2 of 3', '80%', '13.7%']);
    expect(block.studies[0]?.publishedOnDisplay).toBe('February 2014');
    expect(block.citations[0]?.text).toBe(
      'Source: Agentur X, “Social Media Manager in Deutschland” (February 2014, n = 102, not representative)',
    );
    expect(block.warning).toBe('This data is from February 2014 and may be outdated.');
  });

  it('renders all eight figures of the demo post', () => {
    const block = renderStatBlock(
      {
        heading: null,
        statistics: [
          stat({ value: 2, unit: 'share', base: 3 }),
          stat({ value: 80, unit: 'percent' }),
          stat({ value: 13.7, unit: 'percent' }),
          stat({ value: 9, unit: 'percent' }),
          stat({ value: 8, unit: 'percent' }),
          stat({ value: 7, unit: 'percent' }),
          stat({ value: 8, unit: 'share', base: 10 }),
          stat({ value: 29, unit: 'percent' }),
        ],
      },
      de,
    );
    expect(block.figures.map((figure) => figure.display)).toEqual([
      '2 von 3',
      '80\u00a0%',
      '13,7\u00a0%',
      '9\u00a0%',
      '8\u00a0%',
      '7\u00a0%',
      '8 von 10',
      '29\u00a0%',
    ]);
    expect(block.studies).toHaveLength(1);
  });
});

describe('renderStatBlock: values from the database', () => {
  it('coerces decimal strings from SQL drivers', () => {
    const block = renderStatBlock(
      {
        statistics: [
          stat({ value: '13.700', unit: 'percent' }),
          stat({ value: ' 2 ', unit: 'share', base: '3' }),
          stat({ value: '1234', unit: 'count', base: '' }),
        ],
      },
      de,
    );
    expect(block.figures.map((figure) => [figure.value, figure.base, figure.display])).toEqual([
      [13.7, null, '13,7\u00a0%'],
      [2, 3, '2 von 3'],
      [1234, null, '1.234'],
    ]);
  });

  it.each([
    [{ value: '' }, /Invalid statistic "Kaputt": value must be a finite number, got ""/],
    [{ value: '   ' }, /value must be a finite number/],
    [{ value: '13,7' }, /value must be a finite number, got "13,7"/],
    [{ value: null as never }, /value must be a finite number, got null/],
    [{ value: 'NaN' }, /value must be a finite number/],
    [{ value: 'Infinity' }, /value must be a finite number/],
    [{ value: 2, unit: 'share' as const, base: 'drei' }, /base must be a finite number, got "drei"/],
    [{ value: 2, unit: 'share' as const, base: null }, /Statistic "Kaputt": Invalid statistic: a share needs a positive base/],
    [{ value: 2, unit: 'share' as const, base: '0' }, /positive base/],
  ])('rejects %p naming the statistic', (overrides, message) => {
    const block = { statistics: [stat({ label: 'Kaputt', ...overrides })] };
    expect(() => renderStatBlock(block, de)).toThrow(InvalidFigureError);
    expect(() => renderStatBlock(block, de)).toThrow(message);
  });

  it('normalises optional fields', () => {
    const block = renderStatBlock(
      {
        heading: '   ',
        statistics: [
          stat({
            qualifier: null,
            note: '  ',
            label: '  Befragte  ',
            study: { ...demoStudy, sampleSize: '102', representative: undefined },
          }),
        ],
      },
      de,
    );
    expect(block.heading).toBeNull();
    expect(block.html).not.toContain('figcaption');
    expect(block.figures[0]).toMatchObject({ qualifier: 'exact', note: null, label: 'Befragte' });
    expect(block.studies[0]).toMatchObject({ sampleSize: 102, representative: null });
    expect(block.citations[0]?.text).toBe('Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102)');
  });

  it('applies qualifiers and notes', () => {
    const block = renderStatBlock(
      { statistics: [stat({ value: 13.7, unit: 'percent', qualifier: 'approximately', note: 'Mehrfachnennungen möglich' })] },
      de,
    );
    expect(block.figures[0].display).toBe('rund 13,7\u00a0%');
    // The qualifier on the chart's value, the note under its label and in the table.
    expect(block.chart!.svg).toContain('>rund 13,7\u00a0%</text>');
    expect(block.chart!.svg).toContain('>Mehrfachnennungen möglich</text>');
    expect(block.html).toContain('<th scope="row">Label <small>(Mehrfachnennungen möglich)</small></th><td>rund 13,7\u00a0%</td>');
  });
});

describe('renderStatBlock: studies', () => {
  it('renders statistics without a study, with no source or warning', () => {
    const block = renderStatBlock({ heading: 'Ohne Quelle', statistics: [stat({ value: 5, study: null })] }, de);
    expect(block.figures[0].display).toBe('5');
    expect(block).toMatchObject({ studies: [], citations: [], warning: null });
    expect(block.html).not.toContain('study-stat__source');
  });

  it('handles an empty block', () => {
    const block = renderStatBlock({ heading: null, statistics: [] }, de);
    expect(block).toEqual({
      heading: null,
      figures: [],
      studies: [],
      citations: [],
      warning: null,
      chart: null,
      html: '<figure class="study-stat"></figure>',
    });
  });

  it('lists distinct studies in order of first appearance', () => {
    const block = renderStatBlock(
      {
        statistics: [
          stat({ value: 1, study: null }),
          stat({ value: 2, study: recentStudy }),
          stat({ value: 3, study: demoStudy }),
          stat({ value: 4, study: { ...recentStudy } }),
        ],
      },
      de,
    );
    expect(block.studies.map((study) => study.title)).toEqual(['Social Media im Mittelstand 2025', 'Social Media Manager in Deutschland']);
    expect(block.studies[0]?.title).toBe('Social Media im Mittelstand 2025');
    expect(block.citations.map((citation) => citation.text)).toEqual([
      'Quelle: Demo-Institut, „Social Media im Mittelstand 2025“ (10. März 2025, n = 1.024, repräsentativ)',
      'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)',
    ]);
    expect(block.studies.map((study) => study.outdated)).toEqual([false, true]);
    // Only the old study warrants a warning.
    expect(block.warning).toBe('Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.');
    expect(block.html.match(/study-stat__source/g)).toHaveLength(2);
  });

  it('identifies studies by documentId, then id, then slug, then title', () => {
    const byId = renderStatBlock(
      { statistics: [stat({ study: { id: 7, title: 'A' } }), stat({ study: { id: 7, title: 'A (Kopie)' } })] },
      de,
    );
    expect(byId.studies).toHaveLength(1);
    const bySlug = renderStatBlock(
      { statistics: [stat({ study: { slug: 's', title: 'A' } }), stat({ study: { slug: 't', title: 'A' } })] },
      de,
    );
    expect(bySlug.studies).toHaveLength(2);
    const byTitle = renderStatBlock({ statistics: [stat({ study: { title: 'A' } }), stat({ study: { title: 'A' } })] }, de);
    expect(byTitle.studies).toHaveLength(1);
  });

  it('passes supersededBy through and warns about the newer edition', () => {
    const superseded = { ...demoStudy, supersededBy: { title: 'Social Media Manager in Deutschland 2024', slug: undefined } };
    const block = renderStatBlock({ statistics: [stat({ study: superseded })] }, de);
    expect(block.studies[0]?.supersededBy).toEqual({ title: 'Social Media Manager in Deutschland 2024', slug: null });
    expect(block.warning).toBe(
      'Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet. ' +
        'Es gibt eine neuere Ausgabe dieser Studie: „Social Media Manager in Deutschland 2024“.',
    );
    const withSlug = { ...demoStudy, supersededBy: { title: 'Neu', slug: 'neu-2024' } };
    expect(renderStatBlock({ statistics: [stat({ study: withSlug })] }, en).studies[0]?.supersededBy).toEqual({
      title: 'Neu',
      slug: 'neu-2024',
    });
  });

  it('uses the threshold for study age', () => {
    const options = { ...de, studyOutdatedAfterMonths: 240 };
    const block = renderStatBlock(teamBlock, options);
    expect(block.studies[0]?.outdated).toBe(false);
    expect(block.warning).toBeNull();
    expect(block.html).not.toContain('study-stat__warning');
    expect(renderStatBlock(teamBlock, { ...de, now: new Date('2016-01-31T23:59:59Z') }).studies[0]?.outdated).toBe(false);
    expect(renderStatBlock(teamBlock, { ...de, now: new Date('2016-02-01T00:00:00Z') }).studies[0]?.outdated).toBe(true);
  });

  it('treats an undated study as not outdated', () => {
    const undated = { ...demoStudy, publishedOn: null, fieldworkPeriod: 'Februar 2014' };
    const block = renderStatBlock({ statistics: [stat({ study: undated })] }, de);
    expect(block.studies[0]).toMatchObject({ publishedOn: null, publishedOnDisplay: null, outdated: false });
    expect(block.citations[0]?.text).toBe(
      'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)',
    );
    expect(block.warning).toBeNull();
  });

  it('uses "vom" in the warning for exactly dated studies', () => {
    const dayStudy = { ...demoStudy, publishedOn: '2014-03-04', publishedOnPrecision: 'day' as const };
    expect(renderStatBlock({ statistics: [stat({ study: dayStudy })] }, de).warning).toBe(
      'Diese Daten stammen vom 4. März 2014 und sind möglicherweise veraltet.',
    );
  });

  it('formats datetime study dates in the configured zone', () => {
    const lateEvening = { ...demoStudy, publishedOn: '2014-02-28T23:30:00Z', publishedOnPrecision: 'month' as const };
    expect(renderStatBlock({ statistics: [stat({ study: lateEvening })] }, de).studies[0]?.publishedOnDisplay).toBe('März 2014');
    expect(renderStatBlock({ statistics: [stat({ study: lateEvening })] }, { ...de, timeZone: 'UTC' }).studies[0]?.publishedOnDisplay).toBe(
      'Februar 2014',
    );
  });

  it('only links http(s) sources', () => {
    const unsafe = { ...demoStudy, sourceUrl: 'javascript:alert(1)' };
    const block = renderStatBlock({ statistics: [stat({ study: unsafe })] }, de);
    expect(block.citations[0]?.url).toBeNull();
    expect(block.html).not.toContain('<a ');
    const spaced = { ...demoStudy, sourceUrl: '  HTTPS://Example.com/Studie  ' };
    expect(renderStatBlock({ statistics: [stat({ study: spaced })] }, de).citations[0]?.url).toBe('https://example.com/Studie');
  });

  it('falls back to German for unknown locales', () => {
    const block = renderStatBlock(teamBlock, { ...de, locale: 'fr' as never });
    expect(block.figures[2].display).toBe('13,7\u00a0%');
    expect(block.citations[0]?.text.startsWith('Quelle: ')).toBe(true);
  });
});

describe('renderStatBlockSafely: a statistic written around the write rules', () => {
  it('leaves out what cannot be shown, says how many and why, and shows the rest', () => {
    const block = {
      heading: 'Zahlen',
      statistics: [stat({ label: 'Gut', value: 13.7 }), stat({ label: 'Kaputt', value: 2, unit: 'share' as const, base: '0' })],
    };
    const { rendered, leftOut, error } = renderStatBlockSafely(block, de);
    expect(leftOut).toBe(1);
    expect(error).toBeInstanceOf(InvalidFigureError);
    expect(rendered.figures.map((f) => f.label)).toEqual(['Gut']);
    expect(rendered.heading).toBe('Zahlen');
  });

  it('is renderStatBlock when everything can be shown', () => {
    const block = { statistics: [stat({ label: 'Gut', value: 13.7 })] };
    expect(renderStatBlockSafely(block, de)).toEqual({ rendered: renderStatBlock(block, de), leftOut: 0, error: null });
  });

  it('withoutMarkup drops the html and the chart svg, nothing else', () => {
    const rendered = renderStatBlock({ statistics: [stat({ label: 'A', value: 10 }), stat({ label: 'B', value: 20 })] }, de);
    const lean = withoutMarkup(rendered);
    expect(lean).not.toHaveProperty('html');
    expect(lean.chart ? 'svg' in lean.chart : false).toBe(false);
    expect(lean.figures).toBe(rendered.figures);
  });
});
