/**
 * Once per Jest run, before any worker starts: compiles the TypeScript app (each worker then
 * only loads `dist/`, so workers never race on the compiler output; `TEST_APP_COMPILED=1`
 * says `dist/` is current, as .ci/run sets after `npm run build`), fixes the run's secrets,
 * and, for the integration and security tests, seeds the database template they copy
 * (harness/database-template.js).
 */
const path = require('path');
const { applyTestSecrets } = require('./test-environment');
const { buildDatabaseTemplate } = require('./database-template');

module.exports = async (_globalConfig, projectConfig) => {
  const appDir = path.resolve(__dirname, '..', '..');
  // The integration and security projects share this setup, and Jest runs every project's
  // global setup before any test: the first call does the work, the second finds it done.
  if (process.env.TEST_HARNESS_SETUP_BY === String(process.pid)) return;
  process.env.TEST_HARNESS_SETUP_BY = String(process.pid);
  // Names this run's throw-away server databases (inherited by the workers, read by the teardown).
  process.env.TEST_RUN_ID = process.env.TEST_RUN_ID || `${Date.now().toString(36)}${process.pid.toString(36)}`;
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  applyTestSecrets(process.env);
  // eslint-disable-next-line no-console
  console.log(`\n[harness] integration tests on ${process.env.TEST_DB || 'sqlite'}`);
  if (process.env.TEST_APP_COMPILED !== '1') {
    const { compileStrapi } = require('@strapi/strapi');
    const started = Date.now();
    await compileStrapi({ appDir });
    process.env.TEST_APP_COMPILED = '1';
    // eslint-disable-next-line no-console
    console.log(`[harness] compiled the app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // The load and cluster tests start their own servers (tests/e2e/harness.ts): no template.
  const project = projectConfig?.displayName?.name ?? projectConfig?.displayName;
  if (project === 'integration' || project === 'security') await buildDatabaseTemplate(process.env.TEST_RUN_ID);
};
