/** `PERF_TUNING=off` switches every performance change of ours off at once (the benchmark's "stock" variant). */
export function tuningEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.PERF_TUNING ?? 'on').trim().toLowerCase() !== 'off';
}
