#!/usr/bin/env node
/**
 * `npm run bench`: what the editorial plugin costs, how the article API scales with the
 * amount of content, and how close we are to the floor, measured side by side in one run.
 *
 * For each size (1,000 and 10,000 articles per locale by default):
 *   1. generate a repeatable throw-away SQLite database (bench/generate.js);
 *   2. count SQL queries per list request at page sizes 10, 25, 100 (bench/query-count.js);
 *   3. for several rounds, in rotating order so drift cancels out, start Strapi in
 *      production mode as each variant and drive it with autocannon (warm-up, then a fixed
 *      number of connections for a fixed duration) on each request:
 *        ours      plugin on,  PERF_TUNING on
 *        pluginOff EDITORIAL_ENABLED=false, PERF_TUNING on
 *        stock     a pristine Strapi 5 app made at bench time from our schemas only
 *                  (bench/pristine-app.js: no code, middleware or setting of ours) on a
 *                  database copy without our indexes and planner statistics
 *        stockEtag the same plus koa-conditional-get and koa-etag: its 304s against ours
 *                  (revalidation only)
 *        floor     bench/floor.js (Koa + better-sqlite3, answering what it implements with
 *                  stock's exact JSON, checked; on the tuned database)
 *      and, on the list only and in the first round: our app with the plugin off and no
 *      tuning (untuned), each tuning alone on it (PERF_TUNING=indexes, =statistics,
 *      =quiet-log, each on its own database copy), and ours with EDITORIAL_REUSE=false;
 *   4. record req/s, p50, p97.5, p99, errors, peak RSS, startup time and the ratios to
 *      bench/results/<date>.json, and print a table.
 *
 * Then the server-rendered 2014 demo article against the API answer it is made from, at 50
 * connections, and its size raw, gzip and brotli (bench/reader-page.js).
 *
 * Each sample also times the first answer of 10 new connections opened while it runs.
 *
 * Knobs: BENCH_ONLY=reader, =connections (only that part) or =api (the request matrix and the reader page),
 * BENCH_REQUESTS (e.g. "list,listToken": only those of the matrix), BENCH_SIZES (default "1000"; 10000 adds ~15 min), BENCH_ROUNDS (3), BENCH_DURATION (s, 10),
 * BENCH_WARMUP (s, 1), BENCH_CONNECTIONS (20), BENCH_SEED (42); `--quick` for CI.
 */
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const autocannon = require('autocannon');
const { benchReaderPage, readerTable } = require('./reader-page');
const { benchChartDraw, chartTable } = require('./chart-draw');
const { makePristineApp } = require('./pristine-app');
const { benchConnections, connectionsTable } = require('./connections');

const APP_DIR = path.resolve(__dirname, '..');
const WORK = path.join(APP_DIR, '.tmp', 'bench');
const RESULTS = path.join(__dirname, 'results');
// --quick (CI): 1k articles, one round, short durations, so the benchmark cannot rot; its numbers are not judged.
const QUICK = process.argv.includes('--quick');
const SIZES = (process.env.BENCH_SIZES ?? '1000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const DURATION = Number(process.env.BENCH_DURATION ?? (QUICK ? 1 : 10));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const started = Date.now();

const SECRETS = {
  APP_KEYS: 'benchKeyA1234567,benchKeyB1234567',
  API_TOKEN_SALT: 'bench-api-token-salt-123',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret-123',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt-123',
  JWT_SECRET: 'bench-jwt-secret-1234567',
  ENCRYPTION_KEY: 'bench-encryption-key-1234567',
};

const VARIANTS = {
  ours: { EDITORIAL_ENABLED: 'true', PERF_TUNING: 'on', db: 'tuned' },
  pluginOff: { EDITORIAL_ENABLED: 'false', PERF_TUNING: 'on', db: 'tuned' },
  stock: { pristine: 'plain', db: 'stock' },
  stockEtag: { pristine: 'etag', db: 'stock' },
};
/** Variants measured on some requests only. */
const ONLY_REQUESTS = { stockEtag: ['revalidate'] };

/**
 * Measured on the list only, each on its own database copy (indexes and statistics change
 * the file): our app with the plugin and every tuning off, each tuning alone on it, and
 * ours with nothing reused between reads (every read computes banners and stat blocks:
 * the cost right after each write).
 */
const EXTRA_VARIANTS = {
  untuned: { EDITORIAL_ENABLED: 'false', PERF_TUNING: 'off', db: 'untuned' },
  'untuned+indexes': { EDITORIAL_ENABLED: 'false', PERF_TUNING: 'indexes', db: 'onlyIndexes' },
  'untuned+statistics': { EDITORIAL_ENABLED: 'false', PERF_TUNING: 'statistics', db: 'onlyStatistics' },
  'untuned+quietLog': { EDITORIAL_ENABLED: 'false', PERF_TUNING: 'quiet-log', db: 'untuned' },
  oursNoReuse: { EDITORIAL_ENABLED: 'true', PERF_TUNING: 'on', EDITORIAL_REUSE: 'false', db: 'tuned' },
};
const EXTRA_REQUESTS = ['list'];

const ALL_REQUESTS = {
  list: '/api/articles?locale=de&sort[0]=originallyPublishedAt:desc&pagination[pageSize]=25&populate[blocks]=true',
  listTitle: '/api/articles?locale=de&sort[0]=originallyPublishedAt:desc&pagination[pageSize]=25&fields[0]=title',
  article:
    '/api/articles?locale=de&filters[slug][$eq]=artikel-123&populate[blocks][on][blocks.rich-text]=true&populate[blocks][on][blocks.study-stat][populate][statistics][populate][study]=true&populate[category]=true&populate[related]=true',
  outdated: '/api/editorial/outdated?locale=de&pagination[pageSize]=25',
  revalidate: null, // the list again, with the ETag of a first answer in If-None-Match
  listToken: null, // the list with an API token: never answered from the response cache
  listIdentity: null, // the list without Accept-Encoding (curl, autocannon's default): the plain bytes
};
const REQUESTS = process.env.BENCH_REQUESTS
  ? Object.fromEntries(Object.entries(ALL_REQUESTS).filter(([name]) => process.env.BENCH_REQUESTS.split(',').includes(name)))
  : ALL_REQUESTS;

/**
 * What every reader's client sends (Chromium's header; Node's fetch sends gzip and br too),
 * on every request of every variant; only listIdentity leaves it out. Variants that do not
 * compress ignore it.
 */
const READER_ENCODING = 'gzip, deflate, br, zstd';

const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(script, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, script), ...args], {
      cwd: APP_DIR,
      env: { ...process.env, ...SECRETS, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}`))));
  });
}

async function waitHealthy(url, child, timeoutMs = 180_000) {
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204 || res.status === 200) return Date.now() - t0;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > timeoutMs) throw new Error('server did not become healthy');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The pristine apps (bench/pristine-app.js), made once per run. */
const pristineDirs = {};

async function startServer(kind, file, env) {
  if (kind.startsWith('pristine-') && !pristineDirs[kind])
    pristineDirs[kind] = makePristineApp({ appDir: APP_DIR, workDir: WORK, withEtag: kind === 'pristine-etag' });
  const port = await freePort();
  const script =
    kind === 'floor'
      ? [path.join(__dirname, 'floor.js'), file, String(port)]
      : kind.startsWith('pristine-')
        ? [
            '-e',
            `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(pristineDirs[kind])}, distDir: ${JSON.stringify(pristineDirs[kind])} }).start()`,
          ]
        : [
            '-e',
            `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(APP_DIR)}, distDir: ${JSON.stringify(path.join(APP_DIR, 'dist'))} }).start()`,
          ];
  const child = spawn(process.execPath, script, {
    cwd: APP_DIR,
    env: {
      ...process.env,
      ...SECRETS,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: file,
      SEED_DEMO: 'false',
      STRAPI_DISABLE_CRON: 'true',
      STRAPI_TELEMETRY_DISABLED: 'true',
      SERVE_ADMIN_PANEL: 'false',
      LOG_LEVEL: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const startupMs = await waitHealthy(url, child);
  return {
    url,
    startupMs,
    pid: child.pid,
    peakRssMb() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        return Math.round(kb / 1024);
      } catch {
        return null;
      }
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}

function cannon(url, headers = {}, duration = DURATION, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers, timeout: 30 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function measure(server, name, token) {
  let pathAndQuery = REQUESTS[name];
  const headers = name === 'listIdentity' ? {} : { 'Accept-Encoding': READER_ENCODING };
  if ((name === 'outdated' || name === 'listToken') && token) headers.Authorization = `Bearer ${token}`;
  if (name === 'listToken' || name === 'listIdentity') pathAndQuery = ALL_REQUESTS.list;
  if (name === 'revalidate') {
    pathAndQuery = ALL_REQUESTS.list;
    const first = await fetch(`${server.url}${pathAndQuery}`);
    await first.text();
    headers['If-None-Match'] = first.headers.get('etag') ?? '"none"';
  }
  const probe = await fetch(`${server.url}${pathAndQuery}`, { headers });
  await probe.text();
  if (probe.status === 404) return { skipped: `404: not served by this variant` };
  await cannon(`${server.url}${pathAndQuery}`, headers, WARMUP);
  // New connections opened while the server is busy: how long until each gets its first answer.
  const [r, firsts] = await Promise.all([
    cannon(`${server.url}${pathAndQuery}`, headers),
    new Promise((resolve) => setTimeout(resolve, (DURATION * 1000) / 2)).then(() =>
      firstAnswers(`${server.url}${pathAndQuery}`, headers, 10),
    ),
  ]);
  return {
    firstAnswerP50: median(firsts),
    firstAnswerMax: Math.max(...firsts),
    status: probe.status,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    // 304s are the point of a revalidation; only 4xx/5xx count as failures.
    non2xx: (r['4xx'] ?? 0) + (r['5xx'] ?? 0),
    notModified: r['3xx'] ?? 0,
    requests: r.requests.total,
  };
}

/** Time to the first answer of `n` new connections opened at once (ms; 5,000 when none came). */
function firstAnswers(url, headers, n) {
  const http = require('http');
  return Promise.all(
    Array.from({ length: n }, () => {
      const started = performance.now();
      return new Promise((resolve) => {
        const req = http.get(url, { headers, agent: false, timeout: 5000 }, (res) => {
          res.once('data', () => resolve(performance.now() - started));
          res.once('end', () => resolve(performance.now() - started));
          res.resume();
        });
        req.on('timeout', () => {
          req.destroy();
          resolve(5000);
        });
        req.on('error', () => resolve(5000));
      });
    }),
  );
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function checkFloorIdentical(stock, floor) {
  const same = {};
  // Every request kind the floor answers (a 404 from it: a kind it does not implement).
  for (const name of Object.keys(ALL_REQUESTS).filter((n) => ALL_REQUESTS[n] && n !== 'outdated')) {
    const [a, b] = await Promise.all([fetch(`${stock.url}${ALL_REQUESTS[name]}`), fetch(`${floor.url}${ALL_REQUESTS[name]}`)]);
    const [textA, textB] = await Promise.all([a.text(), b.text()]);
    // Kinds stock cannot answer (the plugin's routes, off in stock) or the floor does not implement are not compared.
    if (b.status === 404 || a.status !== 200) continue;
    same[name] = a.status === b.status && textA === textB;
  }
  return same;
}

/** The server environment of a variant (its settings without the database choice). */
function variantEnv({ db: _db, ...env }) {
  return env;
}

async function benchSize(size) {
  fs.mkdirSync(WORK, { recursive: true });
  const base = path.join(WORK, `base-${size}.db`);
  const files = Object.fromEntries(
    ['tuned', 'stock', 'untuned', 'onlyIndexes', 'onlyStatistics'].map((name) => [name, path.join(WORK, `${name}-${size}.db`)]),
  );
  log(`generating ${size} articles per locale (seed ${SEED})`);
  const genStarted = Date.now();
  await run('generate.js', [base, String(size), String(SEED)]);
  const generateMs = Date.now() - genStarted;
  for (const file of Object.values(files)) fs.copyFileSync(base, file);
  const token = fs.readFileSync(`${base}.token`, 'utf8').trim();

  const queries = {};
  // --quick judges no query counts: booting three servers for them took a minute of CI.
  if (!QUICK) log('counting SQL queries per list request');
  // Our app's variants only: query-count.js boots this app (the pristine one is counted by nothing of ours).
  for (const [variant, env] of QUICK ? [] : Object.entries(VARIANTS).filter(([, v]) => !v.pristine)) {
    const out = await run('query-count.js', [files[env.db]], {
      EDITORIAL_ENABLED: env.EDITORIAL_ENABLED,
      PERF_TUNING: env.PERF_TUNING,
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://127.0.0.1',
      SEED_DEMO: 'false',
      STRAPI_DISABLE_CRON: 'true',
      LOG_LEVEL: 'warn',
      SERVE_ADMIN_PANEL: 'false',
    });
    const counted = JSON.parse(out.trim().split('\n').pop());
    queries[variant] = counted.queriesPerRequest;
    if (counted.queriesPerRequestReused) queries[`${variant}Reused`] = counted.queriesPerRequestReused;
  }

  const samples = {}; // variant -> request -> [results]
  const startup = {};
  const rss = {};
  let identical = null;
  const order = ['ours', 'pluginOff', 'stock', 'stockEtag', 'floor', ...Object.keys(EXTRA_VARIANTS)];
  for (let round = 0; round < ROUNDS; round += 1) {
    const rotated = order.slice(round % order.length).concat(order.slice(0, round % order.length));
    for (const variant of rotated) {
      // The one-change-at-a-time variants run in the first round only, to stay within 10 minutes.
      if (EXTRA_VARIANTS[variant] && round > 0) continue;
      // A quick run (CI) checks that the benchmark runs; the one-change variants only add minutes.
      if (EXTRA_VARIANTS[variant] && QUICK) continue;
      const spec = VARIANTS[variant] ?? EXTRA_VARIANTS[variant];
      const server =
        variant === 'floor'
          ? await startServer('floor', files.tuned, {})
          : spec.pristine
            ? await startServer(`pristine-${spec.pristine}`, files[spec.db], {})
            : await startServer('strapi', files[spec.db], variantEnv(spec));
      (startup[variant] ??= []).push(server.startupMs);
      log(`size ${size}, round ${round + 1}/${ROUNDS}: ${variant} up in ${server.startupMs} ms`);
      if (variant === 'floor' && identical === null) {
        // Both on the stock copy, which only the pristine app reads (ours rewrites rows at startup).
        const [stock, floorOnStock] = await Promise.all([
          startServer('pristine-plain', files.stock, {}),
          startServer('floor', files.stock, {}),
        ]);
        identical = await checkFloorIdentical(stock, floorOnStock);
        await Promise.all([stock.stop(), floorOnStock.stop()]);
      }
      for (const name of EXTRA_VARIANTS[variant]
        ? EXTRA_REQUESTS
        : (ONLY_REQUESTS[variant] ?? Object.keys(REQUESTS)).filter((name) => name in REQUESTS)) {
        const result = await measure(server, name, token);
        ((samples[variant] ??= {})[name] ??= []).push(result);
        if (!result.skipped)
          log(
            `  ${variant.padEnd(9)} ${name.padEnd(10)} ${result.reqPerSec.toFixed(1).padStart(8)} req/s  p99 ${String(result.p99).padStart(5)} ms  errors ${result.errors}  non-2xx ${result.non2xx}`,
          );
      }
      (rss[variant] ??= []).push(server.peakRssMb());
      await server.stop();
    }
  }

  const summary = {};
  for (const [variant, byRequest] of Object.entries(samples)) {
    summary[variant] = { startupMs: median(startup[variant]), peakRssMb: Math.max(...rss[variant].filter(Boolean)) };
    for (const [name, list] of Object.entries(byRequest)) {
      if (list.some((r) => r.skipped)) {
        summary[variant][name] = { skipped: list[0].skipped };
        continue;
      }
      summary[variant][name] = {
        reqPerSec: median(list.map((r) => r.reqPerSec)),
        p50: median(list.map((r) => r.p50)),
        p975: median(list.map((r) => r.p975)),
        p99: median(list.map((r) => r.p99)),
        errors: list.reduce((n, r) => n + r.errors, 0),
        non2xx: list.reduce((n, r) => n + r.non2xx, 0),
        rounds: list.map((r) => Math.round(r.reqPerSec)),
        spread:
          list.length > 1
            ? Number(
                (
                  (Math.max(...list.map((r) => r.reqPerSec)) - Math.min(...list.map((r) => r.reqPerSec))) /
                  median(list.map((r) => r.reqPerSec))
                ).toFixed(2),
              )
            : null,
        firstAnswerP50: median(list.map((r) => r.firstAnswerP50)),
        firstAnswerMax: Math.max(...list.map((r) => r.firstAnswerMax)),
      };
    }
  }
  const ratio = (a, b, name) => {
    const x = summary[a]?.[name]?.reqPerSec;
    const y = summary[b]?.[name]?.reqPerSec;
    return x && y ? Number((x / y).toFixed(2)) : null;
  };
  const ratios = {};
  for (const name of Object.keys(REQUESTS)) {
    ratios[name] = {
      oursVsPluginOff: ratio('ours', 'pluginOff', name),
      oursVsStock: ratio('ours', 'stock', name),
      floorVsOurs: ratio('floor', 'ours', name),
      floorVsStock: ratio('floor', 'stock', name),
    };
  }
  if (ratios.revalidate) ratios.revalidate.oursVsStockEtag = ratio('ours', 'stockEtag', 'revalidate');
  // Each tuning on its own against the untuned app, and ours without reuse against plugin off (list only).
  const tuningEffects = {};
  for (const variant of Object.keys(EXTRA_VARIANTS).filter((v) => v !== 'untuned')) {
    tuningEffects[variant] =
      variant === 'oursNoReuse'
        ? { vsPluginOff: ratio(variant, 'pluginOff', 'list'), vsUntuned: ratio(variant, 'untuned', 'list') }
        : { vsUntuned: ratio(variant, 'untuned', 'list') };
  }
  // The issue's targets (#16), as ratios within this run.
  const targets = {
    listCachedVsPluginOff: { ratio: ratio('ours', 'pluginOff', 'list'), atLeast: 20 },
    listCachedVsFloor: { ratio: ratio('ours', 'floor', 'list'), atLeast: 1 },
    listTokenVsPluginOff: { ratio: ratio('ours', 'pluginOff', 'listToken'), atLeast: 0.95 },
  };
  return {
    size,
    generateMs,
    queriesPerRequest: queries,
    floorSameJsonAsStock: identical,
    variants: summary,
    ratios,
    tuningEffects,
    targets,
  };
}

function table(result) {
  const rows = [];
  for (const name of Object.keys(REQUESTS)) {
    const cells = ['ours', 'pluginOff', 'stock', 'floor'].map((v) => {
      const m = result.variants[v]?.[name];
      return !m || m.skipped ? '      n/a' : `${m.reqPerSec.toFixed(0).padStart(5)} ${String(m.p99).padStart(4)}`;
    });
    const r = result.ratios[name];
    rows.push(
      `${name.padEnd(11)}${cells.map((c) => c.padStart(12)).join('')}   ${String(r.oursVsPluginOff ?? '-').padStart(6)} ${String(r.oursVsStock ?? '-').padStart(6)} ${String(r.floorVsOurs ?? '-').padStart(6)}`,
    );
  }
  return [
    `\n${result.size} articles per locale (req/s, p99 ms; ${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds, median)`,
    `${'request'.padEnd(11)}${['ours', 'plugin off', 'stock', 'floor'].map((h) => h.padStart(12)).join('')}   ours/off ours/stock floor/ours`,
    ...rows,
    `startup ms: ${['ours', 'pluginOff', 'stock', 'floor'].map((v) => `${v} ${result.variants[v]?.startupMs}`).join(', ')}`,
    `peak RSS MB: ${['ours', 'pluginOff', 'stock', 'floor'].map((v) => `${v} ${result.variants[v]?.peakRssMb}`).join(', ')}`,
    Object.keys(result.queriesPerRequest).length
      ? `SQL queries per list request (page size 10/25/100): ${Object.entries(result.queriesPerRequest)
          .map(([v, q]) => `${v} ${q[10]}/${q[25]}/${q[100]}`)
          .join(', ')}`
      : 'SQL queries per list request: not counted in a --quick run',
    `list, one change at a time: ${Object.entries(result.tuningEffects)
      .map(
        ([v, e]) =>
          `${v} ${result.variants[v]?.list?.reqPerSec?.toFixed(0)} req/s (${Object.entries(e)
            .map(([k, x]) => `${k} ${x}`)
            .join(', ')})`,
      )
      .join('; ')}`,
    `floor returns the same JSON as stock Strapi: ${JSON.stringify(result.floorSameJsonAsStock)}`,
    `304 against 304 (revalidate): ours ${result.variants.ours?.revalidate?.reqPerSec?.toFixed(0)} req/s, stock + koa-etag ${result.variants.stockEtag?.revalidate?.reqPerSec?.toFixed(0)} req/s (${result.ratios.revalidate?.oursVsStockEtag ?? '-'}×)`,
    `first answer of a new connection under load (p50/max ms): ${['ours', 'pluginOff', 'stock', 'floor'].map((v) => `${v} ${Math.round(result.variants[v]?.list?.firstAnswerP50 ?? NaN)}/${Math.round(result.variants[v]?.list?.firstAnswerMax ?? NaN)}`).join(', ')} (list)`,
    `spread of req/s between rounds (list, (max-min)/median): ${['ours', 'pluginOff', 'stock', 'floor'].map((v) => `${v} ${result.variants[v]?.list?.spread ?? '-'}`).join(', ')}`,
    `targets: ${Object.entries(result.targets)
      .map(([name, t]) => `${name} ${t.ratio ?? '-'} (≥ ${t.atLeast}: ${t.ratio !== null && t.ratio >= t.atLeast ? 'met' : 'not met'})`)
      .join('; ')}`,
  ].join('\n');
}

async function main() {
  if (!fs.existsSync(path.join(APP_DIR, 'dist', 'src', 'index.js'))) {
    log('compiling the app');
    execFileSync(process.execPath, ['-e', `require('@strapi/strapi').compileStrapi({ appDir: ${JSON.stringify(APP_DIR)} })`], {
      cwd: APP_DIR,
      stdio: 'inherit',
    });
  }
  const machine = {
    node: process.version,
    cpus: require('os').cpus().length,
    cpuModel: require('os').cpus()[0]?.model,
    memoryGb: Math.round(require('os').totalmem() / 2 ** 30),
  };
  const results = [];
  // Chart drawing first: CPU-only and a second long, measured before any server warms the machine.
  const charts = benchChartDraw({ appDir: APP_DIR, workDir: WORK, log, iterations: QUICK ? 500 : 2000 });
  // BENCH_ONLY=reader or =connections: just that part.
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'api') for (const size of SIZES) results.push(await benchSize(size));
  if (!only || only === 'reader' || only === 'api') log('the server-rendered 2014 article against its API answer (demo content)');
  // At least 3 s: at 50 connections a full API answer can take longer than a quick run's 1 s.
  const readerPage =
    only && only !== 'reader' && only !== 'api'
      ? null
      : await benchReaderPage({
          appDir: APP_DIR,
          workDir: WORK,
          startServer,
          cannon,
          log,
          duration: Math.max(DURATION, 3),
          warmup: WARMUP,
        });
  // Target: the 2014 article page, cached, at least as fast as the floor's list (which computes every answer).
  const floorList = results[0]?.variants.floor?.list?.reqPerSec;
  // New connections under load, before and after the cache and admission (bench/connections.js); full runs only.
  let connections = null;
  if ((!QUICK && !only) || only === 'connections') {
    log('new connections under load, before and after the response cache and admission (demo content)');
    connections = await benchConnections({ workDir: WORK, startServer, log, duration: DURATION });
  }
  if (floorList && readerPage)
    readerPage.vsFloorList = { ratio: Number((readerPage.variants.ours.page.reqPerSec / floorList).toFixed(2)), atLeast: 1 };
  const output = {
    date: new Date().toISOString(),
    machine,
    settings: { sizes: SIZES, rounds: ROUNDS, durationS: DURATION, warmupS: WARMUP, connections: CONNECTIONS, seed: SEED },
    requests: REQUESTS,
    results,
    readerPage,
    connections,
    charts,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  // Quick runs (CI) write under .tmp so they never end up in the repository.
  const target = QUICK ? path.join(WORK, 'results') : RESULTS;
  fs.mkdirSync(target, { recursive: true });
  const file = path.join(target, `${output.date.slice(0, 19).replace(/:/g, '-')}${QUICK ? '-quick' : ''}.json`);
  fs.writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
  for (const result of results) console.log(table(result));
  if (readerPage) console.log(readerTable(readerPage));
  if (connections) console.log(connectionsTable(connections));
  if (readerPage?.vsFloorList)
    console.log(
      `2014 article page (cached) against the floor's list: ${readerPage.vsFloorList.ratio}× (target ≥ 1: ${readerPage.vsFloorList.ratio >= 1 ? 'met' : 'not met'})`,
    );
  console.log(chartTable(charts));
  if (charts.problems.length > 0) {
    console.error(`[bench] chart limits broken: ${charts.problems.join('; ')}`);
    process.exitCode = 1;
  }
  // A floor that answers differently from Strapi is not a floor: the run fails.
  const different = results.flatMap((r) =>
    Object.entries(r.floorSameJsonAsStock ?? {})
      .filter(([, same]) => !same)
      .map(([name]) => `${r.size}/${name}`),
  );
  if (different.length > 0) {
    console.error(`[bench] the floor's JSON differs from Strapi's for: ${different.join(', ')}`);
    // --quick (CI) checks that the benchmark runs; a full run with a wrong floor is no result.
    if (!QUICK) process.exitCode = 1;
  }
  // A variant that answered with errors means the benchmark itself is broken.
  const broken = [...results, ...(readerPage ? [{ size: 'reader', variants: readerPage.variants }] : [])].flatMap((r) =>
    Object.entries(r.variants).flatMap(([v, byRequest]) =>
      Object.entries(byRequest)
        .filter(([, m]) => m && typeof m === 'object' && (m.errors > 0 || m.non2xx > 0))
        .map(([name]) => `${r.size}/${v}/${name}`),
    ),
  );
  if (broken.length > 0) {
    console.error(`[bench] errors or non-2xx answers in: ${broken.join(', ')}`);
    process.exitCode = 1;
  }
  log(`results written to ${path.relative(APP_DIR, file)} (${output.totalSeconds} s in all)`);
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
