/**
 * The webhook events the plugin emits when an entry becomes outdated or due soon, and what
 * decides which to emit. Pure: notifications/freshness-events-service.ts reads the entries and the
 * record of what was already emitted, this says what to emit, re-arm or leave alone.
 */
import type { StaleKind } from '../freshness/stale-entry';

/** Event names as operators subscribe to them (Strapi's webhook store: key → name). */
export const FRESHNESS_EVENTS: Record<StaleKind, string> = {
  outdated: 'editorial.outdated',
  'due-soon': 'editorial.due-soon',
};
export const FRESHNESS_EVENT_KEYS: Record<StaleKind, string> = {
  outdated: 'EDITORIAL_OUTDATED',
  'due-soon': 'EDITORIAL_DUE_SOON',
};

/** One entry in one state, as the scan sees it now. */
export interface Transition {
  uid: string;
  documentId: string;
  locale: string | null;
  kind: StaleKind;
  /** ms */
  outdatedAt: number;
}

/** What was emitted for an entry in a state (one row of the record). */
export interface Emitted {
  uid: string;
  documentId: string;
  locale: string | null;
  kind: StaleKind;
  outdatedAt: number;
}

export const transitionKey = (t: Pick<Transition, 'uid' | 'documentId' | 'locale' | 'kind'>) =>
  `${t.uid}|${t.documentId}|${t.locale ?? ''}|${t.kind}`;

export interface EventPlan<T extends Transition> {
  /** Not emitted yet in this state: emit (and record). */
  emit: T[];
  /** Emitted before, but for another outdatedAt (a review or a new threshold moved it): emit again. */
  reemit: Array<{ now: T; before: Emitted }>;
  /** Emitted before, and the entry is no longer in that state: forget it, so the next crossing is told. */
  rearm: Emitted[];
}

/**
 * Compares the entries that are outdated or due soon now with what was emitted. An entry
 * is told once per crossing: while it stays in a state (and its outdatedAt stays put)
 * nothing more is sent; leaving the state re-arms it.
 */
export function planEvents<T extends Transition>(current: readonly T[], emitted: readonly Emitted[]): EventPlan<T> {
  const before = new Map(emitted.map((row) => [transitionKey(row), row]));
  const seen = new Set<string>();
  const plan: EventPlan<T> = { emit: [], reemit: [], rearm: [] };
  for (const entry of current) {
    const key = transitionKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    const row = before.get(key);
    if (!row) plan.emit.push(entry);
    else if (row.outdatedAt !== entry.outdatedAt) plan.reemit.push({ now: entry, before: row });
  }
  for (const [key, row] of before) if (!seen.has(key)) plan.rearm.push(row);
  return plan;
}
