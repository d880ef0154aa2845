/**
 * Input of the freshness routes (the admin's side panel, overview and "mark as reviewed",
 * and the public outdated list), checked with yup through Strapi's `validateYupSchema`, as
 * Strapi's i18n and content-releases plugins do; the controllers are validate → service →
 * body. A bad value is a 400 whose message names the parameter; nothing is written.
 */
import { validateYupSchema, yup } from '@strapi/utils';
import { DOCUMENT_ID } from '../domain/document-id';
import { REVIEW_NOTE_MAX } from '../constants';
import { LOCALE_CODE } from '../../../shared/locale';
import type { OverviewQuery } from './overview-rules';
import { OVERVIEW_FILTERS, OVERVIEW_OWNERS, OVERVIEW_PAGE_SIZE, OVERVIEW_SORTS } from '../../../shared/overview-options';
import type { OverviewFilter, OverviewSort } from '../../../shared/contracts';

/** Documents one "mark as reviewed" may name. */
export const MAX_BULK = 500;
const MAX_PAGE = 100_000;
const MAX_SEARCH = 200;

const LOCALE_MESSAGE = 'locale must look like "de" or "en"';
const locale = (message = LOCALE_MESSAGE) => yup.string().matches(LOCALE_CODE, { message, excludeEmptyString: true });
// Query parameters arrive as text; strict mode keeps yup from guessing, so numbers are checked as digits.
const wholeNumber = (name: string, max: number) => {
  const message = `${name} must be a whole number from 1 to ${max}`;
  return yup
    .string()
    .matches(/^\d{1,9}$/, message)
    .test('range', message, (value) => value === undefined || (Number(value) >= 1 && Number(value) <= max));
};
const contentType = (contentTypes: readonly string[]) =>
  yup.string().oneOf([...contentTypes], `contentType must be one of ${contentTypes.join(', ')}`);
const validate = <T>(schema: yup.AnySchema, input: unknown): Promise<T> =>
  validateYupSchema(schema, { strict: true, abortEarly: true })(input ?? {}) as Promise<T>;

export interface ContentTypeChoice {
  /** The content types the plugin works on (settings); the first is the default. */
  contentTypes: readonly string[];
  /** Used when no locale is given. */
  defaultLocale: string;
}

/** `GET /editorial/document?contentType&documentId&locale`. */
export async function validateDocumentQuery(query: Record<string, unknown>, choice: ContentTypeChoice) {
  const input = await validate<{ contentType?: string; documentId: string; locale?: string }>(
    yup.object({
      contentType: contentType(choice.contentTypes),
      documentId: yup.string().required('documentId is required').matches(DOCUMENT_ID, 'documentId must be a document id'),
      locale: locale(),
    }),
    query,
  );
  return { uid: input.contentType ?? choice.contentTypes[0], documentId: input.documentId, locale: input.locale || choice.defaultLocale };
}

type OverviewInput = Partial<Record<'contentType' | 'locale' | 'filter' | 'sort' | 'order' | 'q' | 'page' | 'pageSize' | 'owner', string>>;

const overviewSchema = (contentTypes: readonly string[]) =>
  yup.object({
    contentType: contentType(contentTypes),
    locale: locale(),
    filter: yup.string().oneOf([...OVERVIEW_FILTERS], `filter must be one of ${OVERVIEW_FILTERS.join(', ')}`),
    sort: yup.string().oneOf([...OVERVIEW_SORTS], `sort must be one of ${OVERVIEW_SORTS.join(', ')}`),
    order: yup.string().oneOf(['asc', 'desc'], 'order must be asc or desc'),
    q: yup.string(),
    page: wholeNumber('page', MAX_PAGE),
    pageSize: wholeNumber('pageSize', OVERVIEW_PAGE_SIZE.max),
    owner: yup.string().oneOf([...OVERVIEW_OWNERS], `owner must be one of ${OVERVIEW_OWNERS.join(', ')}`),
  });

function toOverviewQuery(input: OverviewInput, choice: ContentTypeChoice, userId: number | null = null): OverviewQuery {
  return {
    ownerId: input.owner === 'me' ? userId : null,
    uid: input.contentType ?? choice.contentTypes[0],
    locale: input.locale || choice.defaultLocale,
    filter: (input.filter as OverviewFilter | undefined) ?? 'all',
    sort: (input.sort as OverviewSort | undefined) ?? 'outdatedAt',
    order: (input.order as 'asc' | 'desc' | undefined) ?? 'asc',
    q: (input.q ?? '').trim().slice(0, MAX_SEARCH),
    page: input.page ? Number(input.page) : 1,
    pageSize: input.pageSize ? Number(input.pageSize) : OVERVIEW_PAGE_SIZE.default,
  };
}

/**
 * `GET /editorial/overview`: filter, search, sort, paging and owner, each with its default;
 * `owner=me` keeps the entries `userId` (the signed-in admin user) owns.
 */
export async function validateOverviewQuery(
  query: Record<string, unknown>,
  choice: ContentTypeChoice,
  userId: number | null = null,
): Promise<OverviewQuery> {
  return toOverviewQuery(await validate<OverviewInput>(overviewSchema(choice.contentTypes), query), choice, userId);
}

/**
 * `GET /api/editorial/outdated`: a locale and the page (Strapi's `pagination[page]` or a
 * plain `page`); the list is everything with a banner, longest outdated first.
 */
export async function validateOutdatedQuery(query: Record<string, unknown>, choice: ContentTypeChoice): Promise<OverviewQuery> {
  const pagination = (query.pagination ?? {}) as Record<string, unknown>;
  const input = await validate<OverviewInput>(overviewSchema(choice.contentTypes), {
    locale: query.locale,
    page: pagination.page ?? query.page,
    pageSize: pagination.pageSize ?? query.pageSize,
  });
  return toOverviewQuery(input, choice);
}

/**
 * `POST /editorial/mark-reviewed` with `{ contentType?, documentIds, locale?, note? }` (locale
 * null: every locale; the note is optional, trimmed, at most REVIEW_NOTE_MAX characters).
 */
export async function validateMarkReviewedBody(body: Record<string, unknown>, choice: ContentTypeChoice) {
  const listMessage = `documentIds must be a list of 1 to ${MAX_BULK} document ids`;
  const noteMessage = `note must be text of at most ${REVIEW_NOTE_MAX} characters`;
  const input = await validate<{ contentType?: string; documentIds: string[]; locale?: string | null; note?: string | null }>(
    yup.object({
      contentType: contentType(choice.contentTypes),
      documentIds: yup
        .array()
        .of(yup.string().typeError(listMessage).required(listMessage).matches(DOCUMENT_ID, listMessage))
        .required(listMessage)
        .min(1, listMessage)
        .max(MAX_BULK, listMessage),
      locale: yup.string().nullable().matches(LOCALE_CODE, 'locale must look like "de" or "en" (or null for every locale)'),
      note: yup
        .string()
        .typeError(noteMessage)
        .nullable()
        .test('length', noteMessage, (value) => value === null || value === undefined || value.trim().length <= REVIEW_NOTE_MAX),
    }),
    body,
  );
  const note = input.note?.trim() || null;
  return {
    note,
    uid: input.contentType ?? choice.contentTypes[0],
    documentIds: input.documentIds,
    locale: input.locale === undefined ? choice.defaultLocale : input.locale,
  };
}
