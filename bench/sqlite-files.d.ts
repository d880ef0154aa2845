/** Removes a SQLite database file with its journal and WAL files (none need exist). */
export function removeSqliteDatabase(file: string): void;
