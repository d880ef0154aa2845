/**
 * Strapi's secrets. A fresh clone must start in development without a hand-made `.env`,
 * so missing secrets are generated once into the ignored `.env`; production must never
 * run on missing or well-known secrets (anyone could forge admin sessions or tokens).
 */
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { checkPublicUrl, PublicUrlError } from '../domain/public-url';

export const SECRET_VARIABLES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretVariable = (typeof SECRET_VARIABLES)[number];

/** Values from Strapi's templates, tutorials and our own docs that must never reach production. */
const KNOWN_DEFAULTS = new Set(
  ['tobemodified', 'toBeModified1', 'toBeModified2', 'changeme', 'secret', 'example', 'your-secret', 'mySecretKey1', 'mySecretKey2'].map(
    (v) => v.toLowerCase(),
  ),
);

export function isKnownDefault(value: string): boolean {
  return value
    .split(',')
    .map((part) =>
      part
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase(),
    )
    .some((part) => part === '' || KNOWN_DEFAULTS.has(part));
}

function randomSecret(): string {
  return crypto.randomBytes(24).toString('base64');
}

function generate(name: SecretVariable): string {
  return name === 'APP_KEYS' ? [randomSecret(), randomSecret(), randomSecret(), randomSecret()].join(',') : randomSecret();
}

export class MissingSecretError extends Error {}

/**
 * Production: throws naming the first missing or default secret.
 * Development and test: generates missing secrets, sets them on `env` and appends them to `envFile`.
 */
export function ensureSecrets(env: NodeJS.ProcessEnv = process.env, envFile = path.resolve(projectRoot(), '.env')): void {
  const production = env.NODE_ENV === 'production';
  const generated: string[] = [];
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    if (production) {
      if (!value || value.trim() === '') {
        throw new MissingSecretError(
          `${name} is not set. Production needs real secrets: set ${name} in the environment (see docs/configuration.md).`,
        );
      }
      if (isKnownDefault(value)) {
        throw new MissingSecretError(
          `${name} still has a known default value. Set ${name} to a long random value (e.g. \`openssl rand -base64 32\`).`,
        );
      }
      continue;
    }
    if (!value || value.trim() === '') {
      const secret = generate(name);
      env[name] = secret;
      generated.push(`${name}=${secret}`);
    }
  }
  if (generated.length > 0 && env.STRAPI_WRITE_ENV_FILE !== 'false') {
    try {
      const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : '';
      const prefix = existing && !existing.endsWith('\n') ? '\n' : '';
      const header = existing ? '' : '# Generated on first start for local development. Never use these in production.\n';
      fs.appendFileSync(envFile, `${prefix}${header}${generated.join('\n')}\n`, { mode: 0o600 });
    } catch {
      // A read-only checkout still starts; the secrets then live for this process only.
    }
  }
}

/** The project root, both from `config/` (source) and `dist/config/` (compiled). */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i += 1) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'config'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/**
 * For the config files: a production start without real secrets, or without its public
 * address (src/domain/public-url.ts), ends with one clear line, not a stack trace.
 */
export function ensureSecretsOrExit(): void {
  try {
    ensureSecrets();
    checkPublicUrl(process.env);
  } catch (error) {
    if (!(error instanceof MissingSecretError) && !(error instanceof PublicUrlError)) throw error;
    // eslint-disable-next-line no-console
    console.error(`\nRefusing to start: ${error.message}\n`);
    process.exit(1);
  }
}
