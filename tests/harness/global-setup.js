/**
 * Compiles the TypeScript app once for all Jest workers (each worker then only loads
 * `dist/`), so workers never race on the compiler output.
 */
const path = require('path');

module.exports = async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  // Names this run's throw-away server databases (inherited by the workers, read by the teardown).
  process.env.TEST_RUN_ID = process.env.TEST_RUN_ID || `${Date.now().toString(36)}${process.pid.toString(36)}`;
  // The integration and security projects share this setup; Jest runs every project's
  // global setup before any test, so one compilation serves both.
  if (process.env.TEST_APP_COMPILED === '1') return;
  // eslint-disable-next-line no-console
  console.log(`\n[harness] integration tests on ${process.env.TEST_DB || 'sqlite'}`);
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const { compileStrapi } = require('@strapi/strapi');
  const started = Date.now();
  await compileStrapi({ appDir });
  process.env.TEST_APP_COMPILED = '1';
  // eslint-disable-next-line no-console
  console.log(`\n[harness] compiled the app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};
