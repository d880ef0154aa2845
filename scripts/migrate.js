#!/usr/bin/env node
/**
 * `npm run db:migrate`: brings the configured database up to this version (Strapi's
 * internal migrations, `database/migrations/`, table and index changes) and exits.
 * Run it from one place before starting or scaling up several instances: Strapi does
 * not coordinate schema changes between instances that start at the same moment.
 * Imports no demo content unless SEED_DEMO=true.
 */
const path = require('path');

async function main() {
  process.env.STRAPI_TELEMETRY_DISABLED = process.env.STRAPI_TELEMETRY_DISABLED || 'true';
  process.env.STRAPI_DISABLE_CRON = 'true';
  if (process.env.SEED_DEMO !== 'true') process.env.SEED_DEMO = 'false';
  const appDir = path.resolve(__dirname, '..');
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const started = Date.now();
  console.log('[migrate] compiling and loading the app …');
  const appContext = await compileStrapi({ appDir });
  const strapi = await createStrapi(appContext).load();
  const names = (
    await strapi.db
      .connection('strapi_migrations')
      .select('name')
      .catch(() => [])
  ).map((r) => r.name);
  console.log(
    `[migrate] database is up to date (${names.length} app migration(s) recorded) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await strapi.destroy();
  process.exit(0);
}

main().catch((error) => {
  console.error(`[migrate] failed: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
