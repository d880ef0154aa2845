/**
 * The database connection from the environment: SQLite by default, PostgreSQL or
 * MySQL/MariaDB with `DATABASE_CLIENT`, from `DATABASE_URL` or host/port/name/user/password,
 * optional TLS, pool bounds and a connection timeout. Every value is checked here, so a
 * wrong setting stops startup with a line that names the variable instead of a driver's
 * stack trace later. Pure apart from the SQLite folder, which `sqliteFolder` creates.
 */
import path from 'path';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';
export const DATABASE_CLIENTS: DatabaseClient[] = ['sqlite', 'postgres', 'mysql'];

export interface DatabaseSettings {
  client: DatabaseClient;
  /** What the connection is, for messages: "PostgreSQL at db.internal:5432, database blog". */
  description: string;
  /** The variables that name the server, for messages about an unreachable one. */
  serverVariables: string[];
  connection: Record<string, unknown>;
}

export class DatabaseConfigError extends Error {}

type Env = Record<string, string | undefined>;

const DEFAULT_PORTS: Record<Exclude<DatabaseClient, 'sqlite'>, number> = { postgres: 5432, mysql: 3306 };
const NAMES: Record<DatabaseClient, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL', mysql: 'MySQL/MariaDB' };

function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DatabaseConfigError(`${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(raw)}).`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (/^(true|1|yes)$/i.test(raw.trim())) return true;
  if (/^(false|0|no)$/i.test(raw.trim())) return false;
  throw new DatabaseConfigError(`${name} must be true or false (got ${JSON.stringify(raw)}).`);
}

interface ServerAddress {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  fromUrl: boolean;
}

function serverAddress(env: Env, client: 'postgres' | 'mysql'): ServerAddress {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseConfigError('DATABASE_URL is not a valid URL (expected e.g. postgres://user:password@host:5432/blog).');
    }
    const schemes = client === 'postgres' ? ['postgres:', 'postgresql:'] : ['mysql:', 'mariadb:'];
    if (!schemes.includes(parsed.protocol)) {
      throw new DatabaseConfigError(
        `DATABASE_URL must start with ${schemes.map((s) => `${s}//`).join(' or ')} for DATABASE_CLIENT=${client} (got ${parsed.protocol}//…).`,
      );
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!parsed.hostname) throw new DatabaseConfigError('DATABASE_URL has no host.');
    if (!database) throw new DatabaseConfigError('DATABASE_URL names no database (…/<database> at the end).');
    return {
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : DEFAULT_PORTS[client],
      database,
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      fromUrl: true,
    };
  }
  const host = (env.DATABASE_HOST ?? 'localhost').trim();
  if (!host) throw new DatabaseConfigError('DATABASE_HOST must not be empty.');
  const database = (env.DATABASE_NAME ?? 'strapi').trim();
  if (!database) throw new DatabaseConfigError('DATABASE_NAME must not be empty.');
  return {
    host,
    port: wholeNumber(env, 'DATABASE_PORT', DEFAULT_PORTS[client], 1, 65535),
    database,
    user: env.DATABASE_USERNAME ?? 'strapi',
    password: env.DATABASE_PASSWORD ?? 'strapi',
    fromUrl: false,
  };
}

function tls(env: Env): false | Record<string, unknown> {
  if (!flag(env, 'DATABASE_SSL', false)) return false;
  return {
    key: env.DATABASE_SSL_KEY || undefined,
    cert: env.DATABASE_SSL_CERT || undefined,
    ca: env.DATABASE_SSL_CA || undefined,
    capath: env.DATABASE_SSL_CAPATH || undefined,
    cipher: env.DATABASE_SSL_CIPHER || undefined,
    rejectUnauthorized: flag(env, 'DATABASE_SSL_REJECT_UNAUTHORIZED', true),
  };
}

/** Strapi's `database.connection` for this environment; throws DatabaseConfigError naming the variable. */
export function databaseSettings(env: Env, projectRoot: string): DatabaseSettings {
  const client = (env.DATABASE_CLIENT ?? 'sqlite').trim().toLowerCase() as DatabaseClient;
  if (!DATABASE_CLIENTS.includes(client)) {
    throw new DatabaseConfigError(
      `DATABASE_CLIENT must be one of ${DATABASE_CLIENTS.join(', ')} (got ${JSON.stringify(env.DATABASE_CLIENT)}).`,
    );
  }
  const acquireConnectionTimeout = wholeNumber(env, 'DATABASE_CONNECTION_TIMEOUT', 60_000, 100, 600_000);

  if (client === 'sqlite') {
    const filename = path.resolve(projectRoot, (env.DATABASE_FILENAME ?? '').trim() || '.tmp/data.db');
    return {
      client,
      description: `SQLite file ${filename}`,
      serverVariables: ['DATABASE_FILENAME'],
      connection: { client: 'sqlite', connection: { filename }, useNullAsDefault: true, acquireConnectionTimeout },
    };
  }

  const address = serverAddress(env, client);
  const min = wholeNumber(env, 'DATABASE_POOL_MIN', 2, 0, 1000);
  const max = wholeNumber(env, 'DATABASE_POOL_MAX', 10, 1, 1000);
  if (min > max) throw new DatabaseConfigError(`DATABASE_POOL_MIN (${min}) must not be larger than DATABASE_POOL_MAX (${max}).`);
  const ssl = tls(env);
  const connection: Record<string, unknown> = {
    host: address.host,
    port: address.port,
    database: address.database,
    user: address.user,
    password: address.password,
    ssl,
  };
  if (client === 'postgres') {
    connection.schema = (env.DATABASE_SCHEMA ?? 'public').trim() || 'public';
    connection.connectionTimeoutMillis = acquireConnectionTimeout;
  } else {
    connection.connectTimeout = acquireConnectionTimeout;
  }
  return {
    client,
    description: `${NAMES[client]} at ${address.host}:${address.port}, database ${address.database}, user ${address.user || '(none)'}`,
    serverVariables: address.fromUrl ? ['DATABASE_URL'] : ['DATABASE_HOST', 'DATABASE_PORT'],
    connection: { client, connection, pool: { min, max }, acquireConnectionTimeout },
  };
}

/** One line for an operator whose database cannot be reached, naming what to check. */
export function describeConnectionFailure(
  settings: DatabaseSettings,
  error: { code?: string; errno?: number; message?: string; name?: string },
): string {
  const where = settings.description;
  const server = settings.serverVariables.join(', ');
  const credentials = settings.serverVariables.includes('DATABASE_URL') ? 'DATABASE_URL' : 'DATABASE_USERNAME, DATABASE_PASSWORD';
  const database = settings.serverVariables.includes('DATABASE_URL') ? 'DATABASE_URL' : 'DATABASE_NAME';
  const code = String(error.code ?? '');
  let reason: string;
  if (code === 'ECONNREFUSED') reason = `connection refused: is the server running, and are ${server} right?`;
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') reason = `unknown host: check ${server}.`;
  else if (code === 'ETIMEDOUT' || code === 'ECONNRESET' || error.name === 'KnexTimeoutError' || /timeout/i.test(error.message ?? '')) {
    reason = `no answer in time (DATABASE_CONNECTION_TIMEOUT): check ${server} and the network.`;
  } else if (code === '28P01' || code === '28000' || code === 'ER_ACCESS_DENIED_ERROR' || code === 'ER_DBACCESS_DENIED_ERROR') {
    reason = `access denied: check ${credentials}.`;
  } else if (code === '3D000' || code === 'ER_BAD_DB_ERROR') reason = `the database does not exist: create it or fix ${database}.`;
  else if (code === 'SQLITE_CANTOPEN') reason = 'cannot open the file: check DATABASE_FILENAME and its folder’s permissions.';
  else reason = `${error.message ?? code ?? 'unknown error'}`.split('\n')[0];
  return `Cannot connect to ${where}: ${reason}`;
}
