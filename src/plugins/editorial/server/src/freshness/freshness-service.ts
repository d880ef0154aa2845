/**
 * Freshness of articles: loads the fields the rules need in one query per request (plus
 * one for the categories' thresholds), whatever the page size, and applies the pure
 * rules of `domain/freshness`.
 */
import type { Core, UID } from '@strapi/strapi';
import { computeFreshness, resolveThresholdMonths, type FreshnessResult } from './rules';
import type { EditorialConfig } from '../config/types';
import { dbDateTime, dbNumber } from '../domain/db-values';
import { modelNames } from '../database/table-names';

import type { Status } from '../constants';
import { firstOfEach, readInChunks } from '../database/chunked-reads';
import { ownerName, type EntryOwner } from './owner';
import { isLocalizedType } from '../i18n/default-locale';

export interface FreshnessRow {
  id: number;
  documentId: string;
  locale: string | null;
  title?: string | null;
  slug?: string | null;
  freshness?: 'auto' | 'evergreen' | 'archived' | null;
  originallyPublishedAt?: string | null;
  lastReviewedAt?: string | null;
  publishedAt?: string | null;
  outdatedAfterMonths?: number | null;
  category?: { outdatedAfterMonths?: number | null; name?: string | null } | null;
  /** The admin user responsible for the entry ("Verantwortlich"), where the type has an owner. */
  owner?: EntryOwner | null;
}

const FRESHNESS_FIELDS = [
  'id',
  'documentId',
  'locale',
  'title',
  'slug',
  'freshness',
  'originallyPublishedAt',
  'lastReviewedAt',
  'publishedAt',
  'outdatedAfterMonths',
];

export const rowKey = (documentId: string, locale: string | null | undefined) => `${documentId}|${locale ?? ''}`;

const createFreshnessService = ({ strapi }: { strapi: Core.Strapi }) => {
  const attributesOf = (uid: string) => (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as Record<string, any>;

  function selectFor(uid: string) {
    const attributes = attributesOf(uid);
    const select = FRESHNESS_FIELDS.filter((f) => f === 'id' || f === 'documentId' || f === 'publishedAt' || f in attributes);
    return {
      select,
      localized: 'locale' in attributes || isLocalizedType(strapi, uid),
    };
  }

  /** The freshness fields (and the category's threshold) of the rows `narrow` selects, in one query. */
  async function readRows(
    uid: string,
    status: Status,
    narrow: (query: any, column: (attribute: string) => string) => void,
    withOwner = false,
  ): Promise<FreshnessRow[]> {
    const names = modelNames(strapi, uid);
    if (!names) return [];
    const { select } = selectFor(uid);
    const column = (attribute: string) => `t.${names.column(attribute) ?? attribute}`;
    const columns: Record<string, string> = {};
    for (const field of select) columns[field] = column(field);
    const relation = attributesOf(uid).category;
    const category = relation?.type === 'relation' ? names.join('category') : null;
    const categoryNames = category ? modelNames(strapi, relation.target) : null;
    let query = strapi.db.connection({ t: names.table });
    query = status === 'published' ? query.whereNotNull(column('publishedAt')) : query.whereNull(column('publishedAt'));
    narrow(query, column);
    if (category && categoryNames) {
      columns.categoryId = 'c.id';
      columns.categoryName = `c.${categoryNames.column('name') ?? 'name'}`;
      columns.categoryMonths = `c.${categoryNames.column('outdatedAfterMonths') ?? 'outdated_after_months'}`;
      query = query
        .leftJoin({ cl: category.table }, `cl.${category.ownerColumn}`, 't.id')
        .leftJoin({ c: categoryNames.table }, 'c.id', `cl.${category.targetColumn}`);
    }
    const ownerRelation = attributesOf(uid).owner;
    // Only editors' views need the owner: readers' enrichment (every API read) skips the two joins.
    const owner = withOwner && ownerRelation?.type === 'relation' && ownerRelation.target === 'admin::user' ? names.join('owner') : null;
    const users = owner ? modelNames(strapi, 'admin::user') : null;
    if (owner && users) {
      const userColumn = (attribute: string) => `u.${users.column(attribute) ?? attribute}`;
      columns.ownerId = 'u.id';
      for (const field of ['firstname', 'lastname', 'username', 'email', 'preferedLanguage']) columns[`owner_${field}`] = userColumn(field);
      query = query
        .leftJoin({ ol: owner.table }, `ol.${owner.ownerColumn}`, 't.id')
        .leftJoin({ u: users.table }, 'u.id', `ol.${owner.targetColumn}`);
    }
    const rows: Array<Record<string, any>> = await query.select(columns).orderBy('t.id');
    const result: FreshnessRow[] = [];
    for (const raw of firstOfEach(rows, (r) => Number(r.id))) {
      const row: FreshnessRow = {
        id: Number(raw.id),
        documentId: raw.documentId,
        locale: raw.locale ?? null,
        title: raw.title,
        slug: raw.slug,
        freshness: raw.freshness,
        originallyPublishedAt: dbDateTime(raw.originallyPublishedAt),
        lastReviewedAt: dbDateTime(raw.lastReviewedAt),
        publishedAt: dbDateTime(raw.publishedAt),
        outdatedAfterMonths: dbNumber(raw.outdatedAfterMonths),
      };
      if (category)
        row.category =
          raw.categoryId === null || raw.categoryId === undefined
            ? null
            : { name: raw.categoryName ?? null, outdatedAfterMonths: dbNumber(raw.categoryMonths) };
      if (owner)
        row.owner =
          raw.ownerId === null || raw.ownerId === undefined
            ? null
            : {
                id: Number(raw.ownerId),
                name: ownerName({
                  firstname: raw.owner_firstname,
                  lastname: raw.owner_lastname,
                  username: raw.owner_username,
                  email: raw.owner_email,
                }),
                email: raw.owner_email ?? null,
                language: raw.owner_preferedLanguage ?? null,
              };
      result.push(row);
    }
    return result;
  }

  const service = {
    /**
     * The stored version readers see (or the draft, for draft reads), keyed by documentId|locale.
     * Plain SQL: it runs on every public read (see stat-blocks.ts for why).
     */
    async load(
      uid: string,
      refs: { documentId: string; locale: string }[],
      status: Status,
      options: { withOwner?: boolean } = {},
    ): Promise<Map<string, FreshnessRow>> {
      const result = new Map<string, FreshnessRow>();
      if (refs.length === 0) return result;
      const { localized } = selectFor(uid);
      const locales = [...new Set(refs.map((r) => r.locale))];
      await readInChunks(
        refs.map((r) => r.documentId),
        async (documentIds) => {
          const rows = await readRows(
            uid,
            status,
            (query, column) => {
              query.whereIn(column('documentId'), documentIds);
              if (localized) query.whereIn(column('locale'), locales);
            },
            options.withOwner,
          );
          for (const row of rows) {
            const key = rowKey(row.documentId, localized ? row.locale : null);
            if (!result.has(key)) result.set(key, row);
          }
        },
      );
      return result;
    },

    /**
     * Every version of a type in one locale and status: for the outdated list, and with the
     * owner for the overview and the notifications.
     */
    async loadAll(
      uid: string,
      locale: string,
      status: Status = 'published',
      options: { withOwner?: boolean } = {},
    ): Promise<FreshnessRow[]> {
      const { localized } = selectFor(uid);
      return readRows(
        uid,
        status,
        (query, column) => {
          if (localized) query.where(column('locale'), locale);
        },
        options.withOwner,
      );
    },

    thresholdFor(row: FreshnessRow, settings: EditorialConfig): number {
      return resolveThresholdMonths({
        article: row.outdatedAfterMonths ?? null,
        category: row.category?.outdatedAfterMonths ?? null,
        global: settings.outdatedAfterMonths,
      });
    },

    compute(row: FreshnessRow, settings: EditorialConfig, now: Date): FreshnessResult {
      return computeFreshness(
        {
          freshness: row.freshness ?? 'auto',
          originallyPublishedAt: row.originallyPublishedAt ?? null,
          // Strapi keeps no first-publication date; the published version's date is the best we have.
          firstPublishedAt: row.publishedAt ?? null,
          lastReviewedAt: row.lastReviewedAt ?? null,
          thresholdMonths: service.thresholdFor(row, settings),
        },
        now,
      );
    },

    /**
     * Sets lastReviewedAt on what readers see and on the draft (so the next publish keeps
     * it), without publishing any other draft change. Returns how many published versions
     * moved, and which documents and locales were marked (for the review history).
     */
    async markReviewed(
      uid: string,
      documentIds: string[],
      locale: string | null,
      now = new Date(),
    ): Promise<{ published: number; marked: Array<{ documentId: string; locale: string | null }> }> {
      if (documentIds.length === 0) return { published: 0, marked: [] };
      const { localized } = selectFor(uid);
      const where: Record<string, unknown> = { documentId: { $in: documentIds } };
      if (locale && localized) where.locale = locale;
      const query = strapi.db.query(uid as UID.Schema);
      const [published, rows] = await Promise.all([
        query.count({ where: { ...where, publishedAt: { $notNull: true } } }),
        query.findMany({ where, select: localized ? ['documentId', 'locale'] : ['documentId'] }) as Promise<
          Array<{ documentId: string; locale?: string | null }>
        >,
      ]);
      await query.updateMany({ where, data: { lastReviewedAt: now } });
      const marked = new Map<string, { documentId: string; locale: string | null }>();
      for (const row of rows) marked.set(rowKey(row.documentId, row.locale), { documentId: row.documentId, locale: row.locale ?? null });
      return { published, marked: [...marked.values()] };
    },
  };
  return service;
};

export type FreshnessService = ReturnType<typeof createFreshnessService>;
export default createFreshnessService;

declare module '../get-service' {
  interface EditorialServices {
    freshness: FreshnessService;
  }
}
