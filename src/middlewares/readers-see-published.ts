/**
 * Strapi 5 honours `?status=draft` for anyone allowed to `find`, which would show the
 * Public role unpublished work. Readers (the Public and Authenticated roles of
 * users-permissions) always get the published version; API tokens, which operators hand
 * to trusted frontends and preview tools, keep the choice.
 *
 * The draft cohort filters `publicationFilter` (`modified`, `published-with-draft`, …) and
 * the older `hasPublishedVersion` are dropped for readers as well: with `status=published`
 * they return no draft content, but they would tell anyone which published articles have
 * unpublished changes waiting.
 *
 * The rows a reader's filters and sorts join through are restricted to published ones
 * elsewhere, at the query builder (`src/runtime/published-only-joins.ts`).
 */
import type { Core } from '@strapi/strapi';
import { isReaderStrategy } from '../plugins/editorial/server/public';

type Ctx = { state: { auth?: { strategy?: { name?: string } } }; query: Record<string, unknown> };

/** Query parameters only editors' tools have a use for. */
export const DRAFT_COHORT_PARAMS = ['publicationFilter', 'hasPublishedVersion'] as const;

/** Rewrites a reader's parsed query in place: published only, no draft cohorts. */
export function restrictToPublished(query: Record<string, unknown>): void {
  if (query.status !== undefined && query.status !== 'published') {
    // Mutating the parsed query keeps Strapi's qs options; re-assigning would re-stringify.
    query.status = 'published';
  }
  for (const param of DRAFT_COHORT_PARAMS) delete query[param];
}

export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  if (isReaderStrategy(ctx.state.auth?.strategy?.name) && ctx.query) restrictToPublished(ctx.query);
  await next();
};
