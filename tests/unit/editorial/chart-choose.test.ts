import { chooseChart, drawChart, fallbackReasonText } from '../../../src/plugins/editorial/server/src/stat-blocks/chart';
import type { ChartEdition, ChartFallbackReason } from '../../../src/plugins/editorial/server/src/stat-blocks/chart';
import { figure, GOALS_2014 } from './chart-fixtures';

const twoOfThree = figure('der Befragten arbeiten in einem kleinen Team', 2, 'share', { base: 3 });
const percent = figure('sagen: Das Team ist eine Person', 80, 'percent');
const count = figure('Unternehmen befragt', 1024, 'count');

const editions: ChartEdition[] = [
  { label: '2014', figures: [figure('sehen PR und Marketing vorn', 8, 'share', { base: 10 })] },
  { label: '2026', figures: [figure('sehen PR und Marketing vorn', 64, 'percent')] },
];

describe('chooseChart: auto', () => {
  it('draws one "k von n" with n ≤ 10 as a pictogram', () => {
    expect(chooseChart([twoOfThree], 'auto')).toEqual({ kind: 'pictogram' });
    expect(chooseChart([figure('x', 8, 'share', { base: 10 })], 'auto')).toEqual({ kind: 'pictogram' });
  });

  it('draws a single share with more marks, a fractional share or a percentage as one bar', () => {
    expect(chooseChart([figure('x', 12, 'share', { base: 20 })], 'auto')).toEqual({ kind: 'bars' });
    expect(chooseChart([figure('x', 2.5, 'share', { base: 10 })], 'auto')).toEqual({ kind: 'bars' });
    expect(chooseChart([percent], 'auto')).toEqual({ kind: 'bars' });
  });

  it('shows a lone count as a tile: there is nothing to compare it with', () => {
    expect(chooseChart([count], 'auto')).toEqual({ kind: 'tiles' });
  });

  it('draws two or more comparable figures as bars, percentages and shares together', () => {
    expect(chooseChart(GOALS_2014, 'auto')).toEqual({ kind: 'bars' });
    expect(chooseChart([count, figure('y', 3, 'count')], 'auto')).toEqual({ kind: 'bars' });
  });

  it('falls back to tiles with a reason when counts and percentages are mixed', () => {
    expect(chooseChart([percent, count], 'auto')).toEqual({ kind: 'tiles', fallbackReason: 'mixedUnits' });
    expect(chooseChart([twoOfThree, count], 'auto')).toEqual({ kind: 'tiles', fallbackReason: 'mixedUnits' });
  });

  it('falls back to tiles for negative values (bars start at zero)', () => {
    expect(chooseChart([percent, figure('Rückgang', -4, 'percent')], 'auto')).toEqual({
      kind: 'tiles',
      fallbackReason: 'negativeValue',
    });
  });

  it('treats a missing display as auto and maps the legacy values like the migration', () => {
    expect(chooseChart(GOALS_2014, null)).toEqual({ kind: 'bars' });
    expect(chooseChart(GOALS_2014, undefined)).toEqual({ kind: 'bars' });
    expect(chooseChart(GOALS_2014, 'list')).toEqual({ kind: 'bars' });
    expect(chooseChart(GOALS_2014, 'highlight')).toEqual({ kind: 'tiles' });
    expect(chooseChart(GOALS_2014, 'cards')).toEqual({ kind: 'tiles' });
  });
});

describe('chooseChart: explicit displays', () => {
  it('honours bars, tiles and pictogram when the figures allow them', () => {
    expect(chooseChart([count], 'bars')).toEqual({ kind: 'bars' });
    expect(chooseChart(GOALS_2014, 'tiles')).toEqual({ kind: 'tiles' });
    expect(chooseChart([percent, count], 'tiles')).toEqual({ kind: 'tiles' });
    expect(chooseChart([twoOfThree], 'pictogram')).toEqual({ kind: 'pictogram' });
    expect(chooseChart([twoOfThree], 'bars')).toEqual({ kind: 'bars' });
  });

  it('refuses bars for mixed units', () => {
    expect(chooseChart([percent, count], 'bars')).toEqual({ kind: 'tiles', fallbackReason: 'mixedUnits' });
  });

  it('needs a single small share for a pictogram', () => {
    expect(chooseChart(GOALS_2014, 'pictogram')).toEqual({
      kind: 'bars',
      fallbackReason: 'pictogramNeedsOneSmallShare',
    });
    expect(chooseChart([percent], 'pictogram')).toEqual({
      kind: 'bars',
      fallbackReason: 'pictogramNeedsOneSmallShare',
    });
    expect(chooseChart([count], 'pictogram')).toEqual({ kind: 'tiles', fallbackReason: 'pictogramNeedsOneSmallShare' });
    expect(chooseChart([figure('x', 11, 'share', { base: 12 })], 'pictogram')).toEqual({
      kind: 'bars',
      fallbackReason: 'pictogramNeedsOneSmallShare',
    });
  });

  it('needs two editions with a statistic in both for compare', () => {
    expect(chooseChart([percent], 'compare', editions)).toEqual({ kind: 'compare' });
    expect(chooseChart([percent], 'compare')).toEqual({ kind: 'bars', fallbackReason: 'compareNeedsTwoEditions' });
    expect(chooseChart([percent], 'compare', editions.slice(0, 1))).toEqual({
      kind: 'bars',
      fallbackReason: 'compareNeedsTwoEditions',
    });
    const disjoint: ChartEdition[] = [
      { label: '2014', figures: [percent, null] },
      { label: '2026', figures: [null, percent] },
    ];
    expect(chooseChart([percent], 'compare', disjoint).fallbackReason).toBe('compareNeedsTwoEditions');
  });

  it('refuses compare when the editions measured in different units', () => {
    const mixed: ChartEdition[] = [
      { label: '2014', figures: [count] },
      { label: '2026', figures: [percent] },
    ];
    expect(chooseChart([percent], 'compare', mixed)).toEqual({ kind: 'bars', fallbackReason: 'mixedUnits' });
  });

  it('says when a display is unknown', () => {
    expect(chooseChart(GOALS_2014, 'pie')).toEqual({ kind: 'bars', fallbackReason: 'unknownDisplay' });
  });
});

describe('fallback reasons in words', () => {
  const reasons: ChartFallbackReason[] = [
    'unknownDisplay',
    'mixedUnits',
    'negativeValue',
    'pictogramNeedsOneSmallShare',
    'compareNeedsTwoEditions',
  ];

  it.each(reasons)('explains %s in German and English', (reason) => {
    const de = fallbackReasonText(reason, 'de');
    const en = fallbackReasonText(reason, 'en-GB');
    expect(de).toMatch(/\.$/);
    expect(en).toMatch(/\.$/);
    expect(de).not.toBe(en);
  });

  it('tells the editor why counts and percentages became tiles', () => {
    expect(fallbackReasonText('mixedUnits', 'de')).toContain('Anzahlen und Prozentwerte');
    expect(fallbackReasonText('mixedUnits', 'en')).toContain('Counts and percentages');
  });
});

describe('drawChart: kind and reason', () => {
  it('reports the form drawn after auto and the reason of a fallback', () => {
    expect(drawChart({ figures: GOALS_2014, locale: 'de' })).toMatchObject({ kind: 'bars' });
    expect(drawChart({ figures: GOALS_2014, locale: 'de' })).not.toHaveProperty('fallbackReason');
    expect(drawChart({ figures: [percent, count], display: 'bars', locale: 'de' })).toMatchObject({
      kind: 'tiles',
      fallbackReason: 'mixedUnits',
    });
  });

  it('returns null for a block without figures', () => {
    expect(drawChart({ figures: [], locale: 'de' })).toBeNull();
  });
});
