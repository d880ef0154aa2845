/**
 * Who is a reader: the Public role (no credentials) and users-permissions users. Readers see
 * published content only. API tokens belong to operators' tools (frontends, preview tools)
 * and the admin strategy to editors; both keep the choice of drafts.
 */
export const READER_STRATEGIES: ReadonlySet<string> = new Set(['users-permissions']);

export function isReaderStrategy(strategyName: string | undefined | null): boolean {
  return !strategyName || READER_STRATEGIES.has(strategyName);
}
