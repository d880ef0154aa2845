/**
 * A lease in the database, so that work meant to happen once (the demo import, a
 * scheduled job) happens once across every instance sharing the database, not once per
 * instance. Taking a lease is one INSERT on a primary key, or one UPDATE of an expired
 * row: atomic on SQLite, PostgreSQL and MySQL alike. A holder that dies leaves a lease
 * that expires after its time to live.
 */
import { randomUUID } from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';

export const LEASE_TABLE = 'app_leases';

export interface Lease {
  name: string;
  owner: string;
  /** Extends the lease by its time to live; false if it was lost (expired and taken). */
  renew(): Promise<boolean>;
  /** Gives the lease up early so the next run need not wait for it to expire. */
  release(): Promise<void>;
}

async function ensureLeaseTable(knex: any): Promise<void> {
  if (await knex.schema.hasTable(LEASE_TABLE)) return;
  try {
    await knex.schema.createTable(LEASE_TABLE, (table: any) => {
      table.string('name', 120).primary();
      table.string('owner', 200).notNullable();
      table.bigInteger('expires_at').notNullable();
    });
  } catch (error) {
    // Another instance created it at the same moment.
    if (!(await knex.schema.hasTable(LEASE_TABLE))) throw error;
  }
}

/** The lease, or null while another holder's lease is still valid. */
export async function acquireLease(strapi: Core.Strapi, name: string, ttlMs: number, now = Date.now()): Promise<Lease | null> {
  const knex = strapi.db.connection;
  await ensureLeaseTable(knex);
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;
  const expiresAt = now + ttlMs;
  let taken = false;
  try {
    await knex(LEASE_TABLE).insert({ name, owner, expires_at: expiresAt });
    taken = true;
  } catch {
    const updated = await knex(LEASE_TABLE).where({ name }).andWhere('expires_at', '<', now).update({ owner, expires_at: expiresAt });
    taken = Number(updated) === 1;
  }
  if (!taken) return null;
  return {
    name,
    owner,
    async renew() {
      return (
        Number(
          await knex(LEASE_TABLE)
            .where({ name, owner })
            .update({ expires_at: Date.now() + ttlMs }),
        ) === 1
      );
    },
    async release() {
      await knex(LEASE_TABLE).where({ name, owner }).delete();
    },
  };
}

export interface ExclusiveOptions {
  /** Lease time to live; the holder renews it every third of that while working. */
  ttlMs: number;
  /** How long to wait for another holder to finish (0: give up at once). */
  waitMs?: number;
  pollMs?: number;
}

/**
 * Runs `work` while holding the lease `name`, renewing it as long as the work runs, and
 * releases it afterwards (also when `work` fails). If another instance holds it, waits up
 * to `waitMs` for it; returns `{ ran: false }` when the lease could not be had in time.
 * A holder killed mid-way stops renewing, so its lease expires within `ttlMs`.
 */
export async function runExclusively<T>(
  strapi: Core.Strapi,
  name: string,
  options: ExclusiveOptions,
  work: () => Promise<T>,
): Promise<{ ran: boolean; result?: T }> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  let lease = await acquireLease(strapi, name, options.ttlMs);
  while (!lease && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
    lease = await acquireLease(strapi, name, options.ttlMs);
  }
  if (!lease) return { ran: false };
  const held = lease;
  const heartbeat = setInterval(
    () => {
      held.renew().catch((error) => strapi.log.warn(`[lease] could not renew ${name}: ${(error as Error).message}`));
    },
    Math.max(50, Math.floor(options.ttlMs / 3)),
  );
  try {
    return { ran: true, result: await work() };
  } finally {
    clearInterval(heartbeat);
    await held.release();
  }
}

/** Runs `work` only if no other instance holds the lease right now (a scheduled job): no waiting. */
export async function runOnce<T>(
  strapi: Core.Strapi,
  name: string,
  ttlMs: number,
  work: () => Promise<T>,
): Promise<{ ran: boolean; result?: T }> {
  return runExclusively(strapi, name, { ttlMs, waitMs: 0 }, work);
}
