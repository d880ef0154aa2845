/**
 * What enrichment and the freshness overview computed, kept for as long as the content version it was computed at is
 * current (services/content-version.ts) and its own time limit has not passed. A new
 * version empties it; so does reaching the size limit, which keeps memory bounded
 * without bookkeeping per entry. Pure (no Strapi).
 */
export interface Expiring {
  /** Epoch ms after which the value may differ without any write; null: never. */
  validUntil: number | null;
}

export class VersionedCache<V extends Expiring> {
  private version: number | null = null;
  private entries = new Map<string, V>();

  constructor(private readonly maxEntries: number) {}

  get(version: number, key: string, now: number): V | undefined {
    if (version !== this.version) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.validUntil !== null && now >= entry.validUntil) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(version: number, key: string, value: V): void {
    // An answer computed at an older version than the cache holds is not kept.
    if (this.version !== null && version < this.version) return;
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
    }
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
