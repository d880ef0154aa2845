/**
 * Relation values arrive in several shapes (REST, admin, code): a documentId, an id,
 * `{ documentId }`, `{ connect: [...] }`, `{ set: [...] }`, `{ disconnect: [...] }`, or null.
 * These answer the one question the write rules ask: does the change leave it empty?
 */
type RelationInput = unknown;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** True when the value names at least one target. */
export function namesTarget(value: RelationInput): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (typeof value === 'string' || typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some(namesTarget);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('set' in v) return asList(v.set).some(namesTarget);
    if ('connect' in v) return asList(v.connect).some(namesTarget);
    if ('documentId' in v || 'id' in v) return Boolean(v.documentId ?? v.id);
  }
  return false;
}

/** For an update: true when the change explicitly empties a to-one relation. */
export function clearsRelation(value: RelationInput): boolean {
  if (value === undefined) return false;
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('set' in v) return !asList(v.set).some(namesTarget);
    if ('disconnect' in v && !('connect' in v && asList(v.connect).some(namesTarget))) return asList(v.disconnect).length > 0;
  }
  return false;
}
