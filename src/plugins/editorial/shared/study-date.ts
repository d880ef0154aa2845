import { isPlainDate, toDate } from './calendar';
import { DEFAULT_TIME_ZONE, intlLocaleOrDefault } from './locale';
import { dateTimeFormat } from './intl-formatters';

/** How exactly a study's date is known; many surveys only name a month or a year. */
export type DatePrecision = 'day' | 'month' | 'year';

const PARTS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** A datetime as readers in `timeZone` see it, e.g. de `4. März 2014`, en `March 4, 2014`. */
export function formatDisplayDate(date: Date, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError('formatDisplayDate: date must be a valid Date');
  }
  return dateTimeFormat(intlLocaleOrDefault(locale), { ...PARTS.day, timeZone }).format(date);
}

/**
 * Formats a study date to the precision it is known with. A plain `YYYY-MM-DD` is a
 * calendar date, not an instant, so it is formatted in UTC to avoid shifting the day.
 */
const formattedStudyDates = new Map<string, string>();
const MAX_CACHED_DATES = 20_000;

export function formatStudyDate(isoDate: string, precision: DatePrecision, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  // A blog cites a few hundred studies over and over: format each date once.
  const key = `${isoDate}|${precision}|${locale}|${timeZone}`;
  const cached = formattedStudyDates.get(key);
  if (cached !== undefined) return cached;
  const formatted = formatStudyDateUncached(isoDate, precision, locale, timeZone);
  if (formattedStudyDates.size >= MAX_CACHED_DATES) formattedStudyDates.clear();
  formattedStudyDates.set(key, formatted);
  return formatted;
}

function formatStudyDateUncached(isoDate: string, precision: DatePrecision, locale: string, timeZone: string): string {
  const date = toDate(isoDate);
  if (!date) throw new RangeError(`formatStudyDate: not an ISO date: ${JSON.stringify(isoDate)}`);
  const parts = PARTS[precision];
  if (!parts) throw new RangeError(`formatStudyDate: unknown precision ${JSON.stringify(precision)}`);
  const zone = isPlainDate(isoDate) ? 'UTC' : timeZone;
  return dateTimeFormat(intlLocaleOrDefault(locale), { ...parts, timeZone: zone }).format(date);
}
