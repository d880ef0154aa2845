/**
 * Column values as the three database drivers hand them back, turned into what Strapi's
 * own query layer would return (the plugin reads a few hot paths with plain SQL):
 * SQLite stores datetimes as epoch milliseconds and booleans as 0/1; PostgreSQL and
 * MySQL return `Date` objects and, for decimals, numbers or strings. Pure.
 */

/** A datetime column as an ISO string (Strapi's format), or null. */
export function dbDateTime(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string') {
    // A bare number in a string (epoch ms) or a timestamp text ("2024-01-02 03:04:05" or ISO).
    date = /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  } else return null;
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A date column (`YYYY-MM-DD`), or null; drivers give text, a Date would be local midnight. */
export function dbDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return null;
}

/** A boolean column: true, false, or null when unset. */
export function dbBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 't' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'f' || value === 'false') return false;
  return null;
}

/** A numeric column: a number, or null when unset or not a number. */
export function dbNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}
