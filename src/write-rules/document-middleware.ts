/**
 * One place for the blog's write rules, whatever the path of the write: REST, the admin's
 * content manager, or code using the Document Service. The pure rules live in
 * `src/domain`; this glue loads what they need, applies derived values (slug, ISBN-13,
 * original publication date) and turns violations into a 400 ValidationError.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  validateArticle,
  validateBookTip,
  validateCategory,
  validateStatistic,
  validateStudy,
  type Draft,
  type RuleViolation,
} from '../domain/content-rules';
import { isValidSlug, slugify, uniqueSlug } from '../domain/slug';
import { ARTICLE, AUTHOR, BOOK_TIP, CATEGORY, STATISTIC, STUDY, TAG } from '../domain/blog';
import { clearsRelation, namesTarget } from './relation-input';
import { currentDefaultLocale } from '../plugins/editorial/server/public';

/** Content types with a slug, and the field it is made from. */
const SLUG_SOURCES: Record<string, string> = {
  [ARTICLE]: 'title',
  [STUDY]: 'title',
  [CATEGORY]: 'name',
  [TAG]: 'name',
  [AUTHOR]: 'name',
};

const RULED_TYPES = new Set([ARTICLE, STUDY, STATISTIC, BOOK_TIP, CATEGORY, TAG, AUTHOR]);

interface DocumentContext {
  uid: string;
  action: string;
  params: Record<string, any>;
  contentType: { uid: string; options?: { draftAndPublish?: boolean }; pluginOptions?: any };
}

const isLocalized = (ct: DocumentContext['contentType']) => Boolean(ct.pluginOptions?.i18n?.localized);
const hasDraftAndPublish = (ct: DocumentContext['contentType']) => Boolean(ct.options?.draftAndPublish);

/** Today's calendar date in the blog's time zone, so "not in the future" matches what editors see. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Throws the 400 `ValidationError` of the write rules: a German message, every violation in `details.errors`. */
export function fail(violations: RuleViolation[]): never {
  const message =
    violations.length === 1 ? violations[0].message : `${violations.length} Fehler: ${violations.map((v) => v.message).join(' ')}`;
  throw new errors.ValidationError(message, {
    errors: violations.map((v) => ({ path: v.path, message: v.message, name: 'ValidationError', value: v.rule })),
  });
}

/** The stored version the change applies to: the draft for draft & publish types. */
async function loadExisting(strapi: Core.Strapi, ctx: DocumentContext, locale: string | undefined): Promise<Draft | null> {
  const documentId = ctx.params.documentId;
  if (!documentId) return null;
  const where: Record<string, unknown> = { documentId };
  if (locale) where.locale = locale;
  if (hasDraftAndPublish(ctx.contentType)) where.publishedAt = null;
  return strapi.db.query(ctx.uid as any).findOne({ where });
}

async function slugTaken(strapi: Core.Strapi, uid: string, slug: string, locale: string | undefined, documentId?: string) {
  const where: Record<string, unknown> = { slug };
  if (locale) where.locale = locale;
  if (documentId) where.documentId = { $ne: documentId };
  return (await strapi.db.query(uid as UID.Schema).count({ where })) > 0;
}

async function applySlug(
  strapi: Core.Strapi,
  ctx: DocumentContext,
  data: Draft,
  merged: Draft,
  locale: string | undefined,
  violations: RuleViolation[],
) {
  const sourceField = SLUG_SOURCES[ctx.uid];
  if (!sourceField) return;
  const documentId: string | undefined = ctx.params.documentId;
  const given = typeof data.slug === 'string' ? data.slug.trim() : data.slug;
  // `false`, `0`, objects …: never a slug, and never a request to generate one.
  if (given !== undefined && given !== null && typeof given !== 'string') {
    violations.push({
      path: ['slug'],
      rule: 'slug.format',
      message: 'slug (URL-Kürzel) darf nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche enthalten.',
    });
    return;
  }
  if (given) {
    if (typeof given !== 'string' || !isValidSlug(given)) {
      violations.push({
        path: ['slug'],
        rule: 'slug.format',
        message: 'slug (URL-Kürzel) darf nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche enthalten.',
      });
      return;
    }
    if (await slugTaken(strapi, ctx.uid, given, locale, documentId)) {
      violations.push({
        path: ['slug'],
        rule: 'slug.unique',
        message: `slug (URL-Kürzel) „${given}“ ist in dieser Sprache bereits vergeben.`,
      });
    }
    return;
  }
  // Generate only when there is none yet: a published URL must not change with a typo fix.
  if (merged.slug && given === undefined) return;
  const source = merged[sourceField];
  if (typeof source !== 'string' || !source.trim()) return;
  data.slug = await uniqueSlug(slugify(source), (candidate) => slugTaken(strapi, ctx.uid, candidate, locale, documentId));
}

export function createWriteRulesMiddleware(strapi: Core.Strapi, options: { timeZone: string }) {
  return async (ctx: DocumentContext, next: () => Promise<unknown>) => {
    if (!RULED_TYPES.has(ctx.uid)) return next();

    if (ctx.action === 'create' || ctx.action === 'update') {
      const params = ctx.params;
      const data: Draft = { ...(params.data ?? {}) };
      const locale = isLocalized(ctx.contentType) ? (params.locale ?? (await currentDefaultLocale(strapi))) : undefined;
      const existing = ctx.action === 'update' ? await loadExisting(strapi, ctx, locale) : null;
      const merged: Draft = { ...(existing ?? {}), ...data };
      const violations: RuleViolation[] = [];
      const isNewVersion = !existing;

      switch (ctx.uid) {
        case STATISTIC: {
          violations.push(...validateStatistic(merged));
          const studyMissing = isNewVersion ? !namesTarget(data.study) : clearsRelation(data.study);
          if (studyMissing) {
            violations.push({
              path: ['study'],
              rule: 'study.required',
              message: 'study (Studie) ist ein Pflichtfeld: Jede Statistik stammt aus einer Studie.',
            });
          }
          break;
        }
        case STUDY:
          violations.push(...validateStudy(merged, todayIn(options.timeZone)));
          break;
        case BOOK_TIP: {
          const { errors: bookErrors, isbn } = validateBookTip(merged);
          violations.push(...bookErrors);
          if (isbn !== undefined && 'isbn' in data) data.isbn = isbn;
          break;
        }
        case ARTICLE:
          violations.push(...validateArticle(merged, data, new Date()));
          if (params.status === 'published' && !merged.originallyPublishedAt) {
            // Strapi rewrites publishedAt on every publish; the reader's date is set once.
            data.originallyPublishedAt = new Date().toISOString();
          }
          break;
        case CATEGORY:
          violations.push(...validateCategory(merged));
          break;
        default:
          break;
      }
      await applySlug(strapi, ctx, data, merged, locale, violations);
      if (violations.length > 0) fail(violations);
      ctx.params = { ...params, data };
      return next();
    }

    if (ctx.action === 'publish' && ctx.uid === ARTICLE) {
      await stampOriginalPublication(strapi, ctx);
    }
    return next();
  };
}

/** Before the first publication of a locale, the draft gets the date readers will see. */
async function stampOriginalPublication(strapi: Core.Strapi, ctx: DocumentContext) {
  const { documentId, locale } = ctx.params;
  if (!documentId) return;
  const where: Record<string, unknown> = { documentId, publishedAt: null, originallyPublishedAt: null };
  if (locale && locale !== '*') where.locale = Array.isArray(locale) ? { $in: locale } : locale;
  else if (!locale) where.locale = await currentDefaultLocale(strapi);
  await strapi.db.query(ARTICLE).updateMany({ where, data: { originallyPublishedAt: new Date() } });
}
