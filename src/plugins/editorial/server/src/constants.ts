/** Names the server code shares (the admin has its own `admin/src/pluginId.ts`). */

export const PLUGIN_ID = 'editorial';

/** Which version of a document a read is about (Strapi's draft & publish). */
export type Status = 'published' | 'draft';

/** How many of a document's latest reviews the side panel lists. */
export const REVIEWS_SHOWN = 5;

/** Longest note an editor may add to "mark as reviewed" ("Zahlen geprüft, Studie 2026 verlinkt"). */
export const REVIEW_NOTE_MAX = 280;
