/**
 * The e-mail digest: once per period (from the schedule's `digest.cron`, see
 * notifications/digest-period.ts) each owner gets their outdated and due-soon entries, and, when
 * an admin turned it on, editors who own nothing get the entries nobody owns. Sent through
 * Strapi's email plugin; nothing without SMTP. Plain tables (database/ensure-table.ts):
 * who opted out, and who got which period's digest.
 */
import type { Core } from '@strapi/strapi';
import type { DigestStatus } from '../../../shared/contracts';
import { adminUrl, editViewPath, overviewPath } from '../../../shared/admin-paths';
import { ensureTable } from '../database/ensure-table';
import { modelNames } from '../database/table-names';
import { composeDigestMail, type DigestItem } from './digest-mail';
import { digestPeriod } from './digest-period';
import { mailLanguage, ownerName } from '../freshness/owner';
import { getService } from '../get-service';
import { PLUGIN_ID } from '../constants';
import type { StaleEntry } from '../freshness/stale-entries-service';

export const DIGEST_LOG_TABLE = 'editorial_digest_log';
export const DIGEST_OPT_OUT_TABLE = 'editorial_digest_opt_out';
const STORE_KEY = 'digest';

export interface DigestRunResult {
  /** The period's key (its start); absent when nothing was looked at. */
  period?: string;
  sent: number;
  failed: number;
  /** Why nothing was sent at all (no mail configured). */
  reason?: string;
}

interface AdminUserRow {
  id: number;
  firstname: string | null;
  lastname: string | null;
  username: string | null;
  email: string | null;
  preferedLanguage: string | null;
  isActive: boolean | number | null;
  blocked: boolean | number | null;
}

const byDate = (a: StaleEntry, b: StaleEntry) => a.outdatedAt.getTime() - b.outdatedAt.getTime();

const createDigestService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });

  /** Admin users owning at least one entry (any version) of a type the plugin works on. */
  async function ownersOfAnything(contentTypes: string[]): Promise<Set<number>> {
    const owners = new Set<number>();
    for (const uid of contentTypes) {
      const join = modelNames(strapi, uid)?.join('owner');
      if (!join) continue;
      const rows: Array<Record<string, unknown>> = await knex()(join.table).distinct({ id: join.targetColumn });
      for (const row of rows) owners.add(Number(row.id));
    }
    return owners;
  }

  /** When each user's last digest went out (any earlier period): "since the previous digest". */
  async function lastSent(periodKey: string): Promise<Map<number, number>> {
    const rows: Array<Record<string, unknown>> = await knex()(DIGEST_LOG_TABLE)
      .whereNot({ period: periodKey })
      .groupBy('user_id')
      .select('user_id')
      .max({ at: 'sent_at' });
    return new Map(rows.map((row) => [Number(row.user_id), Number(row.at)]));
  }

  /** Takes the user's digest of this period; false when it is taken already (sent, or being sent by another run). */
  async function claim(userId: number, periodKey: string, now: Date, items: number): Promise<boolean> {
    try {
      await knex()(DIGEST_LOG_TABLE).insert({ user_id: userId, period: periodKey, sent_at: now.getTime(), item_count: items });
      return true;
    } catch (error) {
      const taken = await knex()(DIGEST_LOG_TABLE).where({ user_id: userId, period: periodKey }).first();
      if (taken) return false;
      throw error;
    }
  }

  return {
    async ensure(): Promise<void> {
      await ensureTable(knex(), DIGEST_LOG_TABLE, (table) => {
        table.integer('user_id').notNullable();
        // The period's start as an ISO instant (notifications/digest-period.ts).
        table.string('period', 40).notNullable();
        table.bigInteger('sent_at').notNullable();
        table.integer('item_count').notNullable();
        table.primary(['user_id', 'period']);
      });
      await ensureTable(knex(), DIGEST_OPT_OUT_TABLE, (table) => {
        table.integer('user_id').primary();
        table.bigInteger('opted_out_at').notNullable();
      });
    },

    /** The admin's choice (settings page), else the file config. */
    async includeEditorsWithoutArticles(): Promise<boolean> {
      const saved = (await store().get({})) as { includeEditorsWithoutArticles?: boolean } | null;
      const fileValue = (await getService(strapi, 'settings').get()).digest.includeEditorsWithoutArticles;
      return typeof saved?.includeEditorsWithoutArticles === 'boolean' ? saved.includeEditorsWithoutArticles : fileValue;
    },

    async setIncludeEditorsWithoutArticles(value: boolean): Promise<void> {
      const saved = ((await store().get({})) as Record<string, unknown> | null) ?? {};
      await store().set({ value: { ...saved, includeEditorsWithoutArticles: value } });
    },

    async isSubscribed(userId: number): Promise<boolean> {
      return !(await knex()(DIGEST_OPT_OUT_TABLE).where({ user_id: userId }).first());
    },

    async setSubscribed(userId: number, subscribed: boolean, now = new Date()): Promise<void> {
      if (subscribed) {
        await knex()(DIGEST_OPT_OUT_TABLE).where({ user_id: userId }).delete();
        return;
      }
      if (await knex()(DIGEST_OPT_OUT_TABLE).where({ user_id: userId }).first()) return;
      try {
        await knex()(DIGEST_OPT_OUT_TABLE).insert({ user_id: userId, opted_out_at: now.getTime() });
      } catch (error) {
        // The same user opting out twice at once (two tabs): the row is there, which is all we want.
        if (!(await knex()(DIGEST_OPT_OUT_TABLE).where({ user_id: userId }).first())) throw error;
      }
    },

    /** What the admin's digest card shows the signed-in user. */
    async status(userId: number): Promise<DigestStatus> {
      const settings = await getService(strapi, 'settings').get();
      return {
        subscribed: await this.isSubscribed(userId),
        mailConfigured: settings.digest.mailConfigured,
        includeEditorsWithoutArticles: await this.includeEditorsWithoutArticles(),
        schedule: settings.digest.cron,
        timeZone: settings.timeZone,
      };
    },

    /**
     * Sends this period's digests that have not gone out yet. Each user's is recorded
     * before it is sent (so a second run, here or on another instance, skips it) and the
     * record is removed again when sending fails (so the next run retries it).
     */
    async send(now = new Date()): Promise<DigestRunResult> {
      const settings = await getService(strapi, 'settings').get();
      if (!settings.digest.mailConfigured) return { sent: 0, failed: 0, reason: settings.digest.offReason };
      const period = digestPeriod(settings.digest.cron, settings.timeZone, now);
      const absoluteAdminUrl = String(strapi.config.get('admin.absoluteUrl') ?? '');

      const entries = await getService(strapi, 'stale-entries').list(now);
      const byOwner = new Map<number, StaleEntry[]>();
      const unowned: StaleEntry[] = [];
      for (const entry of entries) {
        if (!entry.owner) unowned.push(entry);
        else {
          const own = byOwner.get(entry.owner.id);
          if (own) own.push(entry);
          else byOwner.set(entry.owner.id, [entry]);
        }
      }
      const includeEditors = await this.includeEditorsWithoutArticles();
      const owners = includeEditors ? await ownersOfAnything(settings.contentTypes) : new Set<number>();

      const users = (await strapi.db.query('admin::user').findMany({
        select: ['id', 'firstname', 'lastname', 'username', 'email', 'preferedLanguage', 'isActive', 'blocked'],
      })) as AdminUserRow[];
      const optedOut = new Set(
        ((await knex()(DIGEST_OPT_OUT_TABLE).select('user_id')) as Array<{ user_id: unknown }>).map((row) => Number(row.user_id)),
      );
      const previous = await lastSent(period.key);

      const result: DigestRunResult = { period: period.key, sent: 0, failed: 0 };
      for (const user of users) {
        if (!user.isActive || user.blocked || !user.email || optedOut.has(Number(user.id))) continue;
        const own = byOwner.get(Number(user.id));
        const scope = own ? 'owned' : includeEditors && !owners.has(Number(user.id)) ? 'unowned' : null;
        if (!scope) continue;
        const items = (scope === 'owned' ? own! : unowned).slice().sort(byDate);

        const since = previous.get(Number(user.id)) ?? period.previousStart.getTime();
        const outdated = items.filter((e) => e.kind === 'outdated');
        const newlyOutdated = outdated.filter((e) => e.outdatedAt.getTime() > since);
        const dueSoon = items.filter((e) => e.kind === 'due-soon');
        if (newlyOutdated.length + dueSoon.length === 0) continue;

        if (!(await claim(Number(user.id), period.key, now, newlyOutdated.length + dueSoon.length))) continue;
        const toItem = (e: StaleEntry): DigestItem => ({
          title: e.title,
          locale: e.locale,
          kind: e.kind,
          outdatedAt: e.outdatedAt,
          editUrl: adminUrl(absoluteAdminUrl, editViewPath(e.uid, e.documentId, e.locale)),
        });
        const mail = composeDigestMail({
          language: mailLanguage(user.preferedLanguage),
          recipientName: ownerName(user),
          scope,
          newlyOutdated: newlyOutdated.map(toItem),
          dueSoon: dueSoon.map(toItem),
          olderOutdated: outdated.length - newlyOutdated.length,
          olderOutdatedUrl: adminUrl(absoluteAdminUrl, overviewPath({ filter: 'outdated', ...(scope === 'owned' ? { owner: 'me' } : {}) })),
          overviewUrl: adminUrl(absoluteAdminUrl, overviewPath()),
          timeZone: settings.timeZone,
        });
        try {
          await strapi
            .plugin('email')
            .service('email')
            // Auto-Submitted (RFC 3834): out-of-office replies are not sent back to a digest.
            .send({
              to: user.email,
              subject: mail.subject,
              text: mail.text,
              html: mail.html,
              headers: { 'Auto-Submitted': 'auto-generated' },
            });
          result.sent += 1;
        } catch (error) {
          await knex()(DIGEST_LOG_TABLE).where({ user_id: user.id, period: period.key }).delete();
          result.failed += 1;
          strapi.log.warn(`[editorial] e-mail digest to admin user ${user.id} failed (retried next run): ${(error as Error).message}`);
        }
      }
      return result;
    },
  };
};

export type DigestService = ReturnType<typeof createDigestService>;
export default createDigestService;

declare module '../get-service' {
  interface EditorialServices {
    digest: DigestService;
  }
}
