/**
 * Production does not start without `PUBLIC_URL`: absolute links in pages, feeds and the
 * sitemap would otherwise follow each request's Host header (a CDN that ignores
 * `X-Forwarded-Host` could keep a page whose links point elsewhere). One line names it.
 */
import { spawnSync } from 'child_process';
import crypto from 'crypto';
import path from 'path';
import { APP_DIR } from '../harness/strapi';

const secret = () => crypto.randomBytes(24).toString('base64');

function boot(env: Record<string, string>) {
  const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(APP_DIR)}, distDir: ${JSON.stringify(path.join(APP_DIR, 'dist'))} }).load().then(() => { console.log('LOADED'); process.exit(0); })`;
  return spawnSync(process.execPath, ['-e', script], {
    cwd: APP_DIR,
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(APP_DIR, '.tmp', `public-url-${process.pid}.db`),
      SERVE_ADMIN_PANEL: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_CRON: 'true',
      SEED_DEMO: 'false',
      ...env,
    },
  });
}

describe('PUBLIC_URL in production', () => {
  it('a production start without it stops with one line naming it', () => {
    const run = boot({});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Refusing to start: PUBLIC_URL is not set');
    expect(run.stdout).not.toContain('LOADED');
  });

  it('a malformed one stops it too', () => {
    const run = boot({ PUBLIC_URL: 'blog.example.org' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PUBLIC_URL must be an absolute http(s) address');
  });
});
