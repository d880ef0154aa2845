/**
 * One throw-away database per test file and Jest worker, on the engine `TEST_DB` names:
 * `sqlite` (default: a file under .tmp/), `postgres` (127.0.0.1:5432, user postgres) or
 * `mysql` (MariaDB/MySQL at 127.0.0.1:3306, user root). Server databases are created
 * fresh on start and dropped by the global teardown (all of this run's, by prefix).
 * `TEST_PG_*` / `TEST_MYSQL_*` override the server addresses.
 */
import fs from 'fs';
import path from 'path';
import { pgServer, mysqlServer } from './database-servers';
import { removeSqliteDatabase } from '../../bench/sqlite-files';

export type TestEngine = 'sqlite' | 'postgres' | 'mysql';

export function testEngine(): TestEngine {
  const engine = (process.env.TEST_DB ?? 'sqlite').toLowerCase();
  if (engine === 'sqlite' || engine === 'postgres' || engine === 'mysql') return engine;
  throw new Error(`TEST_DB must be sqlite, postgres or mysql (got ${engine})`);
}

export { pgServer, mysqlServer };

/** This run's prefix for database names (set once by the global setup, inherited by workers). */
export function runPrefix(): string {
  if (!process.env.TEST_RUN_ID) process.env.TEST_RUN_ID = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  return `strapi_t_${process.env.TEST_RUN_ID}`;
}

export function databaseName(name: string): string {
  const worker = process.env.JEST_WORKER_ID ?? '0';
  const clean = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 24);
  return `${runPrefix()}_${worker}_${clean}`.slice(0, 63);
}

export async function withPg<T>(work: (client: any) => Promise<T>, database = 'postgres'): Promise<T> {
  const { Client } = require('pg');
  const client = new Client({ ...pgServer(), database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function withMysql<T>(work: (connection: any) => Promise<T>): Promise<T> {
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection(mysqlServer());
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** PostgreSQL refuses a copy while another one of the same template is starting (55006): wait and retry. */
async function createFromTemplate(client: any, database: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * The DATABASE_* variables for a fresh (or, with `reuse`, the earlier) database called `name`;
 * with `fromTemplate`, a copy of the run's seeded template (harness/database-template.js).
 */
export async function prepareTestDatabase(
  name: string,
  options: { reuse?: boolean; sqliteFile: string; fromTemplate?: boolean },
): Promise<Record<string, string>> {
  const engine = testEngine();
  const template = options.fromTemplate && !options.reuse ? process.env.TEST_DB_TEMPLATE : undefined;
  if (engine === 'sqlite') {
    if (!options.reuse) removeSqliteDatabase(options.sqliteFile);
    fs.mkdirSync(path.dirname(options.sqliteFile), { recursive: true });
    if (template) fs.copyFileSync(template, options.sqliteFile);
    return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: options.sqliteFile };
  }
  const database = databaseName(name);
  if (engine === 'postgres') {
    if (!options.reuse) {
      await withPg(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        if (template) await createFromTemplate(client, database, template);
        else await client.query(`CREATE DATABASE "${database}"`);
      });
    }
    const server = pgServer();
    return {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: server.host,
      DATABASE_PORT: String(server.port),
      DATABASE_NAME: database,
      DATABASE_USERNAME: server.user,
      DATABASE_PASSWORD: server.password,
      DATABASE_POOL_MIN: '0',
      DATABASE_POOL_MAX: '5',
    };
  }
  if (!options.reuse) {
    await withMysql(async (connection) => {
      await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    });
  }
  const server = mysqlServer();
  return {
    DATABASE_CLIENT: 'mysql',
    DATABASE_HOST: server.host,
    DATABASE_PORT: String(server.port),
    DATABASE_NAME: database,
    DATABASE_USERNAME: server.user,
    DATABASE_PASSWORD: server.password,
    DATABASE_POOL_MIN: '0',
    DATABASE_POOL_MAX: '5',
  };
}
