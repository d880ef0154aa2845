/**
 * Shared by the chart tests: figures built the way renderStatBlock builds them, and a small
 * XML tree on top of saxes, the strict XML parser jsdom uses (already installed with
 * jest-environment-jsdom): it rejects anything that is not well-formed XML.
 */
import { SaxesParser } from 'saxes';
import type { EditorialLocale, StatQualifier, StatUnit } from '../../../src/plugins/editorial/shared/contracts';
import type { ChartFigure } from '../../../src/plugins/editorial/server/src/stat-blocks/chart';
import { formatFigure } from '../../../src/plugins/editorial/server/src/stat-blocks/stat-format';

export function figure(
  label: string,
  value: number,
  unit: StatUnit,
  options: { base?: number; qualifier?: StatQualifier; note?: string; locale?: EditorialLocale } = {},
): ChartFigure {
  const base = options.base ?? null;
  const qualifier = options.qualifier ?? 'exact';
  return {
    label,
    value,
    unit,
    base,
    qualifier,
    note: options.note ?? null,
    display: formatFigure({ value, unit, base, qualifier }, options.locale ?? 'de'),
  };
}

/** The "Hauptziele" block of the 2014 demo article plus a fifth figure with a qualifier and a note. */
export const GOALS_2014: ChartFigure[] = [
  figure('Befragten sehen PR und Marketing als oberste Priorität', 8, 'share', { base: 10 }),
  figure('nennen Kundenbeziehungsmanagement als Hauptziel', 9, 'percent'),
  figure('nennen Employer Branding als Hauptziel', 8, 'percent'),
  figure('nennen Vertrieb als Hauptziel', 7, 'percent'),
  figure('müssen vor allem das eigene Unternehmen überzeugen', 29, 'percent', {
    qualifier: 'approximately',
    note: 'Mehrfachnennungen möglich',
  }),
];

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element. */
  text: string;
}

/** Parses `xml` strictly; throws on anything that is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let error: Error | null = null;
  parser.on('error', (e) => {
    error = error ?? e;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('no root element');
  return root;
}

export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

export function allText(element: XmlElement): string {
  return element.text + element.children.map(allText).join('');
}

/** Elements whose class list contains `className`. */
export function byClass(root: XmlElement, className: string): XmlElement[] {
  return descendants(root).filter((element) => (element.attributes.class ?? '').split(' ').includes(className));
}

/** The <text> lines of the groups with `className`, in document order. */
export function textsIn(root: XmlElement, className: string): XmlElement[] {
  return byClass(root, className).flatMap((group) => descendants(group).filter((element) => element.name === 'text'));
}

/** WCAG 2 contrast ratio of two #rrggbb / #rgb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(full.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
