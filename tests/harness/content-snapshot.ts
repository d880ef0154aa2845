/**
 * A fingerprint of everything editors' content lives in: the tables of the blog's content
 * types and blocks, their join tables (relations, dynamic zones, media links) and the media
 * library. Two equal snapshots mean no row was added, removed or changed.
 * Raw rows, compared as sorted text, so it works the same on SQLite, PostgreSQL and MySQL.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

export interface ContentSnapshot {
  /** Row count per table. */
  counts: Record<string, number>;
  /** sha256 over every row of every table, in id order. */
  checksum: string;
}

const isContentModel = (uid: string) => uid.startsWith('api::') || uid.startsWith('blocks.') || uid === 'plugin::upload.file';

/** Names of the content tables and their join tables, sorted. */
export function contentTables(strapi: Core.Strapi): string[] {
  const tables = new Set<string>();
  for (const meta of (strapi.db.metadata as unknown as Map<string, any>).values()) {
    if (!isContentModel(meta.uid)) continue;
    tables.add(meta.tableName);
    for (const attribute of Object.values<any>(meta.attributes ?? {})) {
      if (attribute?.joinTable?.name) tables.add(attribute.joinTable.name);
    }
  }
  return [...tables].sort();
}

const normalise = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('hex');
  if (typeof value === 'bigint') return value.toString();
  return value;
};

export async function contentSnapshot(strapi: Core.Strapi): Promise<ContentSnapshot> {
  const knex = strapi.db.connection;
  const hash = crypto.createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of contentTables(strapi)) {
    const rows: Array<Record<string, unknown>> = await knex(table).select('*');
    counts[table] = rows.length;
    hash.update(`${table}\n`);
    // Sorted as text, so the order the database happens to return does not matter.
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((key) => [key, normalise(row[key])]),
        ),
      )
      .sort();
    for (const line of lines) hash.update(`${line}\n`);
  }
  return { counts, checksum: hash.digest('hex') };
}
