import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, intlLocaleOrDefault } from './locale';
import { formatDisplayDate } from './study-date';
import { numberFormat, pluralRulesFor } from './intl-formatters';

export interface BannerTemplate {
  /** Used when Intl.PluralRules selects `one` for the age in years. */
  one: string;
  /** Used for every other plural category. */
  other: string;
  archived: string;
}

/** Keyed by locale tag; `de` is the fallback and must be present in the defaults. */
export type BannerTemplates = Record<string, BannerTemplate>;

export const BANNER_PLACEHOLDERS = ['years', 'date', 'outdatedSince'] as const;
export type BannerPlaceholder = (typeof BANNER_PLACEHOLDERS)[number];

export const MAX_BANNER_TEMPLATE_LENGTH = 500;

// Plain by default; an admin can add a wink (the original blog ended with ";-)") in the settings.
export const DEFAULT_BANNER_TEMPLATES: BannerTemplates = {
  de: {
    one: 'Dieser Artikel ist über {years} Jahr alt. Was darin steht, ist möglicherweise nicht mehr aktuell.',
    other: 'Dieser Artikel ist über {years} Jahre alt. Was darin steht, ist möglicherweise nicht mehr aktuell.',
    archived: 'Dieser Artikel ist archiviert und wird nicht mehr aktualisiert.',
  },
  en: {
    one: 'This article is over {years} year old. What it says may be outdated.',
    other: 'This article is over {years} years old. What it says may be outdated.',
    archived: 'This article is archived and is no longer updated.',
  },
};

export interface BannerMessageInput {
  kind: 'outdated' | 'archived';
  years: number;
  referenceDate: Date | null;
  /** The moment the article crossed the threshold; fills `{outdatedSince}`. */
  outdatedSince?: Date | null;
  locale: string;
  timeZone?: string;
  /** Overrides per locale; locales not given keep the defaults. */
  templates?: BannerTemplates;
}

/** Exact tag first, then its language, then German; returns the key actually used. */
function pickTemplate(templates: BannerTemplates, locale: string): { key: string; template: BannerTemplate } {
  const language = locale.split(/[-_]/)[0].toLowerCase();
  for (const key of [locale, language, DEFAULT_LOCALE]) {
    const template = Object.prototype.hasOwnProperty.call(templates, key) ? templates[key] : undefined;
    if (template) return { key, template };
  }
  return { key: DEFAULT_LOCALE, template: DEFAULT_BANNER_TEMPLATES[DEFAULT_LOCALE] };
}

export function renderBannerMessage(input: BannerMessageInput): string {
  const templates = { ...DEFAULT_BANNER_TEMPLATES, ...(input.templates ?? {}) };
  const { key, template } = pickTemplate(templates, input.locale);
  const intlLocale = intlLocaleOrDefault(key);
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const years = Math.max(0, Math.trunc(input.years));

  let text: string;
  if (input.kind === 'archived') {
    text = template.archived;
  } else {
    text = pluralRulesFor(intlLocale).select(years) === 'one' ? template.one : template.other;
  }

  // Known placeholders without a value become empty so readers never see raw braces.
  const values: Record<BannerPlaceholder, string> = {
    years: numberFormat(intlLocale).format(years),
    date: input.referenceDate ? formatDisplayDate(input.referenceDate, intlLocale, timeZone) : '',
    outdatedSince: input.outdatedSince ? formatDisplayDate(input.outdatedSince, intlLocale, timeZone) : '',
  };
  // One pass, so a substituted value can never be re-read as a placeholder.
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    (BANNER_PLACEHOLDERS as readonly string[]).includes(name) ? values[name as BannerPlaceholder] : whole,
  );
}

export type BannerTemplateProblem =
  | { code: 'empty' }
  | { code: 'tooLong'; max: number; length: number }
  | { code: 'nestedBrace'; position: number }
  | { code: 'unopenedBrace'; position: number }
  | { code: 'unclosedBrace'; position: number }
  | { code: 'unknownPlaceholder'; name: string; allowed: string };

/**
 * Checks an editor-supplied template before it is saved: the structured problem, so the
 * admin panel can say it in the editor's language, or null when the template is usable.
 */
export function bannerTemplateProblem(text: unknown): BannerTemplateProblem | null {
  if (typeof text !== 'string' || text.trim() === '') return { code: 'empty' };
  if (text.length > MAX_BANNER_TEMPLATE_LENGTH) return { code: 'tooLong', max: MAX_BANNER_TEMPLATE_LENGTH, length: text.length };
  const allowed = BANNER_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '{') {
      if (open !== -1) return { code: 'nestedBrace', position: i + 1 };
      open = i;
    } else if (char === '}') {
      if (open === -1) return { code: 'unopenedBrace', position: i + 1 };
      const name = text.slice(open + 1, i);
      if (!(BANNER_PLACEHOLDERS as readonly string[]).includes(name)) return { code: 'unknownPlaceholder', name, allowed };
      open = -1;
    }
  }
  if (open !== -1) return { code: 'unclosedBrace', position: open + 1 };
  return null;
}

/** The same check with an English message (server validation, logs), or null when usable. */
export function validateBannerTemplate(text: unknown): string | null {
  const problem = bannerTemplateProblem(text);
  if (!problem) return null;
  switch (problem.code) {
    case 'empty':
      return 'The template must not be empty.';
    case 'tooLong':
      return `The template must be at most ${problem.max} characters long (it has ${problem.length}).`;
    case 'nestedBrace':
      return `Unbalanced braces: "{" at position ${problem.position} opens inside another placeholder.`;
    case 'unopenedBrace':
      return `Unbalanced braces: "}" at position ${problem.position} has no matching "{".`;
    case 'unclosedBrace':
      return `Unbalanced braces: "{" at position ${problem.position} is never closed.`;
    case 'unknownPlaceholder':
      return `Unknown placeholder "{${problem.name}}". Allowed placeholders: ${problem.allowed}.`;
  }
}
