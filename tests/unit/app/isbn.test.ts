import { isValidIsbn10, isValidIsbn13, normalizeIsbn } from '../../../src/domain/isbn';

describe('ISBN', () => {
  it('accepts valid ISBN-13 with and without hyphens', () => {
    expect(normalizeIsbn('978-3-16-148410-0')).toBe('9783161484100');
    expect(normalizeIsbn('9783161484100')).toBe('9783161484100');
    expect(normalizeIsbn('979-10-90636-07-1')).toBe('9791090636071');
  });

  it('normalises a valid ISBN-10 to ISBN-13', () => {
    expect(normalizeIsbn('3-16-148410-X')).toBe('9783161484100');
    expect(normalizeIsbn('0-306-40615-2')).toBe('9780306406157');
    expect(normalizeIsbn('080442957x')).toBe('9780804429573');
  });

  it('rejects wrong check digits and malformed input', () => {
    expect(normalizeIsbn('978-3-16-148410-1')).toBeNull();
    expect(normalizeIsbn('0-306-40615-3')).toBeNull();
    expect(normalizeIsbn('123')).toBeNull();
    expect(normalizeIsbn('977-3-16-148410-0')).toBeNull();
    expect(normalizeIsbn('abcdefghij')).toBeNull();
    expect(normalizeIsbn('')).toBeNull();
  });

  it('checks each form on its own', () => {
    expect(isValidIsbn10('316148410X')).toBe(true);
    expect(isValidIsbn10('3161484100')).toBe(false);
    expect(isValidIsbn13('9783161484100')).toBe(true);
    expect(isValidIsbn13('316148410X')).toBe(false);
  });
});
