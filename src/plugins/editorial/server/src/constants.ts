/** Names the server code shares (the admin has its own `admin/src/pluginId.ts`). */

export const PLUGIN_ID = 'editorial';

/** Which version of a document a read is about (Strapi's draft & publish). */
export type Status = 'published' | 'draft';
