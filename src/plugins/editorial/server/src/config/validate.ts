/** Validation of editorial settings, shared by the startup config check and the admin's settings form. */
import { validateBannerTemplate } from '../../../shared/banner-message';
import { isLocaleCode, isValidTimeZone } from '../../../shared/locale';
import { MAX_AGE_SECONDS_RANGE, THRESHOLD_MONTHS_RANGE as MONTHS } from '../../../shared/limits';
import { MAX_PREVIEW_TTL_SECONDS } from '../preview/preview-token';
import type { EditorialConfig } from './types';
import { cronRuleProblem, digestConfigProblems } from '../notifications/digest-period';

const isContentTypeUid = (value: unknown): value is string => typeof value === 'string' && /^(api|plugin)::[\w-]+\.[\w-]+$/.test(value);

/** A reader-site path with the entry's `{slug}`, starting at the root or at `{localePrefix}`. */
const isReaderPathTemplate = (value: unknown): value is string =>
  typeof value === 'string' && (value.startsWith('/') || value.startsWith('{localePrefix}')) && value.includes('{slug}');

export interface SettingsProblem {
  key: string;
  message: string;
}

function checkMonths(key: string, value: unknown, problems: SettingsProblem[]) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MONTHS.min || value > MONTHS.max) {
    problems.push({ key, message: `must be a whole number of months from ${MONTHS.min} to ${MONTHS.max} (got ${JSON.stringify(value)})` });
  }
}

/**
 * `partial: true` checks only the keys present (an admin saving some settings);
 * `partial: false` requires every key (the merged startup config).
 */
export function validateEditorialSettings(
  input: Partial<EditorialConfig> | null | undefined,
  { partial }: { partial: boolean },
): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return [{ key: 'config', message: 'must be an object' }];
  }
  const has = (key: keyof EditorialConfig) => !partial || key in input;

  if (has('outdatedAfterMonths')) checkMonths('outdatedAfterMonths', input.outdatedAfterMonths, problems);
  if (has('studyOutdatedAfterMonths')) checkMonths('studyOutdatedAfterMonths', input.studyOutdatedAfterMonths, problems);
  if (has('contentTypes')) {
    const types = input.contentTypes;
    if (!Array.isArray(types) || !types.every(isContentTypeUid)) {
      problems.push({ key: 'contentTypes', message: 'must be a list of content-type UIDs such as "api::article.article"' });
    }
  }
  if (has('statBlock')) {
    const types = input.statBlock as unknown as Record<string, unknown> | undefined;
    const component = /^[\w-]+\.[\w-]+$/;
    if (
      !types ||
      typeof types !== 'object' ||
      typeof types.component !== 'string' ||
      !component.test(types.component) ||
      !isContentTypeUid(types.statistic) ||
      !isContentTypeUid(types.study)
    ) {
      problems.push({
        key: 'statBlock',
        message:
          'must name the stat-block component and the statistic and study types, e.g. { component: "blocks.study-stat", statistic: "api::statistic.statistic", study: "api::study.study" }',
      });
    }
  }
  if (has('timeZone') && !isValidTimeZone(input.timeZone)) {
    problems.push({
      key: 'timeZone',
      message: `must be an IANA time zone such as "Europe/Berlin" (got ${JSON.stringify(input.timeZone)})`,
    });
  }
  if (has('maxAge')) {
    const v = input.maxAge;
    const { min, max } = MAX_AGE_SECONDS_RANGE;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      problems.push({ key: 'maxAge', message: `must be a whole number of seconds from ${min} to ${max} (got ${JSON.stringify(v)})` });
    }
  }
  if (has('settingsCacheMs')) {
    const v = input.settingsCacheMs;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 600_000) {
      problems.push({
        key: 'settingsCacheMs',
        message: `must be a whole number of milliseconds from 0 to 600000 (got ${JSON.stringify(v)})`,
      });
    }
  }
  if (has('reuseEnrichment') && typeof input.reuseEnrichment !== 'boolean') {
    problems.push({ key: 'reuseEnrichment', message: `must be true or false (got ${JSON.stringify(input.reuseEnrichment)})` });
  }
  if (
    has('previewSecret') &&
    (typeof input.previewSecret !== 'string' || (input.previewSecret !== '' && input.previewSecret.length < 16))
  ) {
    problems.push({ key: 'previewSecret', message: 'must be empty (derived from APP_KEYS) or at least 16 characters' });
  }
  if (has('previewTtlSeconds')) {
    const v = input.previewTtlSeconds;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_PREVIEW_TTL_SECONDS) {
      problems.push({
        key: 'previewTtlSeconds',
        message: `must be a whole number of seconds from 1 to ${MAX_PREVIEW_TTL_SECONDS} (got ${JSON.stringify(v)})`,
      });
    }
  }
  if (has('previewPath') && !isReaderPathTemplate(input.previewPath)) {
    problems.push({ key: 'previewPath', message: 'must be a path containing {slug}, e.g. "{localePrefix}/artikel/{slug}"' });
  }
  if (has('shareImagePath') && !isReaderPathTemplate(input.shareImagePath)) {
    problems.push({ key: 'shareImagePath', message: 'must be a path containing {slug}, e.g. "{localePrefix}/artikel/{slug}/share.png"' });
  }
  if (has('digest')) problems.push(...digestConfigProblems(input.digest));
  if (has('jobs')) {
    const jobs = input.jobs as Partial<Record<string, unknown>> | undefined;
    if (!jobs || typeof jobs !== 'object') problems.push({ key: 'jobs', message: 'must be an object { freshnessEventsCron, runOnce }' });
    else {
      const cronProblem = cronRuleProblem(jobs.freshnessEventsCron);
      if (cronProblem) problems.push({ key: 'jobs.freshnessEventsCron', message: cronProblem });
      if (jobs.runOnce !== null && typeof jobs.runOnce !== 'function')
        problems.push({ key: 'jobs.runOnce', message: "must be the app's lease function or null" });
    }
  }
  if (has('bannerTemplates')) {
    const templates = input.bannerTemplates as Record<string, unknown> | undefined;
    if (!templates || typeof templates !== 'object' || Array.isArray(templates)) {
      problems.push({ key: 'bannerTemplates', message: 'must be an object of locales, e.g. { de: { one, other, archived } }' });
    } else {
      for (const [locale, forms] of Object.entries(templates)) {
        if (!isLocaleCode(locale)) {
          problems.push({ key: `bannerTemplates.${locale}`, message: 'locale must look like "de" or "en"' });
          continue;
        }
        if (!forms || typeof forms !== 'object') {
          problems.push({ key: `bannerTemplates.${locale}`, message: 'must be an object with one, other and archived' });
          continue;
        }
        for (const form of ['one', 'other', 'archived'] as const) {
          const error = validateBannerTemplate((forms as Record<string, unknown>)[form]);
          if (error) problems.push({ key: `bannerTemplates.${locale}.${form}`, message: error });
        }
      }
    }
  }
  return problems;
}
