/**
 * Keeps every article row's private `searchText` (src/search/search-text.ts) in step with
 * its text. A Document Service middleware recomputes it after each write that can change a
 * row's text (create, update, publish, discard draft, clone) from the rows as stored, so the
 * published row always holds the published text and a pending draft change stays in the
 * draft row, where readers' searches never look. Writes go through `strapi.db.query`, which
 * runs no document middleware and leaves `updatedAt` alone.
 */
import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../domain/blog';
import { articleSearchText, SEARCH_TEXT_VERSION } from './search-text';

const TEXT_CHANGING_ACTIONS = new Set(['create', 'update', 'publish', 'discardDraft', 'clone']);
const VERSION_KEY = 'search-text-version';

/** Recomputes the search text of every row (draft and published, every locale) of one article. */
export async function refreshSearchText(strapi: Core.Strapi, documentId: string): Promise<number> {
  const rows = await strapi.db.query(ARTICLE as any).findMany({
    where: { documentId },
    select: ['id', 'title', 'excerpt', 'searchText'],
    populate: { blocks: true },
  });
  let changed = 0;
  for (const row of rows as any[]) {
    const searchText = articleSearchText(row);
    if (row.searchText === searchText) continue;
    await strapi.db.query(ARTICLE as any).update({ where: { id: row.id }, data: { searchText } });
    changed += 1;
  }
  return changed;
}

export function createSearchTextMiddleware(strapi: Core.Strapi) {
  return async (ctx: { uid: string; action: string; params: Record<string, any> }, next: () => Promise<unknown>) => {
    if (ctx.uid !== ARTICLE || !TEXT_CHANGING_ACTIONS.has(ctx.action)) return next();
    // One transaction for the write and its search text (the Document Service's own joins
    // it): a failure in between (the database going away) undoes both, so a write answered
    // with an error has left nothing behind.
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? ctx.params?.documentId;
      if (typeof documentId === 'string') await refreshSearchText(strapi, documentId);
      return result;
    });
  };
}

/**
 * On start: fills rows that have no search text yet (articles stored before the field
 * existed, or written around the Document Service), and every row once after the
 * normalization rule changed (`SEARCH_TEXT_VERSION`). A bootstrap step rather than a file
 * in database/migrations: Strapi runs those before its schema sync, when the column does
 * not exist yet, and the text comes from the dynamic zone's component tables, which the
 * query layer reads on every database alike.
 */
export async function backfillSearchText(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'blog' });
  const current = (await store.get({ key: VERSION_KEY })) === SEARCH_TEXT_VERSION;
  const rows = await strapi.db
    .query(ARTICLE as any)
    .findMany({ where: current ? { searchText: { $null: true } } : {}, select: ['documentId'] });
  const documentIds = [...new Set((rows as Array<{ documentId: string }>).map((row) => row.documentId))];
  let changed = 0;
  for (const documentId of documentIds) changed += await refreshSearchText(strapi, documentId);
  if (!current) await store.set({ key: VERSION_KEY, value: SEARCH_TEXT_VERSION });
  if (changed > 0) strapi.log.info(`[blog] search text computed for ${changed} article row(s) of ${documentIds.length} article(s)`);
}
