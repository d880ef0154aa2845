import { drawChart } from '../../../src/plugins/editorial/server/src/stat-blocks/chart';
import { textWidth } from '../../../src/plugins/editorial/server/src/stat-blocks/chart/measure';
import { axisMax, axisTicks, linearScale, niceMax } from '../../../src/plugins/editorial/server/src/stat-blocks/chart/scale';
import { WIDTH } from '../../../src/plugins/editorial/server/src/stat-blocks/chart/svg';
import { plotValue } from '../../../src/plugins/editorial/server/src/stat-blocks/chart/units';
import { byClass, descendants, figure, GOALS_2014, parseXml, textsIn, type XmlElement } from './chart-fixtures';

const rects = (root: XmlElement, className: string): XmlElement[] =>
  byClass(root, className).flatMap((group) => descendants(group).filter((element) => element.name === 'rect'));
const attr = (element: XmlElement, name: string): number => Number(element.attributes[name]);

describe('linearScale', () => {
  it('maps 0 to the range start and the maximum to its end, linearly', () => {
    const scale = linearScale(100, 20, 300);
    expect(scale(0)).toBe(20);
    expect(scale(100)).toBe(320);
    expect(scale(50)).toBe(170);
    expect(scale(9)).toBeCloseTo(47, 10);
  });

  it('refuses an empty or broken domain', () => {
    expect(() => linearScale(0, 0, 100)).toThrow(RangeError);
    expect(() => linearScale(Number.NaN, 0, 100)).toThrow(RangeError);
  });
});

describe('axis maximum', () => {
  it('ends a percent axis at 100 %, also when all values are small', () => {
    expect(axisMax('percent', [9, 8, 7])).toBe(100);
    expect(axisMax('percent', [100])).toBe(100);
  });

  it('extends a percent axis only for values above 100 (growth rates)', () => {
    expect(axisMax('percent', [150, 20])).toBe(200);
  });

  it('rounds a count axis up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect(niceMax(1234)).toBe(2000);
    expect(niceMax(870)).toBe(1000);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(0.3)).toBeCloseTo(0.5, 10);
    expect(niceMax(2.1)).toBe(2.5);
    expect(niceMax(1000)).toBe(1000);
    expect(niceMax(0)).toBe(1);
    expect(axisMax('count', [1234, 870, 310])).toBe(2000);
  });

  it('ticks at zero, the middle and the end', () => {
    expect(axisTicks(100)).toEqual([0, 50, 100]);
  });
});

describe('bar geometry', () => {
  it('draws each bar from 0, its length proportional to its value within 0.5 px', () => {
    const chart = drawChart({ figures: GOALS_2014, locale: 'de' })!;
    const root = parseXml(chart.svg);
    const bars = rects(root, 'chart__bars');
    expect(bars).toHaveLength(GOALS_2014.length);
    bars.forEach((bar, index) => {
      expect(attr(bar, 'x')).toBe(0);
      const expected = (plotValue(GOALS_2014[index]) / 100) * WIDTH;
      expect(Math.abs(attr(bar, 'width') - expected)).toBeLessThanOrEqual(0.5);
    });
    // Relative lengths hold too: 80 % is ten times 8 %.
    expect(Math.abs(attr(bars[0], 'width') / attr(bars[2], 'width') - 10)).toBeLessThan(0.1);
  });

  it('draws "8 von 10" as an 80 % bar whose value text stays "8 von 10"', () => {
    const chart = drawChart({ figures: GOALS_2014, locale: 'de' })!;
    const root = parseXml(chart.svg);
    expect(attr(rects(root, 'chart__bars')[0], 'width')).toBeCloseTo(320, 1);
    const values = textsIn(root, 'chart__values').map((text) => text.text);
    expect(values[0]).toBe('8 von 10');
    expect(values).toContain('9\u00a0%');
  });

  it('shows the qualifier with the value ("rund 29 %", "höchstens 30 %")', () => {
    const chart = drawChart({
      figures: [...GOALS_2014, figure('planen mehr Budget', 30, 'percent', { qualifier: 'atMost' })],
      locale: 'de',
    })!;
    const values = textsIn(parseXml(chart.svg), 'chart__values').map((text) => text.text);
    expect(values).toContain('rund 29\u00a0%');
    expect(values).toContain('höchstens 30\u00a0%');
  });

  it('draws the 0–100 % track behind percentage bars and labels the axis from 0', () => {
    const root = parseXml(drawChart({ figures: GOALS_2014, locale: 'de' })!.svg);
    for (const track of rects(root, 'chart__tracks')) {
      expect(attr(track, 'x')).toBe(0);
      expect(attr(track, 'width')).toBe(WIDTH);
    }
    expect(textsIn(root, 'chart__axis').map((text) => text.text)).toEqual(['0\u00a0%', '50\u00a0%', '100\u00a0%']);
    const en = parseXml(drawChart({ figures: GOALS_2014, locale: 'en' })!.svg);
    expect(textsIn(en, 'chart__axis').map((text) => text.text)).toEqual(['0%', '50%', '100%']);
  });

  it('puts counts on their own axis from 0 to a round maximum, without a 100 % track', () => {
    const counts = [figure('Facebook', 1234, 'count'), figure('Instagram', 870, 'count'), figure('LinkedIn', 310, 'count')];
    const root = parseXml(drawChart({ figures: counts, locale: 'de' })!.svg);
    const bars = rects(root, 'chart__bars');
    counts.forEach((count, index) => {
      expect(Math.abs(attr(bars[index], 'width') - (count.value / 2000) * WIDTH)).toBeLessThanOrEqual(0.5);
    });
    expect(rects(root, 'chart__tracks')).toHaveLength(0);
    expect(textsIn(root, 'chart__axis').map((text) => text.text)).toEqual(['0', '1.000', '2.000']);
  });

  it('places each value right of its bar, or inside the bar end when there is no room, never past the edge', () => {
    const figures = [figure('alle', 100, 'percent'), figure('fast alle', 97, 'percent'), figure('wenige', 3, 'percent')];
    const root = parseXml(drawChart({ figures, locale: 'de' })!.svg);
    const bars = rects(root, 'chart__bars');
    const inside = textsIn(root, 'chart__values--in');
    const all = textsIn(root, 'chart__values');
    const outside = all.filter((text) => !inside.includes(text));
    expect(inside.map((text) => text.text)).toEqual(['100\u00a0%', '97\u00a0%']);
    expect(outside.map((text) => text.text)).toEqual(['3\u00a0%']);
    inside.forEach((text, index) => {
      const end = attr(bars[index], 'width');
      expect(attr(text, 'x')).toBeLessThan(end);
      expect(attr(text, 'x') - textWidth(text.text, 14, true)).toBeGreaterThanOrEqual(0);
    });
    const smallEnd = attr(bars[2], 'width');
    expect(attr(outside[0], 'x')).toBeGreaterThan(smallEnd);
    expect(attr(outside[0], 'x') + textWidth(outside[0].text, 14, true)).toBeLessThanOrEqual(WIDTH);
  });

  it('compares two editions on one axis from the edition column', () => {
    const chart = drawChart({
      figures: [],
      display: 'compare',
      locale: 'de',
      editions: [
        { label: '2014', figures: [figure('sehen PR und Marketing vorn', 8, 'share', { base: 10 })] },
        { label: '2026', figures: [figure('sehen PR und Marketing vorn', 64, 'percent')] },
      ],
    })!;
    const root = parseXml(chart.svg);
    const [earlier] = rects(root, 'chart__bars--earlier');
    const bars = rects(root, 'chart__bars');
    const later = bars.find((bar) => bar !== earlier)!;
    const start = attr(earlier, 'x');
    expect(attr(later, 'x')).toBe(start);
    const length = WIDTH - start;
    expect(Math.abs(attr(earlier, 'width') - 0.8 * length)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(attr(later, 'width') - 0.64 * length)).toBeLessThanOrEqual(0.5);
    expect(textsIn(root, 'chart__editions').map((text) => text.text)).toEqual(['2014', '2026']);
  });

  it('draws "2 von 3" as three marks, two of them filled', () => {
    const root = parseXml(drawChart({ figures: [figure('der Befragten', 2, 'share', { base: 3 })], locale: 'de' })!.svg);
    const subpaths = (className: string): number =>
      byClass(root, className).reduce((sum, path) => sum + (path.attributes.d.match(/M/g) ?? []).length, 0);
    // Each mark is a head and a body.
    expect(subpaths('chart__mark') - subpaths('chart__mark--empty')).toBe(4);
    expect(subpaths('chart__mark--empty')).toBe(2);
  });
});
