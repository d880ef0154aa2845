/**
 * The demo import killed with SIGKILL half-way, then a restart: the import completes and
 * no row is duplicated. Production build, SQLite.
 */
import { spawn } from 'child_process';
import Database from 'better-sqlite3';
import path from 'path';
import { removeSqliteDatabase } from '../../bench/sqlite-files';
import { APP_DIR, startServer } from '../e2e/harness';

const DB = path.join(APP_DIR, '.tmp', `load-seed-kill-${process.pid}.db`);
const SECRETS = {
  APP_KEYS: 'killKeyA,killKeyB',
  API_TOKEN_SALT: 'kill-salt-kill-salt',
  ADMIN_JWT_SECRET: 'kill-admin-secret',
  TRANSFER_TOKEN_SALT: 'kill-transfer-salt',
  JWT_SECRET: 'kill-jwt-secret-x',
  ENCRYPTION_KEY: 'kill-encryption-key-x',
};

/** The server being killed, if a failed run left it alive: Jest would otherwise never exit. */
let seeding: ReturnType<typeof spawn> | null = null;

afterAll(() => {
  if (seeding && seeding.exitCode === null) seeding.kill('SIGKILL');
  removeSqliteDatabase(DB);
});

/** The import's progress lines read `[seed] step/total …`: true once a step is past half of the total. */
function halfWay(output: string): boolean {
  return [...output.matchAll(/\[seed\]\s+(\d+)\/(\d+)/g)].some((m) => Number(m[1]) * 2 >= Number(m[2]) && Number(m[1]) < Number(m[2]));
}

function killDuringSeed(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(APP_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
      cwd: APP_DIR,
      env: {
        ...process.env,
        ...SECRETS,
        NODE_ENV: 'production',
        PUBLIC_URL: 'http://127.0.0.1',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: DB,
        SERVE_ADMIN_PANEL: 'false',
        STRAPI_DISABLE_CRON: 'true',
        STRAPI_TELEMETRY_DISABLED: 'true',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    seeding = child;
    let output = '';
    let finished = false;
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      if (child.exitCode !== null) return;
      // Half-way through the import's steps, however many the demo has.
      if (halfWay(output)) child.kill('SIGKILL');
      else if (/\[seed\] Fertig/.test(output)) {
        // Too late: the import finished before half-way was seen (the server would never exit).
        finished = true;
        child.kill('SIGKILL');
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' && !finished ? resolve(output) : reject(new Error(`not killed half-way (exit ${code}, ${signal}):\n${output}`)),
    );
  });
}

function duplicates(): { table: string; rows: number }[] {
  const db = new Database(DB, { readonly: true });
  try {
    const found: { table: string; rows: number }[] = [];
    for (const table of ['articles', 'studies', 'statistics', 'book_tips']) {
      const rows = db
        .prepare(
          `SELECT COUNT(*) AS n FROM (SELECT document_id, locale, published_at IS NULL AS draft, COUNT(*) AS c FROM ${table} GROUP BY 1, 2, 3 HAVING c > 1)`,
        )
        .get() as { n: number };
      if (rows.n > 0) found.push({ table, rows: rows.n });
    }
    // Categories are localized: the same slug once per locale.
    for (const [table, key] of [
      ['categories', 'slug, locale'],
      ['tags', 'slug'],
      ['authors', 'slug'],
    ]) {
      const rows = db
        .prepare(
          `SELECT COUNT(*) AS n FROM (SELECT ${key}, COUNT(*) AS c FROM ${table} WHERE published_at IS NOT NULL GROUP BY ${key} HAVING c > 1)`,
        )
        .get() as { n: number };
      if (rows.n > 0) found.push({ table, rows: rows.n });
    }
    const slugs = db
      .prepare(
        'SELECT COUNT(*) AS n FROM (SELECT slug, locale, COUNT(*) AS c FROM articles WHERE published_at IS NOT NULL GROUP BY 1, 2 HAVING c > 1)',
      )
      .get() as { n: number };
    if (slugs.n > 0) found.push({ table: 'articles (slug)', rows: slugs.n });
    return found;
  } finally {
    db.close();
  }
}

it('SIGKILL during the demo import, restart: the import completes without duplicates', async () => {
  removeSqliteDatabase(DB);
  const output = await killDuringSeed();
  expect(halfWay(output)).toBe(true);
  expect(output).not.toMatch(/\[seed\] Fertig/);

  const server = await startServer('seed-kill', { ...SECRETS, DATABASE_FILENAME: DB, SERVE_ADMIN_PANEL: 'false' }, { keepDatabase: true });
  try {
    const log = server.log.join('');
    expect(log).toMatch(/\[seed\] Fertig/);
    const articles = await (await fetch(`${server.url}/api/articles?fields[0]=slug&pagination[pageSize]=100`)).json();
    expect(articles.data.length).toBeGreaterThanOrEqual(8);
    expect(duplicates()).toEqual([]);
  } finally {
    await server.stop({ keepDatabase: true });
  }
  // A third start imports nothing more.
  const again = await startServer('seed-kill', { ...SECRETS, DATABASE_FILENAME: DB, SERVE_ADMIN_PANEL: 'false' }, { keepDatabase: true });
  await again.stop({ keepDatabase: true });
  expect(duplicates()).toEqual([]);
});
