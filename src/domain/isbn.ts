/**
 * ISBN-10 and ISBN-13: checksum verification and normalisation to ISBN-13, the form
 * we store so that one book never appears under two numbers.
 */
const SEPARATORS = /[\s-]/g;

export function compactIsbn(input: string): string {
  return String(input ?? '')
    .replace(SEPARATORS, '')
    .toUpperCase();
}

export function isValidIsbn10(isbn: string): boolean {
  if (!/^\d{9}[\dX]$/.test(isbn)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = isbn[i] === 'X' ? 10 : Number(isbn[i]);
    sum += digit * (10 - i);
  }
  return sum % 11 === 0;
}

function isbn13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidIsbn13(isbn: string): boolean {
  if (!/^97[89]\d{10}$/.test(isbn)) return false;
  return isbn13CheckDigit(isbn.slice(0, 12)) === Number(isbn[12]);
}

/** The ISBN-13 for a valid ISBN-10 or ISBN-13 (separators allowed), or null if invalid. */
export function normalizeIsbn(input: string): string | null {
  const isbn = compactIsbn(input);
  if (isValidIsbn13(isbn)) return isbn;
  if (isValidIsbn10(isbn)) {
    const first12 = `978${isbn.slice(0, 9)}`;
    return `${first12}${isbn13CheckDigit(first12)}`;
  }
  return null;
}
