/**
 * A document id as callers may send it: Strapi makes them of 24 lower-case letters and
 * digits; ids imported from other tools keep to letters, digits, `_` and `-`, and stay short.
 * The one pattern for every route that takes document ids (REST relation input included).
 */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_ID.test(value);
}
