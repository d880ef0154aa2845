/**
 * The environment every test Strapi boots with: test mode, no telemetry, no cron, no .env
 * writes, and secrets that stay the same for the whole run (set by the first caller, the
 * global setup, and inherited by the workers and the database template's boot), so every
 * instance of the run can read what another one stored. Used by harness/strapi.ts and
 * harness/database-template.js.
 */
const crypto = require('crypto');

const SECRETS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

/** The run's secrets, once: the global setup calls this so that every worker inherits the same. */
function applyTestSecrets(env) {
  for (const name of SECRETS) env[name] = env[name] || crypto.randomBytes(16).toString('hex');
  env.APP_KEYS = env.APP_KEYS || 'testKeyA,testKeyB';
}

/** Sets the test environment on `env` (process.env): `seed` imports the demo content, `covers` its images. */
function applyTestEnvironment(env, { seed = true, covers = false } = {}) {
  env.NODE_ENV = 'test';
  env.STRAPI_TELEMETRY_DISABLED = 'true';
  env.STRAPI_DISABLE_CRON = 'true';
  env.STRAPI_WRITE_ENV_FILE = 'false';
  env.SEED_DEMO = seed ? 'true' : 'false';
  env.SEED_DEMO_COVERS = covers ? 'true' : 'false';
  env.LOG_LEVEL = env.LOG_LEVEL || 'warn';
  applyTestSecrets(env);
}

module.exports = { applyTestEnvironment, applyTestSecrets };
