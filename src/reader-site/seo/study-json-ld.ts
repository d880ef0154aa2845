/**
 * schema.org `Dataset` for a study's reader page, typed against `schema-dts`: name,
 * description, creator (the publisher), `temporalCoverage` (when it was fielded, to the
 * precision known), `variableMeasured` (each statistic with its value), and links between
 * editions (`isBasedOn` the earlier ones, `citation` the newer ones). Pure.
 */
import type { Dataset, PropertyValue, WithContext } from 'schema-dts';

export interface DatasetInput {
  url: string;
  name: string;
  /** Search engines want 50–5,000 characters; the page builds it from population, method and the method line. */
  description: string;
  locale: string;
  publisher?: string | null;
  publishedOn?: string | null;
  publishedOnPrecision?: 'day' | 'month' | 'year' | null;
  sampleSize?: number | null;
  sourceUrl?: string | null;
  dateModified?: string | null;
  variables: Array<{ name: string; value: number; unit: 'percent' | 'count' | 'share'; base?: number | null; display: string }>;
  earlier: string[];
  newer: string[];
}

/** ISO 8601 to the precision the date is known with: `2014`, `2014-02` or `2014-02-01`. */
export function temporalCoverage(publishedOn: string | null | undefined, precision: DatasetInput['publishedOnPrecision']): string | null {
  if (!publishedOn || !/^\d{4}-\d{2}-\d{2}/.test(publishedOn)) return null;
  if (precision === 'year') return publishedOn.slice(0, 4);
  if (precision === 'month') return publishedOn.slice(0, 7);
  return publishedOn.slice(0, 10);
}

const UNIT_TEXT: Record<DatasetInput['variables'][number]['unit'], string | null> = { percent: 'percent', count: null, share: null };

function variable(v: DatasetInput['variables'][number]): PropertyValue {
  // A share "2 von 3" is a value out of a base: its percentage on the 0–100 scale, as the charts draw it.
  const value = v.unit === 'share' && v.base ? Math.round((v.value / v.base) * 1000) / 10 : v.value;
  const unitText = v.unit === 'share' ? 'percent' : UNIT_TEXT[v.unit];
  return { '@type': 'PropertyValue', name: v.name, value, ...(unitText ? { unitText } : {}), description: v.display };
}

export function datasetJsonLd(input: DatasetInput): WithContext<Dataset> {
  const coverage = temporalCoverage(input.publishedOn, input.publishedOnPrecision ?? 'day');
  const dataset: WithContext<Dataset> = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.locale,
    isAccessibleForFree: true,
    ...(input.publisher ? { creator: { '@type': 'Organization', name: input.publisher } } : {}),
    ...(coverage ? { temporalCoverage: coverage, datePublished: input.publishedOn!.slice(0, 10) } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.sourceUrl ? { sameAs: input.sourceUrl } : {}),
    ...(input.sampleSize ? { size: `n = ${input.sampleSize}` } : {}),
    ...(input.variables.length > 0 ? { variableMeasured: input.variables.map(variable) } : {}),
    ...(input.earlier.length > 0 ? { isBasedOn: input.earlier } : {}),
    ...(input.newer.length > 0 ? { citation: input.newer } : {}),
  };
  return dataset;
}
