/**
 * A closed-loop load generator that counts what autocannon leaves out: each of `connections`
 * clients opens its own keep-alive connection and sends the next request when the last was
 * answered. A request unanswered after `timeoutMs` is a failure; requests still open when
 * the round ends are waited for (up to the same timeout) and counted, never dropped. Also
 * reported: each connection's time from start (connect included) to its first answer.
 * Used by the load tests (tests/load) and bench/connections.js; types in load-generator.d.ts.
 */
const http = require('http');

const percentile = (values, p) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** The largest of any number of values (0 for none): spreading 100,000 latencies into Math.max overflows the stack. */
const maxOf = (...lists) => lists.reduce((m, list) => list.reduce((a, b) => (b > a ? b : a), m), 0);

function summary(name, r) {
  const max = maxOf(r.latencies);
  const statuses = Object.entries(r.byStatus)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  const cache = Object.entries(r.xCache)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  return (
    `[load] ${name}: sent ${r.sent}, answered ${r.answered}, failed ${r.failed} (${(r.answered / r.durationS).toFixed(0)} req/s); ` +
    `p50 ${percentile(r.latencies, 50).toFixed(1)} ms, p99 ${percentile(r.latencies, 99).toFixed(1)} ms, max ${max.toFixed(0)} ms; ` +
    `first answer per connection p50 ${percentile(r.firstAnswerMs, 50).toFixed(0)} ms, max ${maxOf(r.firstAnswerMs).toFixed(0)} ms; ` +
    `status ${statuses}; X-Cache ${cache}` +
    (r.latencies503.length ? `; 503s answered in ≤ ${maxOf(r.latencies503).toFixed(0)} ms` : '') +
    (r.slowest.length ? `; slowest: ${r.slowest.map((s) => `${s.ms.toFixed(0)} ms ${s.status ?? 'failed'} ${s.path}`).join(', ')}` : '')
  );
}

async function runLoad(options) {
  const target = new URL(options.url);
  const result = {
    sent: 0,
    answered: 0,
    failed: 0,
    byStatus: {},
    latencies: [],
    latencies503: [],
    firstAnswerMs: [],
    durationS: options.durationS,
    xCache: {},
    slowest: [],
  };
  const SLOWEST_KEPT = 3;
  const noteSlow = (path, ms, status) => {
    if (result.slowest.length === SLOWEST_KEPT && ms <= result.slowest[SLOWEST_KEPT - 1].ms) return;
    result.slowest.push({ path, ms, status });
    result.slowest.sort((a, b) => b.ms - a.ms);
    result.slowest.length = Math.min(result.slowest.length, SLOWEST_KEPT);
  };
  const started = performance.now();
  const endAt = started + options.durationS * 1000;
  let next = 0;

  const one = (agent, request) =>
    new Promise((resolve) => {
      const sentAt = performance.now();
      result.sent += 1;
      let settled = false;
      let timer;
      const done = (status, cache) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const ms = performance.now() - sentAt;
        noteSlow(request.path, ms, status);
        if (status === null) result.failed += 1;
        else {
          result.answered += 1;
          result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
          (status === 503 ? result.latencies503 : result.latencies).push(ms);
          if (cache) result.xCache[cache] = (result.xCache[cache] ?? 0) + 1;
        }
        resolve();
      };
      const req = http.get(
        {
          host: target.hostname,
          port: target.port,
          path: request.path,
          agent,
          headers: { ...(options.host ? { Host: options.host } : {}), ...request.headers },
        },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0, res.headers['x-cache']));
          res.on('error', () => done(null));
        },
      );
      req.on('error', () => done(null));
      timer = setTimeout(() => {
        done(null);
        req.destroy();
      }, options.timeoutMs);
    });

  const client = async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let first = true;
    while (performance.now() < endAt) {
      const request = options.requests[next++ % options.requests.length];
      await one(agent, request);
      if (first) {
        result.firstAnswerMs.push(performance.now() - started);
        first = false;
      }
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  return result;
}

module.exports = { runLoad, percentile, summary, maxOf };
