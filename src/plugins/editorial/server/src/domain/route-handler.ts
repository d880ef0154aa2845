/**
 * The content type a Content API route answers for, from its handler name
 * (`api::article.article.find` → `api::article.article`). Pure: whether the uid is a
 * known content type is the caller's to check.
 */
export function contentTypeOfHandler(handler: unknown): string | null {
  if (typeof handler !== 'string') return null;
  const cut = handler.lastIndexOf('.');
  return cut > 0 ? handler.slice(0, cut) : null;
}
