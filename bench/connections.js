/**
 * New connections under load, before and after the response cache and bounded admission
 * (#16): the production server on the demo content, with RESPONSE_CACHE=off ADMISSION=off
 * ("before") and with both on ("after"), on SQLite and (when it answers) PostgreSQL. For
 * 10, 20 and 50 connections, anonymous reads (cacheable) and reads with an API token (never
 * cached), one sample each (bench/load-generator.js): per-connection time from connect to
 * first answer, latency percentiles, the server's event-loop delay (event-loop-probe.js) and
 * the kernel's listen-queue counters (ListenOverflows, ListenDrops in /proc/net/netstat).
 */
const fs = require('fs');
const path = require('path');
const { runLoad, percentile, maxOf } = require('./load-generator');
const { removeSqliteDatabase } = require('./sqlite-files');

const COUNTS = [10, 20, 50];
const TIMEOUT_MS = 5000;
const HOST = 'blog.example.org';

function listenCounters() {
  const lines = fs
    .readFileSync('/proc/net/netstat', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('TcpExt:'));
  const names = lines[0].split(/\s+/);
  const values = lines[1].split(/\s+/);
  const pick = (name) => Number(values[names.indexOf(name)]);
  return { listenOverflows: pick('ListenOverflows'), listenDrops: pick('ListenDrops') };
}

async function eventLoopSince(server, file) {
  fs.rmSync(file, { force: true });
  process.kill(server.pid, 'SIGUSR2');
  for (let i = 0; i < 50 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 20));
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

async function postgresDatabase(log) {
  let pg;
  try {
    pg = require('pg');
  } catch {
    return null;
  }
  const admin = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
  try {
    await admin.connect();
  } catch {
    log('connections: PostgreSQL not reachable at 127.0.0.1:5432, measured on SQLite only');
    return null;
  }
  const name = `bench_connections_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  return {
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: '127.0.0.1',
      DATABASE_PORT: '5432',
      DATABASE_NAME: name,
      DATABASE_USERNAME: 'postgres',
      DATABASE_PASSWORD: '',
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function measureServer({ server, token, duration, eventLoopFile }) {
  const list = await (await fetch(`${server.url}/api/articles?fields[0]=slug&locale=de&pagination[pageSize]=100`)).json();
  const hot = [
    { path: '/api/articles?sort[0]=originallyPublishedAt:desc&pagination[pageSize]=25&populate[blocks]=true&populate[category]=true' },
    ...list.data.map((a) => ({
      path: `/api/articles?filters[slug][$eq]=${a.slug}&populate[blocks][on][blocks.study-stat]=true&populate[related]=true&populate[category]=true`,
    })),
  ];
  const rows = [];
  for (const kind of ['anonymous', 'token']) {
    const requests = kind === 'token' ? hot.map((r) => ({ ...r, headers: { Authorization: `Bearer ${token}` } })) : hot;
    await runLoad({ url: server.url, connections: 10, durationS: 2, timeoutMs: TIMEOUT_MS, host: HOST, requests });
    for (const connections of COUNTS) {
      await eventLoopSince(server, eventLoopFile);
      const before = listenCounters();
      const r = await runLoad({ url: server.url, connections, durationS: duration, timeoutMs: TIMEOUT_MS, host: HOST, requests });
      const eventLoop = await eventLoopSince(server, eventLoopFile);
      const after = listenCounters();
      rows.push({
        kind,
        connections,
        reqPerSec: Math.round(r.answered / r.durationS),
        failed: r.failed,
        status503: r.byStatus[503] ?? 0,
        p50: Number(percentile(r.latencies, 50).toFixed(1)),
        p99: Number(percentile(r.latencies, 99).toFixed(1)),
        max: Math.round(maxOf(r.latencies, r.latencies503)),
        firstAnswerP50: Math.round(percentile(r.firstAnswerMs, 50)),
        firstAnswerMax: Math.round(maxOf(r.firstAnswerMs)),
        eventLoop,
        listenOverflows: after.listenOverflows - before.listenOverflows,
        listenDrops: after.listenDrops - before.listenDrops,
      });
    }
  }
  return rows;
}

async function apiToken(url) {
  const login = await (
    await fetch(`${url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.org', password: 'Bench12345' }),
    })
  ).json();
  const created = await (
    await fetch(`${url}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.data.token}` },
      body: JSON.stringify({ name: `connections-${Date.now()}`, type: 'full-access', lifespan: null }),
    })
  ).json();
  return created.data.accessKey;
}

async function benchConnections({ workDir, startServer, log, duration }) {
  const eventLoopFile = path.join(workDir, 'event-loop.json');
  const probe = { NODE_OPTIONS: `--require ${path.join(__dirname, 'event-loop-probe.js')}`, EVENT_LOOP_FILE: eventLoopFile };
  const admin = { ADMIN_EMAIL: 'bench@example.org', ADMIN_PASSWORD: 'Bench12345', SEED_DEMO: 'true', SEED_DEMO_COVERS: 'false' };
  const modes = { before: { RESPONSE_CACHE: 'off', ADMISSION: 'off' }, after: { RESPONSE_CACHE: 'on', ADMISSION: 'on' } };
  const results = {};
  const pg = await postgresDatabase(log);
  try {
    for (const engine of pg ? ['sqlite', 'postgres'] : ['sqlite']) {
      const file = path.join(workDir, 'connections-demo.db');
      removeSqliteDatabase(file);
      for (const [mode, env] of Object.entries(modes)) {
        const server = await startServer('strapi', file, { ...admin, ...probe, ...env, ...(engine === 'postgres' ? pg.env : {}) });
        try {
          // The demo import runs during the first start; wait for it.
          for (let i = 0; ; i++) {
            const res = await fetch(`${server.url}/api/articles?fields[0]=slug`);
            const body = await res.json().catch(() => null);
            if (body?.data?.length >= 8) break;
            if (i > 240) throw new Error('demo content did not appear');
            await new Promise((r) => setTimeout(r, 500));
          }
          const rows = await measureServer({ server, token: await apiToken(server.url), duration, eventLoopFile });
          (results[engine] ??= {})[mode] = rows;
          for (const row of rows) {
            log(
              `  connections ${engine} ${mode.padEnd(6)} ${row.kind.padEnd(9)} ${String(row.connections).padStart(2)}: ${row.reqPerSec} req/s, p99 ${row.p99} ms, max ${row.max} ms, first answer p50/max ${row.firstAnswerP50}/${row.firstAnswerMax} ms, event loop p99/max ${row.eventLoop?.p99}/${row.eventLoop?.max} ms, 503s ${row.status503}, failed ${row.failed}, listen overflows ${row.listenOverflows}`,
            );
          }
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    await pg?.drop();
  }
  return results;
}

function connectionsTable(results) {
  const lines = [
    'New connections under load (first answer per connection p50/max ms; p99 ms; event-loop delay p99/max ms; listen overflows)',
  ];
  for (const [engine, modes] of Object.entries(results)) {
    for (const [mode, rows] of Object.entries(modes)) {
      for (const row of rows) {
        lines.push(
          `${engine.padEnd(8)} ${mode.padEnd(6)} ${row.kind.padEnd(9)} ${String(row.connections).padStart(2)} conn: first ${row.firstAnswerP50}/${row.firstAnswerMax}, p99 ${row.p99}, max ${row.max}, loop ${row.eventLoop?.p99}/${row.eventLoop?.max}, overflows ${row.listenOverflows}, 503s ${row.status503}, failed ${row.failed}, ${row.reqPerSec} req/s`,
        );
      }
    }
  }
  return lines.join('\n');
}

module.exports = { benchConnections, connectionsTable };
