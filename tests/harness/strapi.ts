/**
 * Boots a real Strapi instance on a throw-away SQLite file per Jest worker and serves it
 * over HTTP for supertest. Tests talk to it the way a frontend does.
 */
import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

export const APP_DIR = path.resolve(__dirname, '..', '..');

export interface TestInstance {
  strapi: Core.Strapi;
  /** The HTTP server supertest talks to. */
  server: any;
  dbFile: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Keep the database of an earlier boot in this worker (for restart tests). */
  reuseDatabase?: boolean;
  /** Import the demo content on boot (default true). */
  seed?: boolean;
  /** A name that keeps this file's database apart from others in the worker. */
  name?: string;
  env?: Record<string, string>;
}

function setTestEnvironment(options: StartOptions) {
  const env = process.env;
  env.NODE_ENV = 'test';
  env.STRAPI_TELEMETRY_DISABLED = 'true';
  env.STRAPI_DISABLE_CRON = 'true';
  env.STRAPI_WRITE_ENV_FILE = 'false';
  env.SEED_DEMO = options.seed === false ? 'false' : 'true';
  env.LOG_LEVEL = env.LOG_LEVEL ?? 'warn';
  for (const name of ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
    env[name] = env[name] || crypto.randomBytes(16).toString('hex');
  }
  env.APP_KEYS = env.APP_KEYS || 'testKeyA,testKeyB';
  Object.assign(env, options.env ?? {});
}

export function databaseFileFor(name: string): string {
  const worker = process.env.JEST_WORKER_ID ?? '0';
  return path.join(APP_DIR, '.tmp', `test-${worker}-${name}.db`);
}

export async function startStrapi(options: StartOptions = {}): Promise<TestInstance> {
  setTestEnvironment(options);
  const dbFile = databaseFileFor(options.name ?? 'default');
  if (!options.reuseDatabase) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  }
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = dbFile;

  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  strapi.server.mount();
  return {
    strapi,
    server: strapi.server.httpServer,
    dbFile,
    async stop() {
      await strapi.destroy();
    },
  };
}
