/**
 * Readers see published rows only, also through the relations their filters and sorts pass.
 *
 * `status: 'published'` makes Strapi restrict the rows a query returns (a `where` on the root
 * table) and the rows it populates (its per-model `filters`), but not the rows a filter or sort
 * joins through: `/api/articles?filters[localizations][title][$startsWith]=G` joins every
 * version of every translation, drafts included, and so answers yes/no questions about draft
 * text (strapi/strapi#8331, open since v3; see docs/security.md). Rewriting each reader's
 * `filters` cannot fix it: `{ localizations: { $null: true } }` is "no joined row", and only
 * the join itself can say "no published joined row". So, during a reader's request, every
 * join the query builder makes to a draft-and-publish type carries `published_at IS NOT NULL`
 * in its ON clause, at every depth, `localizations` included; editors, API tokens and code
 * outside a request (seeding, cron) are untouched.
 *
 * This reaches into @strapi/database's join helpers, which are not public API; the exact
 * version is pinned, `install` fails loudly if the shape changed, and the differential test
 * (tests/security/relation-filters.test.ts) proves the effect on every database.
 */
import type { Core, UID } from '@strapi/strapi';
import { isReaderStrategy } from '../plugins/editorial/server/public';

interface JoinSpec {
  alias: string;
  referencedTable: string;
  referencedColumn: string;
  rootColumn: string;
  rootTable: string;
  method?: string;
  on?: Record<string, unknown>;
  orderBy?: Record<string, string>;
  /** Set here: the column that must not be null on the joined row. */
  publishedColumn?: string;
}

interface QueryBuilder {
  join(spec: JoinSpec): unknown;
}

interface JoinContext {
  db: Database;
  qb: QueryBuilder;
  uid: string;
}

interface Database {
  metadata: { get(uid: string): { tableName: string; attributes: Record<string, { columnName?: string }> } };
}

type CreateJoin = (ctx: JoinContext, options: { attribute?: { target?: string } } & Record<string, unknown>) => string;
type ApplyJoin = (qb: any, join: JoinSpec) => void;

interface JoinHelpers {
  createJoin: CreateJoin;
  applyJoin: ApplyJoin;
  applyJoins: (qb: any, joins: JoinSpec[]) => void;
}

/** Per database instance (several Strapi instances can live in one test process). */
const readerQueries = new WeakMap<object, (targetUid: string) => boolean>();
let installed = false;

function joinHelpers(): JoinHelpers {
  const helpers = require('@strapi/database/dist/query/helpers/join.js') as JoinHelpers;
  for (const name of ['createJoin', 'applyJoin', 'applyJoins'] as const) {
    if (typeof helpers[name] !== 'function') {
      throw new Error(
        `@strapi/database changed: query/helpers/join.js has no ${name}(); readers could filter through drafts. See docs/security.md.`,
      );
    }
  }
  return helpers;
}

/** A copy of Strapi's applyJoin with one more ON condition. */
function applyPublishedOnlyJoin(qb: any, join: JoinSpec): void {
  const { method = 'leftJoin', alias, referencedTable, referencedColumn, rootColumn, rootTable, on, orderBy, publishedColumn } = join;
  qb[method](`${referencedTable} as ${alias}`, (inner: any) => {
    inner.on(`${rootTable}.${rootColumn}`, `${alias}.${referencedColumn}`);
    for (const key of Object.keys(on ?? {})) inner.onVal(`${alias}.${key}`, on![key]);
    inner.onNotNull(`${alias}.${publishedColumn}`);
  });
  for (const column of Object.keys(orderBy ?? {})) qb.orderBy(`${alias}.${column}`, orderBy![column]);
}

function patchOnce(): void {
  if (installed) return;
  const helpers = joinHelpers();
  const createJoin = helpers.createJoin;
  const applyJoin = helpers.applyJoin;

  helpers.createJoin = (ctx, options) => {
    const target = options.attribute?.target;
    const restricts = target ? readerQueries.get(ctx.db) : undefined;
    if (!target || !restricts || !restricts(target)) return createJoin(ctx, options);
    const meta = ctx.db.metadata.get(target);
    const publishedColumn = meta.attributes.publishedAt?.columnName || 'published_at';
    // Strapi's createJoin adds one or two joins (through a join table); mark the one that reaches the target's table.
    const qb = Object.create(ctx.qb) as QueryBuilder;
    qb.join = (spec: JoinSpec) => ctx.qb.join(spec.referencedTable === meta.tableName ? { ...spec, publishedColumn } : spec);
    return createJoin({ ...ctx, qb }, options);
  };
  helpers.applyJoins = (qb, joins) => {
    for (const join of joins) (join.publishedColumn ? applyPublishedOnlyJoin : applyJoin)(qb, join);
  };
  installed = true;
}

/** True while the current request is a reader's (Public role or users-permissions user). */
export function isReaderQuery(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as { state?: { auth?: { strategy?: { name?: string } } } } | undefined;
  return Boolean(ctx) && isReaderStrategy(ctx?.state?.auth?.strategy?.name);
}

export function installPublishedOnlyJoins(strapi: Core.Strapi): void {
  patchOnce();
  const draftAndPublish = (uid: string) =>
    Boolean((strapi.getModel(uid as UID.Schema) as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish);
  readerQueries.set(strapi.db as object, (uid) => draftAndPublish(uid) && isReaderQuery(strapi));
}
