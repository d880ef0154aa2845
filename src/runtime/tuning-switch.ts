/**
 * `PERF_TUNING` chooses which of this project's performance changes are on:
 * - `on` (the default): all of them;
 * - `off`: none, i.e. Strapi's defaults for these (the benchmark's "untuned" variant);
 * - a comma list of names, to measure each change on its own:
 *   `indexes` (component join and sort-key indexes), `statistics` (planner statistics
 *   with ANALYZE at startup and nightly), `quiet-log` (no log line per request).
 * An unknown name stops startup with a message that lists the valid ones.
 */
export const TUNINGS = ['indexes', 'statistics', 'quiet-log'] as const;
export type Tuning = (typeof TUNINGS)[number];

export function enabledTunings(env: NodeJS.ProcessEnv = process.env): Set<Tuning> {
  const value = (env.PERF_TUNING ?? 'on').trim().toLowerCase();
  if (value === '' || value === 'on') return new Set(TUNINGS);
  if (value === 'off') return new Set();
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(TUNINGS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `PERF_TUNING: unknown tuning ${unknown.map((n) => `"${n}"`).join(', ')}; use on, off, or a comma list of ${TUNINGS.join(', ')}`,
    );
  }
  return new Set(names as Tuning[]);
}

/** Whether one tuning is on. */
export function tuningEnabled(tuning: Tuning, env: NodeJS.ProcessEnv = process.env): boolean {
  return enabledTunings(env).has(tuning);
}
