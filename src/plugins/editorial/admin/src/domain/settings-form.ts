/**
 * The settings form as plain data: what the page shows, how it is checked (with messages
 * in the editor's language, by translation id) and what is sent to the server. Checks
 * mirror the server's, so an invalid value is shown inline and never sent; the server
 * checks again and its field errors land on the same fields.
 */
import { bannerTemplateProblem, type BannerTemplateProblem } from '../../../shared/banner-message';
import type { BannerTemplateForms, EditableSettingsInput, SettingsResponse } from '../../../shared/contracts';
import type { ServerFieldError } from '../api/editorial-api';
import { MAX_AGE_SECONDS_RANGE, THRESHOLD_MONTHS_RANGE } from '../../../shared/limits';

export const TEMPLATE_FORMS = ['one', 'other', 'archived'] as const;
export type TemplateForm = (typeof TEMPLATE_FORMS)[number];

export const MONTHS = THRESHOLD_MONTHS_RANGE;
export const SECONDS = MAX_AGE_SECONDS_RANGE;

export interface CategoryRow {
  documentId: string;
  name: string;
  /** Empty: the category uses the global threshold. */
  months: string;
}

export interface SettingsFormValues {
  outdatedAfterMonths: string;
  studyOutdatedAfterMonths: string;
  maxAge: string;
  templates: Record<string, BannerTemplateForms>;
  categories: CategoryRow[];
}

export interface FieldError {
  id: string;
  values?: Record<string, string | number>;
  /** A server message shown as is (no client translation exists for it). */
  text?: string;
}
export type FieldErrors = Record<string, FieldError>;

export function formFromSettings(data: SettingsResponse['data'], locales: string[]): SettingsFormValues {
  const templates: Record<string, BannerTemplateForms> = {};
  for (const locale of locales) {
    const t = data.settings.bannerTemplates[locale] ?? data.settings.bannerTemplates.de;
    templates[locale] = { one: t?.one ?? '', other: t?.other ?? '', archived: t?.archived ?? '' };
  }
  return {
    outdatedAfterMonths: String(data.settings.outdatedAfterMonths),
    studyOutdatedAfterMonths: String(data.settings.studyOutdatedAfterMonths),
    maxAge: String(data.settings.maxAge),
    templates,
    categories: data.categories.map((c) => ({
      documentId: c.documentId,
      name: c.name ?? c.documentId,
      months: c.outdatedAfterMonths === null || c.outdatedAfterMonths === undefined ? '' : String(c.outdatedAfterMonths),
    })),
  };
}

const WHOLE = /^\s*-?\d+\s*$/;

function wholeNumberIn(text: string, range: { min: number; max: number }): number | null {
  if (!WHOLE.test(text)) return null;
  const n = Number(text.trim());
  return Number.isSafeInteger(n) && n >= range.min && n <= range.max ? n : null;
}

export function templateError(problem: BannerTemplateProblem): FieldError {
  const { code, ...values } = problem;
  return { id: `error.template.${code}`, values: values as Record<string, string | number> };
}

export function validateSettingsForm(values: SettingsFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const months = { id: 'error.months', values: { ...MONTHS } };
  if (wholeNumberIn(values.outdatedAfterMonths, MONTHS) === null) errors.outdatedAfterMonths = months;
  if (wholeNumberIn(values.studyOutdatedAfterMonths, MONTHS) === null) errors.studyOutdatedAfterMonths = months;
  if (wholeNumberIn(values.maxAge, SECONDS) === null) errors.maxAge = { id: 'error.seconds', values: { ...SECONDS } };
  for (const [locale, forms] of Object.entries(values.templates)) {
    for (const form of TEMPLATE_FORMS) {
      const problem = bannerTemplateProblem(forms[form]);
      if (problem) errors[`bannerTemplates.${locale}.${form}`] = templateError(problem);
    }
  }
  values.categories.forEach((row, index) => {
    if (row.months.trim() !== '' && wholeNumberIn(row.months, MONTHS) === null)
      errors[`categoryThresholds.${index}.outdatedAfterMonths`] = months;
  });
  return errors;
}

/** Only call with a form that validated. */
export function settingsInputFromForm(values: SettingsFormValues): EditableSettingsInput {
  return {
    outdatedAfterMonths: Number(values.outdatedAfterMonths.trim()),
    studyOutdatedAfterMonths: Number(values.studyOutdatedAfterMonths.trim()),
    maxAge: Number(values.maxAge.trim()),
    bannerTemplates: values.templates,
    categoryThresholds: values.categories.map((row) => ({
      documentId: row.documentId,
      outdatedAfterMonths: row.months.trim() === '' ? null : Number(row.months.trim()),
    })),
  };
}

/** Server field errors keyed like the form's fields. */
export function fieldErrorsFromServer(errors: ServerFieldError[]): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    if (Array.isArray(error.path) && error.path.length > 0) result[error.path.join('.')] = { id: 'error.server', text: error.message };
  }
  return result;
}
