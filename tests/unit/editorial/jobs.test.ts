/** The plugin schedules its own jobs, under the lease the app hands in, and none with cron off. */
import { scheduleJobs } from '../../../src/plugins/editorial/server/src/notifications/jobs';
import { DEFAULT_CONFIG } from '../../../src/plugins/editorial/server/src/config';
import type { RunOnce } from '../../../src/plugins/editorial/server/src/config/types';

type Task = { task: () => Promise<void>; options: { rule: string; tz: string } };

function fakeStrapi(cronEnabled: boolean, services: Record<string, unknown>) {
  const added: Record<string, Task> = {};
  const logs: string[] = [];
  const strapi = {
    config: { get: (key: string, fallback: unknown) => (key === 'server.cron.enabled' ? cronEnabled : fallback) },
    cron: { add: (tasks: Record<string, Task>) => Object.assign(added, tasks) },
    plugin: () => ({ service: (name: string) => services[name] }),
    log: { info: (m: string) => logs.push(`info ${m}`), error: (m: string) => logs.push(`error ${m}`) },
  };
  return { strapi: strapi as any, added, logs };
}

describe('the plugin’s scheduled jobs', () => {
  it('schedules the digest and the freshness scan with their rules in the blog’s time zone', () => {
    const { strapi, added } = fakeStrapi(true, {});
    const config = { ...DEFAULT_CONFIG, jobs: { freshnessEventsCron: '7 * * * *', runOnce: null } };
    expect(scheduleJobs(strapi, config)).toBe(true);
    expect(Object.keys(added).sort()).toEqual(['editorialDigest', 'editorialFreshnessEvents']);
    expect(added.editorialDigest.options).toEqual({ rule: '0 7 * * 1', tz: 'Europe/Berlin' });
    expect(added.editorialFreshnessEvents.options).toEqual({ rule: '7 * * * *', tz: 'Europe/Berlin' });
  });

  it('runs each job under the lease the app hands in: not at all when another instance holds it', async () => {
    const send = jest.fn(async () => ({ sent: 1 }));
    const scan = jest.fn(async () => ({ emitted: 0 }));
    const { strapi, added, logs } = fakeStrapi(true, { digest: { send }, 'freshness-events': { scan } });
    const leases: string[] = [];
    const heldElsewhere: RunOnce = async (_strapi, name) => {
      leases.push(name);
      return { ran: false };
    };
    scheduleJobs(strapi, { ...DEFAULT_CONFIG, jobs: { freshnessEventsCron: '7 * * * *', runOnce: heldElsewhere } });
    await added.editorialDigest.task();
    await added.editorialFreshnessEvents.task();
    expect(leases).toEqual(['editorial-digest', 'editorial-freshness-events']);
    expect(send).not.toHaveBeenCalled();
    expect(scan).not.toHaveBeenCalled();
    expect(logs).toEqual([]);
  });

  it('without a lease runs the job here, and a failure is logged, not thrown', async () => {
    const send = jest.fn(async () => ({ sent: 2 }));
    const scan = jest.fn(async () => {
      throw new Error('Datenbank weg');
    });
    const { strapi, added, logs } = fakeStrapi(true, { digest: { send }, 'freshness-events': { scan } });
    scheduleJobs(strapi, DEFAULT_CONFIG);
    await added.editorialDigest.task();
    await added.editorialFreshnessEvents.task();
    expect(send).toHaveBeenCalledTimes(1);
    expect(logs).toEqual(['info [editorial] e-mail digest: {"sent":2}', 'error [editorial] freshness events scan failed: Datenbank weg']);
  });

  it('schedules nothing when the app turned cron off', () => {
    const { strapi, added } = fakeStrapi(false, {});
    expect(scheduleJobs(strapi, DEFAULT_CONFIG)).toBe(false);
    expect(added).toEqual({});
  });
});
