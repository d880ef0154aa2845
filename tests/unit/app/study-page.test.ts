/** The study page's address, its one-line method and its schema.org Dataset. */
import { matchReaderPath, studyPath } from '../../../src/reader-site/urls';
import { datasetJsonLd, temporalCoverage } from '../../../src/reader-site/seo/study-json-ld';
import { methodLine } from '../../../src/plugins/editorial/server/src/stat-blocks/citation';

describe('study addresses', () => {
  it('/studie/<slug> in German, /en/study/<slug> in English, and nothing else', () => {
    expect(studyPath('budget-monitor', 'de')).toBe('/studie/budget-monitor');
    expect(studyPath('budget-monitor', 'en')).toBe('/en/study/budget-monitor');
    expect(matchReaderPath('/studie/budget-monitor')).toEqual({ page: 'study', locale: 'de', slug: 'budget-monitor' });
    expect(matchReaderPath('/en/study/budget-monitor/')).toEqual({ page: 'study', locale: 'en', slug: 'budget-monitor' });
    for (const path of [
      '/study/budget-monitor',
      '/en/studie/budget-monitor',
      '/studie/budget-monitor/share.png',
      '/studie/a/b',
      '/studie/%E0%A4%A',
    ]) {
      expect({ path, route: matchReaderPath(path) }).toEqual({ path, route: { page: 'unknown' } });
    }
  });
});

describe('methodLine', () => {
  it('names publisher, when it was fielded, n and whether it is representative', () => {
    const study = {
      title: 'Umfrage',
      publisher: 'Demo-Agentur',
      publishedOn: '2014-02-01',
      publishedOnPrecision: 'month' as const,
      fieldworkPeriod: 'Februar 2014',
      sampleSize: 102,
      representative: false,
    };
    expect(methodLine(study, 'de')).toBe('Demo-Agentur · befragt Februar 2014 · n = 102 · nicht repräsentativ');
    expect(methodLine({ ...study, fieldworkPeriod: null, sampleSize: 1024, representative: true }, 'en')).toBe(
      'Demo-Agentur · published February 2014 · n = 1,024 · representative',
    );
    expect(methodLine({ title: 'Nur ein Titel' }, 'de')).toBe('');
  });
});

describe('datasetJsonLd', () => {
  const input = {
    url: 'https://blog.example/studie/umfrage-2014',
    name: 'Social Media Manager in deutschen Unternehmen 2014',
    description: 'Social Media Manager in deutschen Unternehmen; Online-Befragung, nicht repräsentativ.',
    locale: 'de',
    publisher: 'Demo-Agentur',
    publishedOn: '2014-02-01',
    publishedOnPrecision: 'month' as const,
    sampleSize: 102,
    variables: [
      { name: 'Team höchstens fünf Personen', value: 2, unit: 'share' as const, base: 3, display: '2 von 3' },
      { name: 'Einzelperson', value: 80, unit: 'percent' as const, display: '80 %' },
      { name: 'Teamgröße (Median)', value: 3, unit: 'count' as const, display: '3' },
    ],
    earlier: [],
    newer: ['https://blog.example/studie/budget-monitor'],
  };

  it('carries name, description, creator, coverage to the precision known, the variables and the newer edition', () => {
    const json = datasetJsonLd(input) as Record<string, any>;
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: input.name,
      description: input.description,
      creator: { '@type': 'Organization', name: 'Demo-Agentur' },
      temporalCoverage: '2014-02',
      citation: ['https://blog.example/studie/budget-monitor'],
    });
    expect(json.isBasedOn).toBeUndefined();
    expect(json.variableMeasured).toEqual([
      { '@type': 'PropertyValue', name: 'Team höchstens fünf Personen', value: 66.7, unitText: 'percent', description: '2 von 3' },
      { '@type': 'PropertyValue', name: 'Einzelperson', value: 80, unitText: 'percent', description: '80 %' },
      { '@type': 'PropertyValue', name: 'Teamgröße (Median)', value: 3, description: '3' },
    ]);
  });

  it('temporalCoverage follows the date precision and refuses what is not a date', () => {
    expect(temporalCoverage('2014-02-01', 'year')).toBe('2014');
    expect(temporalCoverage('2014-02-01', 'day')).toBe('2014-02-01');
    expect(temporalCoverage('Februar', 'month')).toBeNull();
    expect(temporalCoverage(null, 'month')).toBeNull();
  });
});
