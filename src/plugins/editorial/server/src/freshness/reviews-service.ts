/**
 * Who marked a document as reviewed, when, and with which note. "Mark as reviewed" moves
 * `lastReviewedAt` on the entry (freshness.markReviewed); this keeps the history beside it,
 * in a plain table of the plugin's (see database/ensure-table.ts for why not a content type).
 */
import type { Core } from '@strapi/strapi';
import type { ReviewRecord } from '../../../shared/contracts';
import { ensureTable } from '../database/ensure-table';
import { REVIEWS_SHOWN } from '../constants';

export const REVIEWS_TABLE = 'editorial_reviews';

export interface Reviewer {
  id: number;
  name: string;
}

const createReviewsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  return {
    async ensure(): Promise<void> {
      await ensureTable(knex(), REVIEWS_TABLE, (table) => {
        table.increments('id');
        table.string('content_type', 200).notNullable();
        table.string('document_id', 64).notNullable();
        // '' for types without locales: part of the index, so never null.
        table.string('locale', 20).notNullable();
        table.bigInteger('reviewed_at').notNullable();
        table.integer('reviewer_id').nullable();
        table.string('reviewer_name', 200).nullable();
        table.string('note', 500).nullable();
        table.index(['content_type', 'document_id', 'locale'], 'editorial_reviews_document');
      });
    },

    /** One row per document and locale (locale null: every locale the documents have). */
    async record(
      uid: string,
      documents: Array<{ documentId: string; locale: string | null }>,
      reviewedAt: Date,
      reviewer: Reviewer | null,
      note: string | null,
    ): Promise<void> {
      if (documents.length === 0) return;
      await knex().batchInsert(
        REVIEWS_TABLE,
        documents.map(({ documentId, locale }) => ({
          content_type: uid,
          document_id: documentId,
          locale: locale ?? '',
          reviewed_at: reviewedAt.getTime(),
          reviewer_id: reviewer?.id ?? null,
          // Kept by name too: the list still says who it was after the user is deleted.
          reviewer_name: reviewer?.name ?? null,
          note,
        })),
        100,
      );
    },

    /** The latest reviews of one document in one locale, newest first. */
    async latest(uid: string, documentId: string, locale: string | null, limit = REVIEWS_SHOWN): Promise<ReviewRecord[]> {
      const rows: Array<Record<string, any>> = await knex()(REVIEWS_TABLE)
        .where({ content_type: uid, document_id: documentId, locale: locale ?? '' })
        .orderBy([
          { column: 'reviewed_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(limit);
      return rows.map((row) => ({
        reviewedAt: new Date(Number(row.reviewed_at)).toISOString(),
        reviewer:
          row.reviewer_id === null && !row.reviewer_name
            ? null
            : { id: row.reviewer_id === null ? 0 : Number(row.reviewer_id), name: row.reviewer_name ?? '?' },
        note: row.note ?? null,
      }));
    },
  };
};

export type ReviewsService = ReturnType<typeof createReviewsService>;
export default createReviewsService;

declare module '../get-service' {
  interface EditorialServices {
    reviews: ReviewsService;
  }
}
