/**
 * The content version: one counter in the database that every content write raises, in
 * the write's own transaction (a database lifecycle subscriber, so writes through the
 * Document Service, the query engine and the admin alike count). Revalidation tags carry
 * it (domain/revalidation.ts); every instance on the database sees the same counter, and
 * each start raises it once, so a deploy or a change made with plain SQL followed by a
 * restart never leaves an old tag valid.
 */
import type { Core } from '@strapi/strapi';
import { ensureTable } from '../database/ensure-table';

export const CONTENT_VERSION_TABLE = 'editorial_content_version';

const READ_VERSION_SQL = `select version from ${CONTENT_VERSION_TABLE} where id = 1`;

const WRITE_ACTIONS = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

/**
 * Core-store rows no answer depends on: the upload plugin's weekly metrics schedule, which
 * it writes 15 s after a first start and then weekly (every kept answer went old with it).
 */
const NOT_CONTENT_STORE_KEYS = new Set(['plugin_upload_metrics']);

/**
 * Writes that never change what the Content API answers: admin users, sessions, tokens'
 * last use, content history, and the core-store rows above (`row` is the written row).
 */
export function changesContent(uid: string, row?: unknown): boolean {
  if (uid.startsWith('admin::') || uid === 'strapi::history-version') return false;
  const key = (row as { key?: unknown } | null | undefined)?.key;
  return !(uid === 'strapi::core-store' && typeof key === 'string' && NOT_CONTENT_STORE_KEYS.has(key));
}

const createContentVersionService = ({ strapi }: { strapi: Core.Strapi }) => {
  let subscribed = false;
  /** The read the requests of this turn of the event loop wait for (see current()). */
  let nextRead: Promise<number> | null = null;

  /** One fixed statement: knex's query builder cost more than SQLite's answer. */
  const readVersion = async (): Promise<number> => {
    const result = await strapi.db.connection.raw(READ_VERSION_SQL);
    // Rows as each driver gives them: better-sqlite3 an array, pg `{ rows }`, mysql2 `[rows, fields]`.
    const rows = Array.isArray(result) ? (Array.isArray(result[0]) ? result[0] : result) : result?.rows;
    return Number(rows?.[0]?.version ?? 0);
  };

  const service = {
    /** Creates the counter if missing (several instances may start at once). */
    async ensure(): Promise<void> {
      const knex = strapi.db.connection;
      await ensureTable(knex, CONTENT_VERSION_TABLE, (table) => {
        table.integer('id').primary();
        table.bigInteger('version').notNullable();
      });
      const row = await knex(CONTENT_VERSION_TABLE).where({ id: 1 }).first();
      if (!row) {
        try {
          await knex(CONTENT_VERSION_TABLE).insert({ id: 1, version: 1 });
        } catch (error) {
          if (!(await knex(CONTENT_VERSION_TABLE).where({ id: 1 }).first())) throw error;
        }
      }
    },

    /**
     * Read on every API read (cache hits included). The requests that arrive in one turn of
     * the event loop share one read, started after all of them arrived (setImmediate runs
     * once the turn's input is handled), so each still sees every write answered before it
     * came: under load, 20–50 requests share a read instead of paying one each (it was a
     * third of a cache hit's CPU). A request arriving once the read has started waits for
     * the next one.
     */
    current(): Promise<number> {
      if (!nextRead) {
        nextRead = new Promise<number>((resolve, reject) => {
          setImmediate(() => {
            nextRead = null;
            readVersion().then(resolve, reject);
          });
        });
      }
      return nextRead;
    },

    /** Raises the counter, inside the caller's transaction when there is one. */
    async bump(): Promise<void> {
      if (!strapi.db.inTransaction()) {
        // One statement commits by itself; no transaction of our own to end on a failure.
        await strapi.db.connection(CONTENT_VERSION_TABLE).where({ id: 1 }).increment('version', 1);
        return;
      }
      // Joins the caller's transaction (a nested call neither commits nor rolls back).
      await strapi.db.transaction(async ({ trx }: { trx: any }) => {
        await trx(CONTENT_VERSION_TABLE).where({ id: 1 }).increment('version', 1);
      });
    },

    /**
     * The raise at startup: to at least the current time in ms, so a database restored from
     * a backup (its counter back where it was) never repeats a version that answers kept
     * elsewhere (a shared Redis cache, clients' ETags) were computed at.
     */
    async raiseOnStart(now = Date.now()): Promise<void> {
      const knex = strapi.db.connection;
      await knex(CONTENT_VERSION_TABLE)
        .where({ id: 1 })
        .update({ version: knex.raw('CASE WHEN version + 1 > ? THEN version + 1 ELSE ? END', [now, now]) });
    },

    /** Raises the counter on every content write from now on. */
    subscribe(): void {
      if (subscribed) return;
      subscribed = true;
      strapi.db.lifecycles.subscribe(async (event: any) => {
        if (!WRITE_ACTIONS.has(event.action)) return;
        const uid = event.model?.uid;
        if (typeof uid === 'string' && changesContent(uid, event.result)) await service.bump();
      });
    },
  };
  return service;
};

export type ContentVersionService = ReturnType<typeof createContentVersionService>;
export default createContentVersionService;

declare module '../get-service' {
  interface EditorialServices {
    'content-version': ContentVersionService;
  }
}
