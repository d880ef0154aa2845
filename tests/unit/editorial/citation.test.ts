import {
  citationText,
  studyDateDisplay,
  studyWarning,
  validSampleSize,
  type CitableStudy,
} from '../../../src/plugins/editorial/server/src/stat-blocks/citation';

// The survey behind the demo post: 102 social media managers, February 2014, not representative.
const demoStudy: CitableStudy = {
  title: 'Social Media Manager in Deutschland',
  publisher: 'Agentur X',
  publishedOn: '2014-02-01',
  publishedOnPrecision: 'month',
  sampleSize: 102,
  representative: false,
};

describe('citationText', () => {
  it('cites the demo study in German', () => {
    expect(citationText(demoStudy, 'de')).toBe(
      'Quelle: Agentur X, \u201eSocial Media Manager in Deutschland\u201c (Februar 2014, n = 102, nicht repräsentativ)',
    );
    expect(citationText(demoStudy, 'de')).toBe(
      'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)',
    );
  });

  it('cites the demo study in English', () => {
    expect(citationText(demoStudy, 'en')).toBe(
      'Source: Agentur X, \u201cSocial Media Manager in Deutschland\u201d (February 2014, n = 102, not representative)',
    );
  });

  it('writes "n = 102" with plain ASCII spaces', () => {
    expect(citationText(demoStudy, 'de')).toContain('n = 102');
    expect(citationText(demoStudy, 'en')).toContain('n = 102');
  });

  it('marks representative studies and omits unknown representativeness', () => {
    expect(citationText({ ...demoStudy, representative: true }, 'de')).toBe(
      'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, repräsentativ)',
    );
    expect(citationText({ ...demoStudy, representative: true }, 'en')).toBe(
      'Source: Agentur X, “Social Media Manager in Deutschland” (February 2014, n = 102, representative)',
    );
    expect(citationText({ ...demoStudy, representative: null }, 'de')).toBe(
      'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102)',
    );
  });

  it('groups large sample sizes per locale', () => {
    expect(citationText({ ...demoStudy, sampleSize: 1024 }, 'de')).toContain('n = 1.024');
    expect(citationText({ ...demoStudy, sampleSize: 1024 }, 'en')).toContain('n = 1,024');
  });

  it('omits invalid sample sizes', () => {
    for (const sampleSize of [null, 0, -5, 10.5]) {
      expect(citationText({ ...demoStudy, sampleSize }, 'de')).toBe(
        'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, nicht repräsentativ)',
      );
    }
  });

  it('omits a missing publisher together with its comma', () => {
    expect(citationText({ ...demoStudy, publisher: null }, 'de')).toBe(
      'Quelle: „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)',
    );
    expect(citationText({ ...demoStudy, publisher: '  ' }, 'en')).toBe(
      'Source: “Social Media Manager in Deutschland” (February 2014, n = 102, not representative)',
    );
  });

  it('drops the parentheses when no details are known', () => {
    expect(citationText({ title: 'Nur ein Titel' }, 'de')).toBe('Quelle: „Nur ein Titel“');
  });

  it('formats the date to its precision', () => {
    expect(citationText({ ...demoStudy, publishedOn: '2014-03-04', publishedOnPrecision: 'day' }, 'de')).toContain('(4. März 2014, ');
    expect(citationText({ ...demoStudy, publishedOn: '2014-03-04', publishedOnPrecision: 'day' }, 'en')).toContain('(March 4, 2014, ');
    expect(citationText({ ...demoStudy, publishedOnPrecision: 'year' }, 'de')).toContain('(2014, ');
    expect(citationText({ ...demoStudy, publishedOnPrecision: null, publishedOn: '2014-02-01' }, 'de')).toContain('(1. Februar 2014, ');
  });

  it('falls back to the fieldwork period when no publication date is known', () => {
    expect(citationText({ ...demoStudy, publishedOn: null, fieldworkPeriod: 'Februar 2014' }, 'de')).toBe(
      'Quelle: Agentur X, „Social Media Manager in Deutschland“ (Februar 2014, n = 102, nicht repräsentativ)',
    );
    expect(citationText({ ...demoStudy, fieldworkPeriod: '1.–14. Februar 2014' }, 'de')).toContain('(Februar 2014, ');
  });
});

describe('studyDateDisplay and validSampleSize', () => {
  it('returns null for missing or invalid dates', () => {
    expect(studyDateDisplay({ publishedOn: null }, 'de')).toBeNull();
    expect(studyDateDisplay({ publishedOn: '2014-02-30' }, 'de')).toBeNull();
    expect(studyDateDisplay({ publishedOn: '2014-02-01', publishedOnPrecision: 'month' }, 'en')).toBe('February 2014');
  });

  it('accepts integer strings from SQL drivers', () => {
    expect(validSampleSize('102')).toBe(102);
    expect(validSampleSize('')).toBeNull();
    expect(validSampleSize('abc')).toBeNull();
    expect(validSampleSize(true)).toBeNull();
  });
});

describe('studyWarning', () => {
  const newer = { title: 'Social Media Manager in Deutschland 2024' };

  it('warns about old data in German', () => {
    expect(studyWarning({ outdated: true, supersededBy: null, publishedOnDisplay: 'Februar 2014' }, 'de')).toBe(
      'Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.',
    );
  });

  it('points to a newer edition in German', () => {
    expect(studyWarning({ outdated: false, supersededBy: newer, publishedOnDisplay: 'Februar 2014' }, 'de')).toBe(
      'Es gibt eine neuere Ausgabe dieser Studie: „Social Media Manager in Deutschland 2024“.',
    );
  });

  it('joins both sentences with a space', () => {
    expect(studyWarning({ outdated: true, supersededBy: newer, publishedOnDisplay: 'Februar 2014' }, 'de')).toBe(
      'Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet. ' +
        'Es gibt eine neuere Ausgabe dieser Studie: „Social Media Manager in Deutschland 2024“.',
    );
    expect(studyWarning({ outdated: true, supersededBy: newer, publishedOnDisplay: 'February 2014' }, 'en')).toBe(
      'This data is from February 2014 and may be outdated. ' +
        'A newer edition of this study is available: “Social Media Manager in Deutschland 2024”.',
    );
  });

  it('has English equivalents', () => {
    expect(studyWarning({ outdated: true, supersededBy: null, publishedOnDisplay: 'February 2014' }, 'en')).toBe(
      'This data is from February 2014 and may be outdated.',
    );
    expect(studyWarning({ outdated: false, supersededBy: newer, publishedOnDisplay: null }, 'en')).toBe(
      'A newer edition of this study is available: “Social Media Manager in Deutschland 2024”.',
    );
  });

  it('uses "vom" for exact days in German', () => {
    expect(
      studyWarning({ outdated: true, supersededBy: null, publishedOnDisplay: '4. März 2014', publishedOnPrecision: 'day' }, 'de'),
    ).toBe('Diese Daten stammen vom 4. März 2014 und sind möglicherweise veraltet.');
  });

  it('still warns when the date display is missing', () => {
    expect(studyWarning({ outdated: true, supersededBy: null, publishedOnDisplay: null }, 'de')).toBe(
      'Diese Daten sind möglicherweise veraltet.',
    );
  });

  it('returns null when there is nothing to say', () => {
    expect(studyWarning({ outdated: false, supersededBy: null, publishedOnDisplay: 'Februar 2014' }, 'de')).toBeNull();
    expect(studyWarning({ outdated: false, supersededBy: { title: ' ' }, publishedOnDisplay: null }, 'en')).toBeNull();
  });
});
