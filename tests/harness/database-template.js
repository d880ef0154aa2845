/**
 * A seeded database to copy: most test files start Strapi on a fresh database with the demo
 * content, and creating the schema and importing the demo took 3–5 s a boot (a copy takes
 * well under one). The global setup boots Strapi once on the template in a child process
 * (the environment of harness/test-environment.js, nothing else: the template must not depend
 * on which test asked first); harness/strapi.ts copies it for boots that only differ from
 * that one in settings read at every start (TEMPLATE_SAFE_ENV).
 * SQLite copies the file, PostgreSQL uses CREATE DATABASE … TEMPLATE. MariaDB has no cheap
 * copy that keeps the foreign keys, so its tests build their databases as before.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { pgServer } = require('./database-servers');
const { removeSqliteDatabase } = require('../../bench/sqlite-files');

/** Options a test may pass that are read on every start and stored nowhere before it. */
const TEMPLATE_SAFE_ENV = new Set([
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'CORS_ORIGINS',
  'SITE_NAME',
  'ADMISSION_CONCURRENCY',
  'ADMISSION_QUEUE',
  'ADMISSION_MAX_WAIT_MS',
]);

const APP_DIR = path.resolve(__dirname, '..', '..');
const engineOf = () => (process.env.TEST_DB || 'sqlite').toLowerCase();
const sqliteTemplateFile = (runId) => path.join(APP_DIR, '.tmp', `test-template-${runId}.db`);
const pgTemplateName = (runId) => `strapi_t_${runId}_template`;

/**
 * Builds this run's template (needs the compiled app in dist/) and names it in
 * TEST_DB_TEMPLATE for the workers; nothing on MariaDB or with TEST_FRESH_DATABASES=1 (every
 * boot then creates and seeds its own database).
 */
async function buildDatabaseTemplate(runId) {
  const engine = engineOf();
  delete process.env.TEST_DB_TEMPLATE;
  if (process.env.TEST_FRESH_DATABASES === '1' || engine === 'mysql') return;
  const started = Date.now();
  let database;
  if (engine === 'sqlite') {
    const file = sqliteTemplateFile(runId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    removeSqliteDatabase(file);
    database = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file };
  } else {
    const name = pgTemplateName(runId);
    const server = pgServer();
    const { Client } = require('pg');
    const client = new Client({ ...server, database: 'postgres' });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    database = {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: server.host,
      DATABASE_PORT: String(server.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: server.user,
      DATABASE_PASSWORD: server.password,
    };
  }
  execFileSync(process.execPath, [path.join(__dirname, 'template-boot.js')], {
    cwd: APP_DIR,
    env: { ...process.env, ...database },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 180_000,
  });
  process.env.TEST_DB_TEMPLATE = engine === 'sqlite' ? database.DATABASE_FILENAME : database.DATABASE_NAME;
  // eslint-disable-next-line no-console
  console.log(`[harness] seeded the ${engine} template database in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Whether a boot with these options may start from the template (see TEMPLATE_SAFE_ENV). */
function mayUseTemplate({ seed = true, covers = false, reuseDatabase = false, env = {} }) {
  if (!process.env.TEST_DB_TEMPLATE || !seed || covers || reuseDatabase) return false;
  return Object.keys(env).every((name) => TEMPLATE_SAFE_ENV.has(name));
}

module.exports = { buildDatabaseTemplate, mayUseTemplate, TEMPLATE_SAFE_ENV };
