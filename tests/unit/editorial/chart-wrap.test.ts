import { drawChart } from '../../../src/plugins/editorial/server/src/stat-blocks/chart';
import { textWidth } from '../../../src/plugins/editorial/server/src/stat-blocks/chart/measure';
import { WIDTH } from '../../../src/plugins/editorial/server/src/stat-blocks/chart/svg';
import { wrapText } from '../../../src/plugins/editorial/server/src/stat-blocks/chart/wrap';
import { figure, GOALS_2014, parseXml, textsIn } from './chart-fixtures';

const FONT = { fontSize: 14 };
const widest = (lines: string[], bold = false): number => Math.max(...lines.map((line) => textWidth(line, 14, bold)));

describe('textWidth', () => {
  it('estimates narrow letters narrower than wide ones and bold wider than regular', () => {
    expect(textWidth('iiii', 14)).toBeLessThan(textWidth('mmmm', 14));
    expect(textWidth('Marketing', 14, true)).toBeGreaterThan(textWidth('Marketing', 14));
    expect(textWidth('Marketing', 28)).toBeCloseTo(2 * textWidth('Marketing', 14), 10);
  });

  it('errs wide: Arial advance widths plus a margin (Arial sets "Kundenbeziehungsmanagement" at 14 px in about 190 px)', () => {
    expect(textWidth('Kundenbeziehungsmanagement', 14)).toBeGreaterThan(190);
  });
});

describe('wrapText', () => {
  it('keeps short text on one line and wraps a sentence at spaces, words in order', () => {
    expect(wrapText('nennen Vertrieb als Hauptziel', 400, FONT)).toEqual(['nennen Vertrieb als Hauptziel']);
    const text = 'müssen vor allem das eigene Unternehmen überzeugen („institutional readiness“ ist die größte Herausforderung)';
    const lines = wrapText(text, 200, FONT);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    expect(widest(lines)).toBeLessThanOrEqual(200);
  });

  it('breaks "Social-Media-Verantwortliche" after its hyphens', () => {
    const word = 'Social-Media-Verantwortliche';
    const fitsTwo = Math.max(textWidth('Social-Media-', 14), textWidth('Verantwortliche', 14)) + 1;
    expect(wrapText(word, fitsTwo, FONT)).toEqual(['Social-Media-', 'Verantwortliche']);
    const lines = wrapText(`Die ${word} planen`, 130, FONT);
    expect(lines.join(' ').replace(/- /g, '-')).toBe(`Die ${word} planen`);
    expect(widest(lines)).toBeLessThanOrEqual(130);
  });

  it('breaks "Kundenbeziehungsmanagement" hard, with a hyphen, when no hyphen helps', () => {
    const lines = wrapText('Kundenbeziehungsmanagement', 100, FONT);
    expect(lines.length).toBeGreaterThan(1);
    expect(widest(lines)).toBeLessThanOrEqual(100);
    lines.slice(0, -1).forEach((line) => expect(line).toMatch(/-$/));
    expect(lines.map((line, index) => (index < lines.length - 1 ? line.slice(0, -1) : line)).join('')).toBe('Kundenbeziehungsmanagement');
  });

  it('breaks hard inside a compound part that is still too long', () => {
    const lines = wrapText('Social-Media-Verantwortliche', 60, FONT);
    expect(widest(lines)).toBeLessThanOrEqual(60);
    expect(lines.join('').replace(/-(?=.)/g, '')).toBe('SocialMediaVerantwortliche');
  });

  it('prefers an editor’s soft hyphen and shows it only at the break', () => {
    const lines = wrapText('Kunden\u00adbeziehungs\u00admanagement', textWidth('Kundenbeziehungs-', 14) + 1, FONT);
    expect(lines).toEqual(['Kundenbeziehungs-', 'management']);
    expect(wrapText('Kunden\u00adbeziehung', 400, FONT)).toEqual(['Kundenbeziehung']);
  });

  it('never separates a number from its unit at a no-break space', () => {
    const lines = wrapText('höchstens 80\u00a0%', textWidth('höchstens 80', 14) + 2, FONT);
    expect(lines).toEqual(['höchstens', '80\u00a0%']);
  });

  it('returns no lines for empty text and survives a one-character column', () => {
    expect(wrapText('   ', 100, FONT)).toEqual([]);
    expect(wrapText('Wort', 1, FONT).join('').replace(/-/g, '')).toBe('Wort');
  });
});

describe('labels in drawn charts', () => {
  const long = figure(
    'Social-Media-Verantwortliche im Kundenbeziehungsmanagement mittelständischer Unternehmen aus Nordrhein-Westfalen',
    42,
    'percent',
    { note: 'Arbeitgebermarkenkommunikationsstrategieverantwortliche eingeschlossen' },
  );

  it.each(['bars', 'tiles'])('no %s label line is wider than its column', (display) => {
    const chart = drawChart({ figures: [...GOALS_2014, long], display, locale: 'de' })!;
    const root = parseXml(chart.svg);
    const column = display === 'bars' ? WIDTH : (WIDTH - 16) / 2;
    const labels = textsIn(root, 'chart__labels').map((text) => text.text);
    const notes = textsIn(root, 'chart__notes').map((text) => text.text);
    expect(labels.length).toBeGreaterThan(GOALS_2014.length);
    expect(widest(labels)).toBeLessThanOrEqual(column);
    expect(Math.max(...notes.map((line) => textWidth(line, 12)))).toBeLessThanOrEqual(column);
    // Nothing is dropped: the label's words are all there.
    expect(labels.join(' ')).toContain('Nordrhein-Westfalen');
  });

  it('wraps the source line under the chart instead of running past the edge', () => {
    const source = 'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)';
    const root = parseXml(drawChart({ figures: GOALS_2014, locale: 'de', source })!.svg);
    const lines = textsIn(root, 'chart__source').map((text) => text.text);
    expect(lines.length).toBe(2);
    expect(Math.max(...lines.map((line) => textWidth(line, 12)))).toBeLessThanOrEqual(WIDTH);
    expect(lines.join(' ')).toBe(source);
  });
});
