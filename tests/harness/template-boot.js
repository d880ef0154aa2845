/**
 * Child process of harness/database-template.js: boots Strapi once on the template
 * database (DATABASE_* from the parent) with the demo content, and stops it cleanly.
 */
const path = require('path');
const { applyTestEnvironment } = require('./test-environment');

const APP_DIR = path.resolve(__dirname, '..', '..');

async function main() {
  applyTestEnvironment(process.env, { seed: true, covers: false });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  await strapi.destroy();
}

main().then(
  () => process.exit(0),
  (error) => {
    // eslint-disable-next-line no-console
    console.error('[harness] the template database could not be built:', error);
    process.exit(1);
  },
);
