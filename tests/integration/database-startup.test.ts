/**
 * Wrong or unreachable database settings stop startup with one line naming the variable
 * (and the host), never a stack trace. Each case boots the compiled app in a child
 * process, on the engine under test (TEST_DB).
 */
import { spawn } from 'child_process';
import path from 'path';
import { testEngine, pgServer, mysqlServer } from '../harness/database';

const APP_DIR = path.resolve(__dirname, '..', '..');

function boot(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(APP_DIR)}, distDir: ${JSON.stringify(path.join(APP_DIR, 'dist'))} }).load().then(() => { console.log('LOADED'); process.exit(0); })`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], {
      cwd: APP_DIR,
      env: {
        PATH: process.env.PATH!,
        NODE_ENV: 'test',
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_DISABLE_CRON: 'true',
        STRAPI_WRITE_ENV_FILE: 'false',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
        APP_KEYS: 'k1,k2',
        API_TOKEN_SALT: 'salt-salt-salt',
        ADMIN_JWT_SECRET: 'admin-secret-admin',
        TRANSFER_TOKEN_SALT: 'transfer-salt-x',
        JWT_SECRET: 'jwt-secret-jwt-secret',
        ENCRYPTION_KEY: 'encryption-key-encryption',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const refusal = (output: string) => output.split('\n').filter((line) => line.startsWith('Refusing to start:'));
const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at /m);

it('a malformed setting names its variable', async () => {
  const client = testEngine() === 'sqlite' ? 'postgres' : testEngine();
  const { code, output } = await boot({ DATABASE_CLIENT: client, DATABASE_PORT: 'fünftausend' });
  expect(code).toBe(1);
  expect(refusal(output)).toEqual(['Refusing to start: DATABASE_PORT must be a whole number from 1 to 65535 (got "fünftausend").']);
  noStackTrace(output);
  const unknown = await boot({ DATABASE_CLIENT: 'oracle' });
  expect(unknown.code).toBe(1);
  expect(refusal(unknown.output)[0]).toMatch(/DATABASE_CLIENT must be one of sqlite, postgres, mysql/);
});

const engine = testEngine();

if (engine === 'sqlite') {
  it('an unwritable SQLite location names DATABASE_FILENAME', async () => {
    const { code, output } = await boot({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '/etc/hostname/blog/data.db' });
    expect(code).toBe(1);
    expect(refusal(output)[0]).toMatch(/^Refusing to start: DATABASE_FILENAME: cannot write to the folder \/etc\/hostname\/blog/);
    noStackTrace(output);
  });
} else {
  const server = engine === 'postgres' ? pgServer() : mysqlServer();
  const base = {
    DATABASE_CLIENT: engine,
    DATABASE_HOST: server.host,
    DATABASE_PORT: String(server.port),
    DATABASE_USERNAME: server.user,
    DATABASE_PASSWORD: server.password,
    DATABASE_CONNECTION_TIMEOUT: '3000',
  };
  const label = engine === 'postgres' ? 'PostgreSQL' : 'MySQL/MariaDB';

  it('a server that does not answer names the host and the variables', async () => {
    const { code, output } = await boot({ ...base, DATABASE_PORT: '1', DATABASE_NAME: 'blog' });
    expect(code).toBe(1);
    expect(refusal(output)).toEqual([
      `Refusing to start: Cannot connect to ${label} at ${server.host}:1, database blog, user ${server.user}: connection refused: is the server running, and are DATABASE_HOST, DATABASE_PORT right?`,
    ]);
    noStackTrace(output);
  });

  it('an unknown host and a missing database are named too', async () => {
    const host = await boot({ ...base, DATABASE_HOST: 'db.invalid', DATABASE_NAME: 'blog' });
    expect(host.code).toBe(1);
    expect(refusal(host.output)[0]).toMatch(
      /Cannot connect to .* at db\.invalid:\d+.*(unknown host: check DATABASE_HOST|no answer in time)/,
    );
    const missing = await boot({ ...base, DATABASE_NAME: 'gibt_es_nicht_42' });
    expect(missing.code).toBe(1);
    expect(refusal(missing.output)[0]).toMatch(/database gibt_es_nicht_42.*the database does not exist: create it or fix DATABASE_NAME/);
    noStackTrace(missing.output);
  });

  it('a wrong user is named as an access problem', async () => {
    const { code, output } = await boot({
      ...base,
      DATABASE_USERNAME: 'niemand',
      DATABASE_PASSWORD: 'falsch',
      DATABASE_NAME: engine === 'postgres' ? 'postgres' : 'mysql',
    });
    expect(code).toBe(1);
    expect(refusal(output)[0]).toMatch(/user niemand: access denied: check DATABASE_USERNAME, DATABASE_PASSWORD/);
  });
}
