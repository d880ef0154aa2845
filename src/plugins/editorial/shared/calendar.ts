/**
 * Calendar arithmetic in UTC. Month lengths vary, so "N months later" must clamp to the
 * target month's last day instead of overflowing into the next month (JS Date's default).
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Strapi returns ISO 8601 with `Z`; raw SQLite rows may use a space instead of `T`.
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function assertValidDate(date: Date, name: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError(`${name} must be a valid Date`);
  }
}

function daysInMonthUtc(year: number, monthIndex: number): number {
  // Day 0 of the following month is the last day of this one; Date.UTC normalises overflow.
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Adds whole calendar months, clamping to month end and keeping the UTC time of day. */
export function addMonths(date: Date, months: number): Date {
  assertValidDate(date, 'date');
  if (!Number.isInteger(months)) {
    throw new RangeError(`months must be an integer, got ${String(months)}`);
  }
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const year = target.getUTCFullYear();
  const month = target.getUTCMonth();
  const day = Math.min(date.getUTCDate(), daysInMonthUtc(year, month));
  return new Date(Date.UTC(year, month, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
}

/**
 * Completed years from `from` to `to`, counted like a birthday. Uses addMonths so the
 * anniversary of 29 February is 28 February, consistent with the outdated threshold.
 */
export function wholeYearsBetween(from: Date, to: Date): number {
  assertValidDate(from, 'from');
  assertValidDate(to, 'to');
  if (to.getTime() <= from.getTime()) return 0;
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  if (addMonths(from, years * 12).getTime() > to.getTime()) years -= 1;
  return Math.max(0, years);
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  // Date.parse happily rolls 2014-02-30 over to 2 March; we treat that as invalid input.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonthUtc(year, month - 1);
}

/** True for a plain calendar date (`YYYY-MM-DD`) as stored by Strapi `date` fields. */
export function isPlainDate(value: string): boolean {
  const match = PLAIN_DATE.exec(value.trim());
  return match !== null && isRealCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Parses what the database hands us. A plain date means midnight UTC; a datetime without
 * offset is read as UTC so results never depend on the server's local time zone.
 * Anything else (including free-form strings Date.parse would guess at) yields null.
 */
export function toDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : new Date(value.getTime());
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;

  const plain = PLAIN_DATE.exec(text);
  if (plain) {
    const [year, month, day] = [Number(plain[1]), Number(plain[2]), Number(plain[3])];
    return isRealCalendarDate(year, month, day) ? new Date(Date.UTC(year, month - 1, day)) : null;
  }

  const iso = ISO_DATETIME.exec(text);
  if (!iso) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(iso[i]));
  if (!isRealCalendarDate(year, month, day) || hour > 23 || minute > 59) return null;
  if (iso[6] !== undefined && Number(iso[6]) > 59) return null;
  const normalised = text.toUpperCase().replace(' ', 'T') + (iso[8] === undefined ? 'Z' : '');
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? null : new Date(time);
}
