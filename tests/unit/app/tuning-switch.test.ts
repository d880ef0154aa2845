import { enabledTunings, tuningEnabled, TUNINGS } from '../../../src/runtime/tuning-switch';

describe('PERF_TUNING', () => {
  it('turns every tuning on by default and with "on"', () => {
    expect([...enabledTunings({})]).toEqual([...TUNINGS]);
    expect([...enabledTunings({ PERF_TUNING: ' ON ' })]).toEqual([...TUNINGS]);
  });

  it('turns every tuning off with "off" (stock Strapi)', () => {
    expect(enabledTunings({ PERF_TUNING: 'off' }).size).toBe(0);
    expect(tuningEnabled('quiet-log', { PERF_TUNING: 'off' })).toBe(false);
  });

  it('takes a comma list, so each tuning can be measured on its own', () => {
    const env = { PERF_TUNING: 'indexes, quiet-log' };
    expect(tuningEnabled('indexes', env)).toBe(true);
    expect(tuningEnabled('quiet-log', env)).toBe(true);
    expect(tuningEnabled('statistics', env)).toBe(false);
  });

  it('refuses an unknown name and lists the valid ones', () => {
    expect(() => enabledTunings({ PERF_TUNING: 'indexes,turbo' })).toThrow(
      'PERF_TUNING: unknown tuning "turbo"; use on, off, or a comma list of indexes, statistics, quiet-log',
    );
  });
});
