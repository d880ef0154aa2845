import { databaseSettings, describeConnectionFailure, DatabaseConfigError } from '../../../src/runtime/database-config';

const ROOT = '/srv/blog';
const settings = (env: Record<string, string>) => databaseSettings(env, ROOT);
const refused = (env: Record<string, string>) => {
  try {
    settings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a DatabaseConfigError');
};

describe('database settings from the environment', () => {
  it('defaults to SQLite under .tmp, relative paths from the project root', () => {
    expect(settings({}).connection).toMatchObject({
      client: 'sqlite',
      connection: { filename: '/srv/blog/.tmp/data.db' },
      acquireConnectionTimeout: 60000,
    });
    expect((settings({ DATABASE_FILENAME: 'data/blog.db' }).connection.connection as any).filename).toBe('/srv/blog/data/blog.db');
    expect((settings({ DATABASE_FILENAME: '/var/lib/blog.db' }).connection.connection as any).filename).toBe('/var/lib/blog.db');
  });

  it('PostgreSQL from host variables, with pool, timeout, schema and TLS', () => {
    const s = settings({
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: 'db',
      DATABASE_NAME: 'blog',
      DATABASE_USERNAME: 'u',
      DATABASE_PASSWORD: 'p',
      DATABASE_POOL_MIN: '0',
      DATABASE_POOL_MAX: '20',
      DATABASE_CONNECTION_TIMEOUT: '5000',
      DATABASE_SSL: 'true',
      DATABASE_SSL_REJECT_UNAUTHORIZED: 'false',
    });
    expect(s.connection).toMatchObject({
      client: 'postgres',
      pool: { min: 0, max: 20 },
      acquireConnectionTimeout: 5000,
      connection: {
        host: 'db',
        port: 5432,
        database: 'blog',
        user: 'u',
        password: 'p',
        schema: 'public',
        connectionTimeoutMillis: 5000,
        ssl: { rejectUnauthorized: false },
      },
    });
    expect(s.description).toBe('PostgreSQL at db:5432, database blog, user u');
    expect(s.serverVariables).toEqual(['DATABASE_HOST', 'DATABASE_PORT']);
  });

  it('PostgreSQL and MySQL from DATABASE_URL, with escaped credentials', () => {
    const pg = settings({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgresql://blog%40x:p%2Fw@db.internal:6543/blog' });
    expect(pg.connection.connection).toMatchObject({ host: 'db.internal', port: 6543, database: 'blog', user: 'blog@x', password: 'p/w' });
    expect(pg.serverVariables).toEqual(['DATABASE_URL']);
    const my = settings({ DATABASE_CLIENT: 'mysql', DATABASE_URL: 'mysql://root@127.0.0.1/blog' });
    expect(my.connection).toMatchObject({
      client: 'mysql',
      connection: { host: '127.0.0.1', port: 3306, database: 'blog', user: 'root', password: '', connectTimeout: 60000 },
    });
  });

  it('refuses wrong settings with a message that names the variable', () => {
    expect(refused({ DATABASE_CLIENT: 'oracle' })).toMatch(/^DATABASE_CLIENT must be one of sqlite, postgres, mysql/);
    expect(refused({ DATABASE_CLIENT: 'postgres', DATABASE_PORT: 'fünf' })).toMatch(
      /^DATABASE_PORT must be a whole number from 1 to 65535/,
    );
    expect(refused({ DATABASE_CLIENT: 'postgres', DATABASE_PORT: '70000' })).toMatch(/^DATABASE_PORT/);
    expect(refused({ DATABASE_CLIENT: 'mysql', DATABASE_POOL_MIN: '5', DATABASE_POOL_MAX: '2' })).toMatch(
      /^DATABASE_POOL_MIN \(5\) must not be larger than DATABASE_POOL_MAX \(2\)/,
    );
    expect(refused({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'not a url' })).toMatch(/^DATABASE_URL is not a valid URL/);
    expect(refused({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'mysql://h/db' })).toMatch(/^DATABASE_URL must start with postgres:\/\//);
    expect(refused({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgres://h' })).toMatch(/^DATABASE_URL names no database/);
    expect(refused({ DATABASE_CLIENT: 'postgres', DATABASE_SSL: 'vielleicht' })).toMatch(/^DATABASE_SSL must be true or false/);
    expect(refused({ DATABASE_CONNECTION_TIMEOUT: '-1' })).toMatch(/^DATABASE_CONNECTION_TIMEOUT/);
    expect(refused({ DATABASE_CLIENT: 'mysql', DATABASE_HOST: ' ' })).toMatch(/^DATABASE_HOST must not be empty/);
  });
});

describe('unreachable database messages', () => {
  const pg = settings({ DATABASE_CLIENT: 'postgres', DATABASE_HOST: 'db', DATABASE_PORT: '5433', DATABASE_NAME: 'blog' });
  it.each([
    [{ code: 'ECONNREFUSED' }, /PostgreSQL at db:5433.*connection refused.*DATABASE_HOST, DATABASE_PORT/],
    [{ code: 'ENOTFOUND' }, /unknown host: check DATABASE_HOST, DATABASE_PORT/],
    [{ name: 'KnexTimeoutError', message: 'Knex: Timeout acquiring a connection' }, /no answer in time \(DATABASE_CONNECTION_TIMEOUT\)/],
    [{ code: '28P01' }, /access denied: check DATABASE_USERNAME, DATABASE_PASSWORD/],
    [{ code: '3D000' }, /database does not exist: create it or fix DATABASE_NAME/],
    [{ code: 'ER_ACCESS_DENIED_ERROR' }, /access denied/],
  ])('%o', (error, pattern) => {
    const line = describeConnectionFailure(pg, error);
    expect(line).toMatch(/^Cannot connect to /);
    expect(line).toMatch(pattern);
    expect(line).not.toContain('\n');
  });
});

describe('database outage errors', () => {
  const { isDatabaseOutage } = require('../../../src/domain/database-outage');
  it('recognises a stopped or restarting server, and nothing else', () => {
    for (const error of [
      { code: 'ECONNREFUSED' },
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { message: 'Client has encountered a connection error and is not queryable' },
      { message: 'Connection terminated unexpectedly' },
      { name: 'KnexTimeoutError', message: 'Knex: Timeout acquiring a connection.' },
      { message: 'wrapped', cause: { code: 'ECONNRESET' } },
    ]) {
      expect(isDatabaseOutage(error)).toBe(true);
    }
    for (const error of [new Error('Invalid key createdBy'), { code: '23505', message: 'duplicate key value' }, null, 'text']) {
      expect(isDatabaseOutage(error)).toBe(false);
    }
  });
});
