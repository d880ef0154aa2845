/**
 * Which documents a caller may not act on, given the stored versions the plugin would show
 * or write and a check of one version (the content manager's permission checker). Pure.
 *
 * A document counts as refused when any of its versions is: the side panel shows the
 * published version (or the draft) and "mark reviewed" writes both, so a caller must hold
 * the permission on every version the route touches, as the content manager requires it
 * on the version it opens.
 */

export interface StoredVersion {
  documentId: string;
}

/** documentIds with at least one refused version, each once, in the order first refused. */
export function refusedDocuments<V extends StoredVersion>(versions: readonly V[], cannot: (version: V) => boolean): string[] {
  const refused = new Set<string>();
  for (const version of versions) {
    if (!refused.has(version.documentId) && cannot(version)) refused.add(version.documentId);
  }
  return [...refused];
}

/**
 * The overview's rows the caller may read: all of them when `readableIds` is null (no
 * condition narrows the caller's read permission), else those whose row id is in it.
 */
export function onlyReadable<R extends { id: number }>(rows: R[], readableIds: ReadonlySet<number> | null): R[] {
  return readableIds === null ? rows : rows.filter((row) => readableIds.has(row.id));
}
