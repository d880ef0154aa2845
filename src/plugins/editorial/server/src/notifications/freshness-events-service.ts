/**
 * Webhook events for entries that became outdated or due soon (`editorial.outdated`,
 * `editorial.due-soon`), registered with Strapi's webhook store so operators subscribe to
 * them like to any other event. A scheduled scan (jobs.ts, under the app's database
 * lease) compares the entries in those states with a record of what was emitted; the record
 * makes each crossing emitted once, across restarts and instances: a row is written (insert
 * on the primary key, or a compare-and-set update) before its event is emitted, and only the
 * instance whose write succeeded emits. The decisions are pure (notifications/freshness-event.ts).
 */
import type { Core, UID } from '@strapi/strapi';
import { getService } from '../get-service';
import { ensureTable } from '../database/ensure-table';
import { FRESHNESS_EVENTS, FRESHNESS_EVENT_KEYS, planEvents, type Emitted } from './freshness-event';
import type { StaleKind } from '../freshness/stale-entry';
import type { StaleEntry } from '../freshness/stale-entries-service';
import { adminUrl, editViewPath } from '../../../shared/admin-paths';
import type { FreshnessEventPayload, WebhookSubscription } from '../../../shared/contracts';

/** A webhook as Strapi's webhook store keeps it. */
interface StoredWebhook {
  id: string | number;
  name: string;
  url: string;
  isEnabled: boolean;
  events: string[];
}

interface WebhookStore {
  findWebhooks(): Promise<StoredWebhook[]>;
  findWebhook(id: string): Promise<StoredWebhook | null>;
  updateWebhook(id: string, webhook: StoredWebhook): Promise<StoredWebhook>;
  addAllowedEvent(key: string, value: string): void;
}

export const EVENTS_TABLE = 'editorial_freshness_events';
/** One row: when the first scan ran. The first scan records what is stale already without emitting. */
export const EVENT_SCANS_TABLE = 'editorial_event_scans';

export interface ScanResult {
  /** The first scan on this database: the entries already stale were recorded, not emitted. */
  baseline: boolean;
  emitted: number;
  rearmed: number;
}

const createFreshnessEventsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const toRow = (e: Pick<Emitted, 'uid' | 'documentId' | 'locale' | 'kind'>) => ({
    content_type: e.uid,
    document_id: e.documentId,
    locale: e.locale ?? '',
    kind: e.kind,
  });

  async function readEmitted(): Promise<Emitted[]> {
    const rows: Array<Record<string, any>> = await knex()(EVENTS_TABLE).select('*');
    return rows.map((row) => ({
      uid: row.content_type,
      documentId: row.document_id,
      locale: row.locale === '' ? null : row.locale,
      kind: row.kind as StaleKind,
      outdatedAt: Number(row.outdated_at),
    }));
  }

  /** Records a first emission; false when another scan (another instance) recorded it first. */
  async function claimNew(entry: StaleEntry, now: number): Promise<boolean> {
    try {
      await knex()(EVENTS_TABLE).insert({ ...toRow(entry), outdated_at: entry.outdatedAt.getTime(), emitted_at: now });
      return true;
    } catch (error) {
      const exists = await knex()(EVENTS_TABLE).where(toRow(entry)).first();
      if (exists) return false;
      throw error;
    }
  }

  /** Moves a recorded emission to the entry's new outdatedAt; false when another scan did first. */
  async function claimMoved(entry: StaleEntry, before: Emitted, now: number): Promise<boolean> {
    const updated = await knex()(EVENTS_TABLE)
      .where({ ...toRow(before), outdated_at: before.outdatedAt })
      .update({ outdated_at: entry.outdatedAt.getTime(), emitted_at: now });
    return Number(updated) === 1;
  }

  /** True for the one scan that creates the marker row: the first on this database. */
  async function isFirstScan(now: number): Promise<boolean> {
    try {
      await knex()(EVENT_SCANS_TABLE).insert({ id: 1, first_scan_at: now });
      return true;
    } catch (error) {
      if (await knex()(EVENT_SCANS_TABLE).where({ id: 1 }).first()) return false;
      throw error;
    }
  }

  /**
   * Webhooks created or changed on another instance reach this one's runner only at its next
   * start (Strapi keeps them per process): the scan hands the stored ones to the runner first.
   */
  /** Strapi's webhook store and runner: what of them the plugin uses (they are not in Strapi's public types). */
  const webhookStore = () => strapi.get('webhookStore') as WebhookStore;
  const webhookRunner = () => strapi.get('webhookRunner') as { update(webhook: StoredWebhook): void };

  async function refreshWebhooks(): Promise<void> {
    const store = webhookStore();
    const runner = webhookRunner();
    for (const webhook of await store.findWebhooks()) runner.update(webhook);
  }

  function payload(entry: StaleEntry): FreshnessEventPayload {
    const absolute = (strapi.config.get('admin.absoluteUrl') as string | undefined) ?? '';
    const model = (strapi.contentType(entry.uid as UID.ContentType) as { modelName?: string } | undefined)?.modelName ?? entry.uid;
    return {
      model,
      uid: entry.uid,
      entry: {
        documentId: entry.documentId,
        locale: entry.locale,
        title: entry.title,
        outdatedAt: entry.outdatedAt.toISOString(),
        owner: entry.owner ? { id: entry.owner.id, name: entry.owner.name, email: entry.owner.email } : null,
        editUrl: adminUrl(absolute, editViewPath(entry.uid, entry.documentId, entry.locale)),
      },
    };
  }

  const service = {
    async ensure(): Promise<void> {
      await ensureTable(knex(), EVENTS_TABLE, (table) => {
        table.string('content_type', 200).notNullable();
        table.string('document_id', 64).notNullable();
        table.string('locale', 20).notNullable();
        table.string('kind', 20).notNullable();
        table.bigInteger('outdated_at').notNullable();
        table.bigInteger('emitted_at').notNullable();
        table.primary(['content_type', 'document_id', 'locale', 'kind']);
      });
      await ensureTable(knex(), EVENT_SCANS_TABLE, (table) => {
        table.integer('id').primary();
        table.bigInteger('first_scan_at').notNullable();
      });
    },

    /** Lets operators pick the events under Settings → Webhooks' API (and our settings page). */
    registerEvents(): void {
      const store = webhookStore();
      for (const kind of Object.keys(FRESHNESS_EVENTS) as StaleKind[])
        store.addAllowedEvent(FRESHNESS_EVENT_KEYS[kind], FRESHNESS_EVENTS[kind]);
    },

    /**
     * Strapi's webhook screen offers only its own events (its list is fixed in the admin), so
     * the plugin's settings page subscribes webhooks to ours: every webhook with the plugin's
     * events it has.
     */
    async subscriptions(): Promise<WebhookSubscription[]> {
      const ours = new Set(Object.values(FRESHNESS_EVENTS));
      const webhooks = await webhookStore().findWebhooks();
      return webhooks.map((webhook) => ({
        id: String(webhook.id),
        name: webhook.name,
        url: webhook.url,
        isEnabled: Boolean(webhook.isEnabled),
        events: webhook.events.filter((event) => ours.has(event)),
      }));
    },

    /** Sets which of the plugin's events a webhook gets, keeping its other events; null: no such webhook. */
    async subscribe(id: string, events: string[]): Promise<WebhookSubscription | null> {
      const store = webhookStore();
      const webhook = await store.findWebhook(id);
      if (!webhook) return null;
      const ours = new Set(Object.values(FRESHNESS_EVENTS));
      const updated = await store.updateWebhook(id, {
        ...webhook,
        events: [...webhook.events.filter((event) => !ours.has(event)), ...events],
      });
      webhookRunner().update(updated);
      return (await service.subscriptions()).find((entry) => entry.id === String(id)) ?? null;
    },

    /** Finds what crossed into "outdated" or "due soon" since the last scan, and emits it once. */
    async scan(now = new Date()): Promise<ScanResult> {
      const at = now.getTime();
      const [entries, emitted] = await Promise.all([getService(strapi, 'stale-entries').list(now), readEmitted()]);
      const plan = planEvents(
        entries.map((entry) => ({ ...entry, outdatedAt: entry.outdatedAt.getTime(), entry })),
        emitted,
      );
      for (const row of plan.rearm)
        await knex()(EVENTS_TABLE)
          .where({ ...toRow(row), outdated_at: row.outdatedAt })
          .delete();
      const baseline = await isFirstScan(at);
      const toEmit: StaleEntry[] = [];
      for (const { entry } of plan.emit) if (await claimNew(entry, at)) toEmit.push(entry);
      for (const { now: moved, before } of plan.reemit) if (await claimMoved(moved.entry, before, at)) toEmit.push(moved.entry);
      if (!baseline && toEmit.length > 0) {
        await refreshWebhooks();
        for (const entry of toEmit) await strapi.eventHub.emit(FRESHNESS_EVENTS[entry.kind], payload(entry));
      }
      if (baseline && toEmit.length > 0)
        strapi.log.info(`[editorial] first freshness scan: ${toEmit.length} entries already outdated or due soon recorded without events`);
      return { baseline, emitted: baseline ? 0 : toEmit.length, rearmed: plan.rearm.length };
    },
  };
  return service;
};

export type FreshnessEventsService = ReturnType<typeof createFreshnessEventsService>;
export default createFreshnessEventsService;

declare module '../get-service' {
  interface EditorialServices {
    'freshness-events': FreshnessEventsService;
  }
}
