import type { DocumentFreshness, OverviewRow, RenderedStatBlock } from '../../../src/plugins/editorial/shared/contracts';

const NBSP = '\u00a0';

export const statBlock: RenderedStatBlock = {
  heading: 'Wie groß sind Social-Media-Teams?',
  figures: [
    {
      label: 'der Befragten arbeiten allein',
      value: 13.7,
      unit: 'percent',
      base: null,
      qualifier: 'exact',
      display: `13,7${NBSP}%`,
      note: null,
      earlier: null,
      newer: null,
    },
    {
      label: 'haben ein Team',
      value: 2,
      unit: 'share',
      base: 3,
      qualifier: 'exact',
      display: '2 von 3',
      note: 'gerundet',
      earlier: null,
      newer: null,
    },
  ],
  studies: [],
  citations: [
    { text: 'Quelle: Social-Media-Blog (Demo-Agentur), Februar 2014, n = 102, nicht repräsentativ', url: 'https://example.org/studie' },
  ],
  warning: 'Die Daten sind über 12 Jahre alt.',
  chart: {
    kind: 'tiles',
    summary: 'Kennzahlen: 13,7 % der Befragten arbeiten allein; 2 von 3 haben ein Team.',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--tiles" role="img"><title>Kennzahlen</title></svg>',
    fallbackReason: 'mixedUnits',
  },
  html: '',
};

export function panelData(overrides: Partial<DocumentFreshness> = {}): DocumentFreshness {
  return {
    contentType: 'api::article.article',
    documentId: 'abc123',
    locale: 'de',
    version: 'published',
    freshness: 'auto',
    state: 'outdated',
    referenceDate: '2014-03-04T09:00:00.000Z',
    outdatedAt: '2016-03-04T09:00:00.000Z',
    lastReviewedAt: null,
    originallyPublishedAt: '2014-03-04T09:00:00.000Z',
    thresholdMonths: 24,
    banner: {
      kind: 'outdated',
      outdatedSince: '2016-03-04T09:00:00.000Z',
      ageYears: 12,
      message: 'Dieser Artikel ist über 12 Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell. ;-)',
      html: '',
    },
    followUp: null,
    shareImage: { kind: 'card', url: '/artikel/studie/share.png' },
    statBlocks: [statBlock],
    timeZone: 'Europe/Berlin',
    owner: { id: 7, name: 'Mara Müller' },
    reviews: [
      { reviewedAt: '2026-11-20T10:00:00.000Z', reviewer: { id: 7, name: 'Mara Müller' }, note: 'Zahlen geprüft, Studie 2026 verlinkt' },
      { reviewedAt: '2025-06-02T08:00:00.000Z', reviewer: null, note: null },
    ],
    ...overrides,
  };
}

export function overviewRow(overrides: Partial<OverviewRow> = {}): OverviewRow {
  return {
    documentId: 'doc1',
    locale: 'de',
    title: 'Studie: Social Media Manager – kleine Teams, viele Ziele',
    slug: 'studie',
    category: 'Studien',
    freshness: 'auto',
    state: 'outdated',
    referenceDate: '2014-03-04T09:00:00.000Z',
    outdatedAt: '2016-03-04T09:00:00.000Z',
    lastReviewedAt: null,
    dueSoon: false,
    oldestStudyOn: '2014-02-01',
    oldestStudyAgeYears: 12,
    citesOutdatedStudy: true,
    citesSuperseded: false,
    owner: { id: 7, name: 'Mara Müller' },
    ...overrides,
  };
}
