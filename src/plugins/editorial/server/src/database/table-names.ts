/**
 * Table and column names of content types and components, read from Strapi's database
 * metadata, so the plugin's plain-SQL reads follow the schema on every engine instead of
 * hard-coding names.
 */
import type { Core } from '@strapi/strapi';

export interface JoinTableNames {
  table: string;
  /** Column pointing at the owning row. */
  ownerColumn: string;
  /** Column pointing at the related row. */
  targetColumn: string;
  /** Column holding the order of the related rows, if the relation is ordered. */
  orderColumn: string | null;
}

export interface ModelNames {
  table: string;
  /** Column of each scalar attribute that has one. */
  column(attribute: string): string | null;
  /** Join table of a relation attribute stored in one. */
  join(attribute: string): JoinTableNames | null;
}

export function modelNames(strapi: Core.Strapi, uid: string): ModelNames | null {
  const meta = (strapi.db.metadata as unknown as Map<string, any>).get(uid);
  if (!meta) return null;
  const attributes = meta.attributes ?? {};
  return {
    table: meta.tableName,
    column(attribute) {
      const a = attributes[attribute];
      if (!a || a.type === 'relation' || a.type === 'component' || a.type === 'dynamiczone' || a.type === 'media') return null;
      return a.columnName ?? attribute;
    },
    join(attribute) {
      const joinTable = attributes[attribute]?.joinTable;
      if (!joinTable?.joinColumn?.name || !joinTable?.inverseJoinColumn?.name) return null;
      return {
        table: joinTable.name,
        ownerColumn: joinTable.joinColumn.name,
        targetColumn: joinTable.inverseJoinColumn.name,
        orderColumn: joinTable.orderColumnName ?? null,
      };
    },
  };
}
