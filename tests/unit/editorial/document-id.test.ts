import { DOCUMENT_ID, isDocumentId } from '../../../src/plugins/editorial/server/src/domain/document-id';

describe('domain/document-id: the one document-id pattern', () => {
  it("accepts Strapi's ids and short ids of other tools", () => {
    for (const id of ['a1b2c3d4e5f6g7h8i9j0k1l2', 'ABC_def-1', 'x']) expect(isDocumentId(id)).toBe(true);
  });

  it('refuses what could be a path, markup, a list or too long', () => {
    for (const id of ['', '../x', 'a b', '<x>', 'a'.repeat(65), 7, null, ['a']]) expect(isDocumentId(id)).toBe(false);
    expect(DOCUMENT_ID.test('a'.repeat(64))).toBe(true);
  });
});
