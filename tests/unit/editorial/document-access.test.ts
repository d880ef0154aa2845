import { onlyReadable, refusedDocuments } from '../../../src/plugins/editorial/server/src/domain/document-access';

describe('document access', () => {
  const versions = [
    { documentId: 'a', locale: 'de', publishedAt: null, mine: true },
    { documentId: 'a', locale: 'de', publishedAt: '2026-01-01', mine: true },
    { documentId: 'b', locale: 'de', publishedAt: null, mine: false },
    { documentId: 'c', locale: 'de', publishedAt: null, mine: true },
    { documentId: 'c', locale: 'de', publishedAt: '2026-01-01', mine: false },
    { documentId: 'b', locale: 'en', publishedAt: null, mine: false },
  ];

  it('refuses a document when any of its versions is refused, each document once, in order', () => {
    expect(refusedDocuments(versions, (v) => !v.mine)).toEqual(['b', 'c']);
    expect(refusedDocuments(versions, () => false)).toEqual([]);
    expect(refusedDocuments([], () => true)).toEqual([]);
  });

  it('asks no more questions about a document already refused', () => {
    const asked: string[] = [];
    refusedDocuments(versions, (v) => {
      asked.push(`${v.documentId}/${v.locale}`);
      return true;
    });
    expect(asked).toEqual(['a/de', 'b/de', 'c/de']);
  });

  it('keeps the overview rows the caller may read; null keeps all', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    expect(onlyReadable(rows, null)).toBe(rows);
    expect(onlyReadable(rows, new Set([3, 1, 99]))).toEqual([{ id: 1 }, { id: 3 }]);
    expect(onlyReadable(rows, new Set())).toEqual([]);
  });
});
