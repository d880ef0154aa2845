/**
 * Preloaded into a benchmarked server (`NODE_OPTIONS=--require …/event-loop-probe.js`,
 * `EVENT_LOOP_FILE=<path>`): measures the event loop's delay with perf_hooks'
 * monitorEventLoopDelay, and on SIGUSR2 writes what it saw since the last signal (ms) to
 * the file and starts over. bench/connections.js reads it around each sample.
 */
const fs = require('fs');
const { monitorEventLoopDelay } = require('perf_hooks');

const file = process.env.EVENT_LOOP_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  process.on('SIGUSR2', () => {
    const ms = (ns) => Number((ns / 1e6).toFixed(1));
    fs.writeFileSync(
      file,
      JSON.stringify({
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
        mean: ms(histogram.mean),
      }),
    );
    histogram.reset();
  });
}
