/**
 * Boots a real Strapi instance on a throw-away SQLite file per Jest worker and serves it
 * over HTTP for supertest. Tests talk to it the way a frontend does.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { prepareTestDatabase } from './database';
import { mayUseTemplate } from './database-template';
import { applyTestEnvironment } from './test-environment';

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
  /** Upload the demo's generated cover images (default false: four resized copies each, ~4 s a boot). */
  covers?: boolean;
  /** A name that keeps this file's database apart from others in the worker. */
  name?: string;
  env?: Record<string, string>;
}

function setTestEnvironment(options: StartOptions) {
  applyTestEnvironment(process.env, { seed: options.seed !== false, covers: options.covers === true });
  Object.assign(process.env, options.env ?? {});
}

/** The files this test's database uploaded (and their resized copies), so `public/uploads` does not fill up. */
async function removeUploadedFiles(strapi: Core.Strapi) {
  const files = (await strapi.db.query('plugin::upload.file').findMany({ select: ['url', 'formats'] })) as Array<{
    url: string;
    formats: Record<string, { url: string }> | null;
  }>;
  for (const file of files) {
    for (const url of [file.url, ...Object.values(file.formats ?? {}).map((f) => f.url)]) {
      if (url?.startsWith('/uploads/')) fs.rmSync(path.join(strapi.dirs.static.public, url), { force: true });
    }
  }
}

export function databaseFileFor(name: string): string {
  const worker = process.env.JEST_WORKER_ID ?? '0';
  return path.join(APP_DIR, '.tmp', `test-${worker}-${name}.db`);
}

export async function startStrapi(options: StartOptions = {}): Promise<TestInstance> {
  setTestEnvironment(options);
  const dbFile = databaseFileFor(options.name ?? 'default');
  const fromTemplate = mayUseTemplate(options);
  Object.assign(
    process.env,
    await prepareTestDatabase(options.name ?? 'default', { reuse: options.reuseDatabase, sqliteFile: dbFile, fromTemplate }),
  );

  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  // The upload plugin schedules its weekly metrics 15 s after a database's first start: in a
  // test that job only lands stray queries in the middle of query counts.
  (strapi.cron as any).remove?.('uploadWeekly');
  strapi.server.mount();
  return {
    strapi,
    server: strapi.server.httpServer,
    dbFile,
    async stop() {
      await waitForIdleDatabase(strapi);
      await removeUploadedFiles(strapi);
      await strapi.destroy();
    },
  };
}

/**
 * Strapi finishes some work after answering (content history, event listeners); on a
 * server database it may still hold or await a pooled connection when a test ends.
 * Destroying the pool then aborts it, so wait until the pool is idle (at most 5 s).
 */
async function waitForIdleDatabase(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db?.connection as any)?.client?.pool;
  if (!pool || typeof pool.numUsed !== 'function') return;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
