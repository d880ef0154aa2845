#!/usr/bin/env node
/**
 * `npm run seed`: imports the demo blog into the configured database on demand.
 * Idempotent; prints progress. Uses the same code as the import on first start.
 */
const path = require('path');

async function main() {
  process.env.STRAPI_TELEMETRY_DISABLED = process.env.STRAPI_TELEMETRY_DISABLED || 'true';
  process.env.STRAPI_DISABLE_CRON = 'true';
  // The on-demand run is the one that seeds: skip the automatic import during load.
  process.env.SEED_DEMO = 'false';
  const appDir = path.resolve(__dirname, '..');
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const appContext = await compileStrapi({ appDir });
  const strapi = await createStrapi(appContext).load();
  let exitCode = 0;
  try {
    const { seedDemoContent } = require(path.join(appContext.distDir, 'src', 'seed', 'seed-demo.js'));
    await seedDemoContent(strapi);
  } catch (error) {
    exitCode = 1;
    console.error(`[seed] Fehlgeschlagen: ${error && error.message ? error.message : error}`);
    if (error && error.details) console.error(JSON.stringify(error.details, null, 2));
  } finally {
    await strapi.destroy();
  }
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
