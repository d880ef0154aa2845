/**
 * A closed-loop load generator that counts what autocannon leaves out: each of `connections`
 * clients opens its own keep-alive connection and sends the next request when the last was
 * answered. A request unanswered after `timeoutMs` is a failure; requests still open when
 * the round ends are waited for (up to the same timeout) and counted, never dropped. Also
 * reported: each connection's time from start (connect included) to its first answer.
 * Used by the load tests (tests/load) and bench/connections.js; types in load-generator.d.ts.
 */
// undici: a client lean enough that the generator's own CPU does not inflate what it measures
// (Node's http.get cost about as much CPU per request as a cached answer does on the server).
const { Client } = require('undici');

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
  /** Requests under way, checked against the timeout by one sweep instead of a timer each. */
  const inFlight = new Set();
  const sweep = setInterval(() => {
    const now = performance.now();
    for (const flight of inFlight) if (now - flight.sentAt >= options.timeoutMs) flight.abort.abort();
  }, 50);

  const one = async (client, request) => {
    const flight = { sentAt: performance.now(), abort: new AbortController() };
    result.sent += 1;
    inFlight.add(flight);
    let status = null;
    let cache;
    try {
      const res = await client.request({
        method: 'GET',
        path: request.path,
        headers: { ...(options.host ? { host: options.host } : {}), ...request.headers },
        signal: flight.abort.signal,
      });
      await res.body.dump({ limit: Infinity, signal: flight.abort.signal });
      status = res.statusCode;
      cache = res.headers['x-cache'];
    } catch {
      status = null;
    }
    inFlight.delete(flight);
    const ms = performance.now() - flight.sentAt;
    noteSlow(request.path, ms, status);
    if (status === null) result.failed += 1;
    else {
      result.answered += 1;
      result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
      (status === 503 ? result.latencies503 : result.latencies).push(ms);
      if (cache) result.xCache[cache] = (result.xCache[cache] ?? 0) + 1;
    }
  };

  const connection = async () => {
    // One keep-alive connection, one request at a time (no pipelining); a failed or timed-out
    // request closes it and the next request connects again.
    // `localAddress` sets the source address, e.g. 127.0.0.2: two generators are then two clients to the server.
    const client = new Client(target.origin, {
      pipelining: 1,
      headersTimeout: 0,
      bodyTimeout: 0,
      keepAliveTimeout: 60_000,
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    });
    let first = true;
    while (performance.now() < endAt) {
      const request = options.requests[next++ % options.requests.length];
      await one(client, request);
      if (first) {
        result.firstAnswerMs.push(performance.now() - started);
        first = false;
      }
    }
    await client.destroy();
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, connection));
  } finally {
    clearInterval(sweep);
  }
  return result;
}

module.exports = { runLoad, percentile, summary, maxOf };
