import { cronRuleProblem, digestConfigProblems, digestPeriod } from '../../../src/plugins/editorial/server/src/notifications/digest-period';
import { DEFAULT_CONFIG } from '../../../src/plugins/editorial/server/src/config';
import { validateEditorialSettings } from '../../../src/plugins/editorial/server/src/config/validate';
import {
  validateDigestSettings,
  validateDigestSubscription,
} from '../../../src/plugins/editorial/server/src/notifications/digest-validation';

const WEEKLY = '0 7 * * 1';

describe('digestPeriod: the period is the time between two runs of the schedule', () => {
  it('gives every moment of a week the same key: Monday 07:00 Berlin', () => {
    const monday = digestPeriod(WEEKLY, 'Europe/Berlin', new Date('2026-05-18T05:00:00.004Z'));
    const wednesday = digestPeriod(WEEKLY, 'Europe/Berlin', new Date('2026-05-20T12:00:00Z'));
    const sundayNight = digestPeriod(WEEKLY, 'Europe/Berlin', new Date('2026-05-25T04:58:00Z'));
    expect(monday.key).toBe('2026-05-18T05:00:00.000Z');
    expect(wednesday.key).toBe(monday.key);
    expect(sundayNight.key).toBe(monday.key);
    expect(monday.previousStart.toISOString()).toBe('2026-05-11T05:00:00.000Z');
  });

  it('counts a run starting just before its minute (clock skew) into the new period', () => {
    expect(digestPeriod(WEEKLY, 'Europe/Berlin', new Date('2026-05-18T04:59:30Z')).key).toBe('2026-05-18T05:00:00.000Z');
    expect(digestPeriod(WEEKLY, 'Europe/Berlin', new Date('2026-05-18T04:58:30Z')).key).toBe('2026-05-11T05:00:00.000Z');
  });

  it('follows the time zone (winter time) and other schedules', () => {
    expect(digestPeriod(WEEKLY, 'Europe/Berlin', new Date('2026-01-14T10:00:00Z')).key).toBe('2026-01-12T06:00:00.000Z');
    const daily = digestPeriod('30 6 * * *', 'UTC', new Date('2026-05-20T12:00:00Z'));
    expect(daily.key).toBe('2026-05-20T06:30:00.000Z');
    expect(daily.previousStart.toISOString()).toBe('2026-05-19T06:30:00.000Z');
  });
});

describe('digest config checks', () => {
  it('accepts the defaults and refuses a broken schedule naming the key and the variable', () => {
    expect(digestConfigProblems(DEFAULT_CONFIG.digest)).toEqual([]);
    expect(cronRuleProblem(WEEKLY)).toBeNull();
    expect(cronRuleProblem('0 7 * *')).toMatch(/cron rule/);
    expect(cronRuleProblem('')).toMatch(/cron rule/);
    const problems = validateEditorialSettings(
      { ...DEFAULT_CONFIG, digest: { ...DEFAULT_CONFIG.digest, cron: 'montags' } },
      { partial: false },
    );
    expect(problems.map((p) => p.key)).toEqual(['digest.cron']);
    expect(problems[0].message).toMatch(/EDITORIAL_DIGEST_CRON/);
  });

  it('refuses non-boolean switches and a missing digest object', () => {
    const problems = digestConfigProblems({ ...DEFAULT_CONFIG.digest, mailConfigured: 'true', includeEditorsWithoutArticles: 1 });
    expect(problems.map((p) => p.key)).toEqual(['digest.mailConfigured', 'digest.includeEditorsWithoutArticles']);
    expect(digestConfigProblems(null).map((p) => p.key)).toEqual(['digest']);
  });
});

describe('digest route input', () => {
  it('takes a boolean subscription only', async () => {
    await expect(validateDigestSubscription({ subscribed: false })).resolves.toEqual({ subscribed: false });
    await expect(validateDigestSubscription({ subscribed: 'false' })).rejects.toThrow(/subscribed must be true or false/);
    await expect(validateDigestSubscription({})).rejects.toThrow(/subscribed is required/);
    await expect(validateDigestSubscription({ subscribed: true, userId: 2 })).rejects.toThrow(/only subscribed/);
  });

  it('takes the settings switch only', async () => {
    await expect(validateDigestSettings({ includeEditorsWithoutArticles: true })).resolves.toEqual({ includeEditorsWithoutArticles: true });
    await expect(validateDigestSettings({ includeEditorsWithoutArticles: 1 })).rejects.toThrow(/must be true or false/);
  });
});
