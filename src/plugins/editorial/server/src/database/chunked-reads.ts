/**
 * What the plain-SQL readers (freshness/freshness-service.ts, stat-blocks/stat-blocks-service.ts) share: ids
 * bound a slice at a time, and rows kept once each. Pure: no Strapi.
 */

/** Ids per statement: well under every engine's limit on bound parameters. */
export const IDS_PER_QUERY = 500;

/** Calls `read` with each slice of `ids` in turn (distinct ids, at most IDS_PER_QUERY each). */
export async function readInChunks<T>(ids: Iterable<T>, read: (chunk: T[]) => Promise<void>): Promise<void> {
  const distinct = [...new Set(ids)];
  for (let i = 0; i < distinct.length; i += IDS_PER_QUERY) await read(distinct.slice(i, i + IDS_PER_QUERY));
}

/**
 * The first row of each key, in order. A join through a relation written around the
 * relation rules (e.g. by SQL: two categories, two study links) would repeat a row.
 */
export function firstOfEach<R>(rows: Iterable<R>, keyOf: (row: R) => string | number): R[] {
  const seen = new Set<string | number>();
  const kept: R[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(row);
  }
  return kept;
}
