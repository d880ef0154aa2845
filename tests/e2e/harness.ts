/**
 * Browser tests run the production build (`npm run build`) with `strapi start` on a
 * throw-away SQLite database and a free port, seeded with the demo content, and drive
 * Debian's Chromium through playwright-core (never a downloaded browser).
 */
import { spawn, type ChildProcess } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import { removeSqliteDatabase } from '../../bench/sqlite-files';
import net from 'net';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import WebSocket from 'ws';

export const APP_DIR = path.resolve(__dirname, '..', '..');
export const ARTIFACTS = path.join(__dirname, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ADMIN = { email: 'e2e-admin@example.org', password: 'E2eRedaktion123' };

export interface RunningServer {
  url: string;
  process: ChildProcess;
  dbFile: string;
  log: string[];
  /** Current resident memory of the server process in MB (from /proc). */
  rssMb(): number | null;
  /**
   * Memory after a full garbage collection, through the inspector (only with the
   * `inspect` option): the steady measure, where RSS depends on when V8 last collected.
   */
  memoryAfterGc(): Promise<{ rssMb: number; heapUsedMb: number }>;
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(
  name: string,
  env: Record<string, string> = {},
  options: { keepDatabase?: boolean; inspect?: boolean } = {},
): Promise<RunningServer> {
  if (env.SERVE_ADMIN_PANEL !== 'false' && !fs.existsSync(path.join(APP_DIR, 'dist', 'build', 'index.html'))) {
    throw new Error('No admin build found: run `npm run build` before the browser tests.');
  }
  const port = await freePort();
  const dbFile = env.DATABASE_FILENAME ?? path.join(APP_DIR, '.tmp', `e2e-${name}-${process.pid}.db`);
  if (!options.keepDatabase) removeSqliteDatabase(dbFile);
  const secret = () => crypto.randomBytes(24).toString('base64');
  const inspectPort = options.inspect ? await freePort() : null;
  const nodeArgs = inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, path.join(APP_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    {
      cwd: APP_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: dbFile,
        APP_KEYS: `${secret()},${secret()}`,
        API_TOKEN_SALT: secret(),
        ADMIN_JWT_SECRET: secret(),
        TRANSFER_TOKEN_SALT: secret(),
        JWT_SECRET: secret(),
        ENCRYPTION_KEY: secret(),
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_DISABLE_CRON: 'true',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log: string[] = [];
  child.stdout!.on('data', (chunk) => log.push(String(chunk)));
  child.stderr!.on('data', (chunk) => log.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`strapi start exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204 || res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - started > 120_000) throw new Error(`strapi start did not answer within 120 s:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  // eslint-disable-next-line no-console
  console.log(`[e2e] ${name}: strapi start answered after ${((Date.now() - started) / 1000).toFixed(1)} s on ${url}`);
  return {
    url,
    process: child,
    dbFile,
    log,
    rssMb() {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        return Math.round(kb / 1024);
      } catch {
        return null;
      }
    },
    async memoryAfterGc() {
      if (!inspectPort) throw new Error('memoryAfterGc() needs startServer(…, { inspect: true })');
      return memoryAfterGc(inspectPort);
    },
    async stop(stopOptions: { keepDatabase?: boolean } = {}) {
      if (child.exitCode === null) {
        let timer: NodeJS.Timeout | undefined;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) {
          child.kill('SIGKILL');
          await exited;
        }
      }
      if (!stopOptions.keepDatabase) {
        removeUploadedFiles(dbFile);
        removeSqliteDatabase(dbFile);
      }
    },
  };
}

/** The files a throw-away database uploaded (demo covers and their resized copies), so `public/uploads` does not fill up. */
function removeUploadedFiles(dbFile: string) {
  if (!fs.existsSync(dbFile)) return;

  const Database = require('better-sqlite3');
  const db = new Database(dbFile, { readonly: true });
  try {
    const hasFiles = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'files'").get();
    if (!hasFiles) return;
    for (const row of db.prepare('SELECT url, formats FROM files').all() as Array<{ url: string; formats: string | null }>) {
      const formats = Object.values((row.formats ? JSON.parse(row.formats) : {}) as Record<string, { url: string }>).map((f) => f.url);
      for (const url of [row.url, ...formats]) {
        if (url?.startsWith('/uploads/')) fs.rmSync(path.join(APP_DIR, 'public', url), { force: true });
      }
    }
  } finally {
    db.close();
  }
}

/** Collects garbage in the inspected process and reads its memory (Chrome DevTools Protocol). */
async function memoryAfterGc(port: number): Promise<{ rssMb: number; heapUsedMb: number }> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let id = 0;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<any>((resolve, reject) => {
      const callId = (id += 1);
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(String(data));
        if (message.id !== callId) return;
        socket.off('message', onMessage);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id: callId, method, params }));
    });
  try {
    // Twice: the first pass can leave garbage that only finalizers released.
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const { result } = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
    const usage = JSON.parse(result.value) as { rss: number; heapUsed: number };
    return { rssMb: Math.round(usage.rss / 2 ** 20), heapUsedMb: Math.round(usage.heapUsed / 2 ** 20) };
  } finally {
    socket.close();
  }
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context whose admin speaks German, like the blog's editors. */
export async function germanContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1440, height: 1000 } });
  await context.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'de'));
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Logs in through the admin's login form. */
export async function logIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 30_000 });
}

/** The public REST API, as a reader's frontend calls it. */
export async function publicJson(baseUrl: string, pathAndQuery: string): Promise<any> {
  const res = await fetch(`${baseUrl}${pathAndQuery}`);
  if (!res.ok) throw new Error(`${pathAndQuery}: ${res.status}`);
  return res.json();
}

/** Signs in as the harness's admin and creates a full-access API token named `name`. */
export async function fullAccessToken(baseUrl: string, name: string): Promise<string> {
  const post = async (path: string, body: unknown, jwt?: string) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.json();
  };
  const login = await post('/admin/login', ADMIN);
  return (await post('/admin/api-tokens', { name, type: 'full-access', lifespan: null }, login.data.token)).data.accessKey;
}
