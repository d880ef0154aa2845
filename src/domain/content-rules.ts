/**
 * The write rules of the blog's content model. Pure: each validator receives the
 * document as it will be stored (existing values merged with the incoming change) and
 * returns every rule it breaks, so one request reports all problems at once.
 */
import { normalizeIsbn } from './isbn';
import { isHttpUrl } from './web-link';
import { THRESHOLD_MONTHS_RANGE } from '../plugins/editorial/shared/limits';

export interface RuleViolation {
  /** Attribute path as Strapi reports it, e.g. ['value']. */
  path: string[];
  /** Which rule was broken, stable for clients. */
  rule: string;
  /** Sentence for editors (German), naming the field. */
  message: string;
}

export type Draft = Record<string, unknown>;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * A number from a number or a numeric string; NaN for anything else. Objects are never
 * converted: `Number({ toString: 1 })` throws, which would turn hostile input into a 500.
 */
function toNumber(value: unknown): number | null {
  if (isEmpty(value)) return null;
  let n = NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.trim() !== '') n = Number(value);
  return Number.isFinite(n) ? n : NaN;
}

/**
 * What the database columns can hold (PostgreSQL and MySQL enforce it, SQLite does not):
 * `integer` is a signed 32-bit column, `decimal` is decimal(10, 2).
 */
export const INTEGER_COLUMN_MAX = 2_147_483_647;
export const DECIMAL_COLUMN_LIMIT = 100_000_000;

function violation(field: string, rule: string, message: string): RuleViolation {
  return { path: [field], rule, message };
}

/** The plugin's threshold range (one home: the plugin's shared limits). */
export const OUTDATED_AFTER_MONTHS_RANGE = THRESHOLD_MONTHS_RANGE;

export function checkOutdatedAfterMonths(data: Draft): RuleViolation[] {
  const months = toNumber(data.outdatedAfterMonths);
  if (months === null) return [];
  const { min, max } = OUTDATED_AFTER_MONTHS_RANGE;
  if (!Number.isInteger(months) || months < min || months > max) {
    return [
      violation(
        'outdatedAfterMonths',
        'outdatedAfterMonths.range',
        `outdatedAfterMonths (Veraltet nach Monaten) muss eine ganze Zahl von ${min} bis ${max} sein.`,
      ),
    ];
  }
  return [];
}

export function checkHttpLink(data: Draft, field: string, label: string): RuleViolation[] {
  const value = data[field];
  if (isEmpty(value)) return [];
  if (typeof value !== 'string' || !isHttpUrl(value)) {
    return [violation(field, `${field}.http`, `${field} (${label}) muss eine vollständige Adresse mit http:// oder https:// sein.`)];
  }
  return [];
}

export function validateStatistic(data: Draft): RuleViolation[] {
  const errors: RuleViolation[] = [];
  const value = toNumber(data.value);
  const unit = data.unit ?? 'percent';
  if (value === null) {
    errors.push(violation('value', 'value.required', 'value (Wert) ist ein Pflichtfeld.'));
  } else if (Number.isNaN(value)) {
    errors.push(violation('value', 'value.number', 'value (Wert) muss eine Zahl sein.'));
  } else if (Math.abs(value) >= DECIMAL_COLUMN_LIMIT) {
    errors.push(
      violation('value', 'value.storable', 'value (Wert) muss kleiner als 100.000.000 sein (mehr Stellen fasst die Datenbank nicht).'),
    );
  } else if (unit === 'percent' && (value < 0 || value > 100)) {
    errors.push(violation('value', 'value.percentRange', 'value (Wert) muss bei Prozentangaben zwischen 0 und 100 liegen.'));
  } else if (unit === 'count' && value < 0) {
    errors.push(violation('value', 'value.countMin', 'value (Wert) darf bei Anzahlen nicht negativ sein.'));
  }
  const base = toNumber(data.base);
  if (base !== null && !Number.isNaN(base) && Math.abs(base) > INTEGER_COLUMN_MAX) {
    errors.push(violation('base', 'base.storable', 'base (Basis) darf höchstens 2.147.483.647 sein.'));
  } else if (unit === 'share') {
    if (base === null || Number.isNaN(base) || base <= 0 || !Number.isInteger(base)) {
      errors.push(violation('base', 'base.positive', 'base (Basis) muss bei Anteilen („2 von 3“) eine ganze Zahl größer als 0 sein.'));
    } else if (value !== null && !Number.isNaN(value) && (value < 0 || value > base)) {
      errors.push(violation('value', 'value.shareRange', `value (Wert) muss bei Anteilen zwischen 0 und der Basis (${base}) liegen.`));
    }
  }
  return errors;
}

/** `YYYY-MM-DD` of a string or a Date (code using the Document Service); '' for anything else. */
function calendarDate(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 10);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return '';
}

/** `today` is the current calendar date (YYYY-MM-DD) in the blog's time zone. */
export function validateStudy(data: Draft, today: string): RuleViolation[] {
  const errors: RuleViolation[] = [];
  const sampleSize = toNumber(data.sampleSize);
  if (sampleSize !== null && (Number.isNaN(sampleSize) || !Number.isInteger(sampleSize) || sampleSize <= 0)) {
    errors.push(
      violation('sampleSize', 'sampleSize.positiveInteger', 'sampleSize (Stichprobengröße) muss eine ganze Zahl größer als 0 sein.'),
    );
  } else if (sampleSize !== null && sampleSize > INTEGER_COLUMN_MAX) {
    errors.push(violation('sampleSize', 'sampleSize.storable', 'sampleSize (Stichprobengröße) darf höchstens 2.147.483.647 sein.'));
  }
  const publishedOn = data.publishedOn;
  if (!isEmpty(publishedOn)) {
    const iso = calendarDate(publishedOn);
    // Round-trip check: Date would silently roll 2014-02-30 over to March.
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
      errors.push(violation('publishedOn', 'publishedOn.date', 'publishedOn (Veröffentlicht am) muss ein gültiges Datum sein.'));
    } else if (iso > today) {
      errors.push(violation('publishedOn', 'publishedOn.notFuture', 'publishedOn (Veröffentlicht am) darf nicht in der Zukunft liegen.'));
    }
  }
  errors.push(...checkHttpLink(data, 'sourceUrl', 'Quelle im Web'));
  return errors;
}

/**
 * Book tips: the ISBN is verified and normalised to ISBN-13, so the caller gets the
 * value to store back.
 */
export function validateBookTip(data: Draft): { errors: RuleViolation[]; isbn?: string | null } {
  const errors: RuleViolation[] = [];
  let isbn: string | null | undefined;
  if (!isEmpty(data.isbn)) {
    isbn = typeof data.isbn === 'string' ? normalizeIsbn(data.isbn) : null;
    if (!isbn) {
      errors.push(violation('isbn', 'isbn.checksum', 'isbn (ISBN) ist keine gültige ISBN-10 oder ISBN-13 (Prüfziffer stimmt nicht).'));
    }
  } else if (data.isbn === '') {
    isbn = null;
  }
  errors.push(...checkHttpLink(data, 'link', 'Link zum Buch'));
  return { errors, isbn };
}

/**
 * How far a date may lie ahead of the server's clock: an editor's or an integration's
 * clock may run a little fast, and a date written "now" on such a machine must pass.
 */
export const CLOCK_SKEW_TOLERANCE_MS = 5 * 60_000;

/** Epoch ms of a date as a write carries it (ISO string, Date, or epoch ms); null when it is none. */
function instant(value: unknown): number | null {
  let ms = NaN;
  if (typeof value === 'string' && value.trim() !== '') ms = Date.parse(value);
  else if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = value;
  return Number.isFinite(ms) ? ms : null;
}

const ARTICLE_CLOCK_FIELDS = [
  ['originallyPublishedAt', 'Ursprünglich veröffentlicht am'],
  ['lastReviewedAt', 'Zuletzt inhaltlich geprüft am'],
] as const;

/**
 * The dates the outdated banner counts from may not lie in the future: a review dated
 * 2099 would hide the banner until 2101. Only values the write sets are checked (`change`),
 * so a document that already holds such a date can still be edited; the editor sees the
 * error once the form sends that date back. Unparsable values are Strapi's to refuse.
 */
export function checkArticleDates(change: Draft, now: Date): RuleViolation[] {
  const latest = now.getTime() + CLOCK_SKEW_TOLERANCE_MS;
  const errors: RuleViolation[] = [];
  for (const [field, label] of ARTICLE_CLOCK_FIELDS) {
    const at = instant(change[field]);
    if (at !== null && at > latest) {
      errors.push(violation(field, `${field}.notFuture`, `${field} (${label}) darf nicht in der Zukunft liegen.`));
    }
  }
  return errors;
}

/**
 * `data` is the article as it will be stored; `change` what the write sets (the dates are
 * checked there only, see checkArticleDates).
 */
export function validateArticle(data: Draft, change: Draft = data, now: Date = new Date()): RuleViolation[] {
  return [...checkOutdatedAfterMonths(data), ...checkArticleDates(change, now)];
}

export function validateCategory(data: Draft): RuleViolation[] {
  return checkOutdatedAfterMonths(data);
}
