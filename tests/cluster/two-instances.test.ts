/**
 * Two Strapi processes on one PostgreSQL database, on two ports, as behind a load
 * balancer: they start together on an empty database and import the demo once; an
 * article published through A is served by B with its banner and rendered blocks;
 * settings saved on A apply on B within the documented bound (settingsCacheMs, 5 s); with
 * answers shared through Redis, no instance serves an answer from before a write that
 * another instance has answered (read-your-writes); a freshness webhook event is delivered
 * once when both scan at the same moment.
 */
import { spawn, type ChildProcess } from 'child_process';
import http from 'http';
import net from 'net';
import path from 'path';
import { prepareTestDatabase } from '../harness/database';

process.env.TEST_DB = 'postgres';
const APP_DIR = path.resolve(__dirname, '..', '..');
const ADMIN = { email: 'cluster@example.org', password: 'Cluster12345' };
const SETTINGS_BOUND_MS = 5000;

interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  log: string[];
}

let instances: Instance[] = [];
let databaseEnv: Record<string, string>;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startInstance(name: string): Promise<Instance> {
  const port = await freePort();
  // load() and listen() rather than start(), so a startup error is printed with its stack.
  const script = `const s = require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(APP_DIR)}, distDir: ${JSON.stringify(path.join(APP_DIR, 'dist'))} });
    s.load().then(() => s.listen()).catch((e) => { console.error('STARTUP ERROR', (e && e.stack) || e); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: APP_DIR,
    env: {
      PATH: process.env.PATH!,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_CRON: 'true',
      STRAPI_WRITE_ENV_FILE: 'false',
      LOG_LEVEL: 'info',
      // Shared secrets: every instance must sign and check tokens alike.
      APP_KEYS: 'clusterKeyA,clusterKeyB',
      API_TOKEN_SALT: 'cluster-api-token-salt',
      ADMIN_JWT_SECRET: 'cluster-admin-jwt-secret',
      TRANSFER_TOKEN_SALT: 'cluster-transfer-salt',
      JWT_SECRET: 'cluster-jwt-secret-value',
      ENCRYPTION_KEY: 'cluster-encryption-key-value',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // Both keep answers in one Redis: read-your-writes must hold across them.
      CACHE_URL: process.env.CACHE_URL || 'redis://127.0.0.1:6379',
      ...databaseEnv,
    },
  });
  const log: string[] = [];
  child.stdout!.on('data', (d) => log.push(String(d)));
  child.stderr!.on('data', (d) => log.push(String(d)));
  return { name, url: `http://127.0.0.1:${port}`, child, log };
}

async function waitHealthy(instance: Instance, timeoutMs = 120_000) {
  const started = Date.now();
  for (;;) {
    if (instance.child.exitCode !== null) throw new Error(`${instance.name} exited ${instance.child.exitCode}:\n${instance.log.join('')}`);
    try {
      if ((await fetch(`${instance.url}/_health`)).status === 204) return Date.now() - started;
    } catch {
      /* not yet */
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${instance.name} not healthy:\n${instance.log.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function call(instance: Instance, method: string, pathAndQuery: string, body?: unknown, token?: string) {
  const res = await fetch(`${instance.url}${pathAndQuery}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data: any = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${instance.name} ${method} ${pathAndQuery}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

function migrate(): Promise<void> {
  // The recipe in docs/deployment.md: schema changes from one place, then the instances.
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(APP_DIR, 'scripts', 'migrate.js')], {
      cwd: APP_DIR,
      env: {
        ...process.env,
        ...databaseEnv,
        APP_KEYS: 'clusterKeyA,clusterKeyB',
        API_TOKEN_SALT: 'cluster-api-token-salt',
        ADMIN_JWT_SECRET: 'cluster-admin-jwt-secret',
        TRANSFER_TOKEN_SALT: 'cluster-transfer-salt',
        JWT_SECRET: 'cluster-jwt-secret-value',
        ENCRYPTION_KEY: 'cluster-encryption-key-value',
        NODE_ENV: 'test',
        STRAPI_WRITE_ENV_FILE: 'false',
      },
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db:migrate exited ${code}:\n${output}`))));
  });
}

beforeAll(async () => {
  databaseEnv = await prepareTestDatabase('cluster', { sqliteFile: '' });
  await migrate();
  // Both start at once on the migrated, still empty database: both want to import the demo.
  instances = await Promise.all([startInstance('A'), startInstance('B')]);
  const times = await Promise.all(instances.map((i) => waitHealthy(i)));
  // eslint-disable-next-line no-console
  console.log(`[cluster] A healthy after ${times[0]} ms, B after ${times[1]} ms (started together on a migrated, empty database)`);
}, 180_000);

afterAll(async () => {
  await Promise.all(
    instances.map(
      (i) =>
        new Promise<void>((resolve) => {
          if (i.child.exitCode !== null) return resolve();
          const timer = setTimeout(() => i.child.kill('SIGKILL'), 10_000);
          i.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          i.child.kill('SIGTERM');
        }),
    ),
  );
});

it('two instances started together on an empty database import the demo content once', async () => {
  const [a, b] = instances;
  const slugsA = (await call(a, 'GET', '/api/articles?fields[0]=slug&pagination[pageSize]=100')).data.map((x: any) => x.slug);
  const slugsB = (await call(b, 'GET', '/api/articles?fields[0]=slug&pagination[pageSize]=100')).data.map((x: any) => x.slug);
  expect(slugsA.length).toBeGreaterThanOrEqual(8);
  expect(new Set(slugsA).size).toBe(slugsA.length);
  expect([...slugsB].sort()).toEqual([...slugsA].sort());
  const importers = instances.filter((i) => i.log.join('').includes('[seed] Fertig'));
  expect(importers).toHaveLength(1);
  const waited = instances.filter((i) => i.log.join('').includes('Eine andere Instanz hat die Demo-Inhalte schon importiert'));
  expect(waited).toHaveLength(1);
});

it('an article published through A is served by B with its banner and rendered blocks', async () => {
  const [a, b] = instances;
  const jwt = (await call(a, 'POST', '/admin/login', ADMIN)).data.token;
  const token = (await call(a, 'POST', '/admin/api-tokens', { name: 'cluster', type: 'full-access', lifespan: null }, jwt)).data.accessKey;
  const statistic = (await call(a, 'GET', '/api/statistics?filters[value][$eq]=13.7&fields[0]=label')).data[0];
  const created = await call(
    a,
    'POST',
    '/api/articles',
    {
      data: {
        title: 'Cluster-Test: alt und belegt',
        originallyPublishedAt: '2015-06-01T08:00:00.000Z',
        blocks: [{ __component: 'blocks.study-stat', statistics: [statistic.documentId] }],
      },
    },
    token,
  );
  const onB = (await call(b, 'GET', `/api/articles?filters[slug][$eq]=${created.data.slug}&populate[blocks][on][blocks.study-stat]=true`))
    .data[0];
  expect(onB.editorial.banner.kind).toBe('outdated');
  expect(onB.blocks[0].rendered.figures[0].display).toBe('13,7\u00a0%');
  expect(onB.blocks[0].rendered.citations[0].text).toMatch(/n = 102/);
});

it('settings saved on A apply on B within the documented bound', async () => {
  const [a, b] = instances;
  const jwt = (await call(a, 'POST', '/admin/login', ADMIN)).data.token;
  const banner = async () =>
    (await call(b, 'GET', '/api/articles?filters[slug][$eq]=studie-social-media-manager-kleine-teams-viele-ziele')).data[0].editorial
      .banner;
  expect(await banner()).not.toBeNull();
  const saved = Date.now();
  await call(a, 'PUT', '/editorial/settings', { outdatedAfterMonths: 240 }, jwt);
  let elapsed = 0;
  while ((await banner()) !== null) {
    elapsed = Date.now() - saved;
    if (elapsed > SETTINGS_BOUND_MS + 2000) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  elapsed = Date.now() - saved;
  // eslint-disable-next-line no-console
  console.log(`[cluster] settings saved on A were in force on B after ${elapsed} ms (bound: ${SETTINGS_BOUND_MS} ms)`);
  expect(await banner()).toBeNull();
  expect(elapsed).toBeLessThanOrEqual(SETTINGS_BOUND_MS + 1000);
  await call(a, 'PUT', '/editorial/settings', { outdatedAfterMonths: 24 }, jwt);
});

it('read-your-writes through the shared cache: once A has answered a write, neither instance serves an older answer', async () => {
  const [a, b] = instances;
  const jwt = (await call(a, 'POST', '/admin/login', ADMIN)).data.token;
  const token = (await call(a, 'POST', '/admin/api-tokens', { name: 'cluster-cache', type: 'full-access', lifespan: null }, jwt)).data
    .accessKey;
  const created = await call(a, 'POST', '/api/articles', { data: { title: 'Cluster-Cache: Fassung 0' } }, token);
  const url = `/api/articles?filters[slug][$eq]=${created.data.slug}&fields[0]=title`;
  // Both instances have the answer in the shared cache (same Host for both, as behind one balancer).
  const read = (instance: Instance) =>
    new Promise<{ title: string; cache: string | undefined }>((resolve, reject) => {
      // node:http rather than fetch, which does not let a caller set Host.
      http
        .get(`${instance.url}${url}`, { headers: { Host: 'blog.example.org' } }, (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ title: JSON.parse(text).data[0].title, cache: res.headers['x-cache'] as string | undefined }));
        })
        .on('error', reject);
    });
  await read(a);
  expect((await read(b)).cache).toBe('hit');
  expect((await read(a)).cache).toBe('hit');
  for (let n = 1; n <= 5; n++) {
    await call(a, 'PUT', `/api/articles/${created.data.documentId}`, { data: { title: `Cluster-Cache: Fassung ${n}` } }, token);
    // Right after the write's answer, on the other instance first, then on the writer.
    expect(await read(b)).toEqual({ title: `Cluster-Cache: Fassung ${n}`, cache: 'miss' });
    expect(await read(a)).toEqual({ title: `Cluster-Cache: Fassung ${n}`, cache: 'hit' });
  }
});

it('a freshness event reaches a webhook once, though both instances scan at the same moment', async () => {
  const [a, b] = instances;
  const deliveries: Array<{ event: string; documentId: string }> = [];
  const receiver = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const body = JSON.parse(text);
      deliveries.push({ event: body.event, documentId: body.entry?.documentId });
      res.writeHead(204).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
  try {
    const jwt = (await call(a, 'POST', '/admin/login', ADMIN)).data.token;
    const token = (await call(a, 'POST', '/admin/api-tokens', { name: 'cluster-events', type: 'full-access', lifespan: null }, jwt)).data
      .accessKey;
    // Created on A only: B's runner learns of it when it scans (the scan reloads the stored webhooks).
    await call(
      a,
      'POST',
      '/admin/webhooks',
      { name: 'Redaktion', url: `http://127.0.0.1:${port}/hook`, headers: {}, events: ['editorial.outdated'] },
      jwt,
    );
    // The first scan on a database records what is stale already, without events.
    expect((await call(b, 'POST', '/editorial/freshness-events/scan', {}, jwt)).data.baseline).toBe(true);

    // An article that is outdated from the start: three months old, with a one-month threshold.
    const threeMonthsAgo = new Date(Date.now() - 92 * 86_400_000).toISOString();
    const created = await call(
      a,
      'POST',
      '/api/articles',
      { data: { title: 'Cluster-Ereignis: kurze Frist', originallyPublishedAt: threeMonthsAgo, outdatedAfterMonths: 1 } },
      token,
    );
    const scans = await Promise.all([a, b].map((i) => call(i, 'POST', '/editorial/freshness-events/scan', {}, jwt)));
    expect(scans.map((s) => s.data.emitted).reduce((x, y) => x + y, 0)).toBe(1);
    const deadline = Date.now() + 10_000;
    while (deliveries.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1000));
    expect(deliveries.filter((d) => d.documentId === created.data.documentId)).toEqual([
      { event: 'editorial.outdated', documentId: created.data.documentId },
    ]);
    // And nothing more, on either instance.
    const again = await Promise.all([a, b].map((i) => call(i, 'POST', '/editorial/freshness-events/scan', {}, jwt)));
    expect(again.map((s) => s.data.emitted)).toEqual([0, 0]);
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});
