import fs from 'fs';
import os from 'os';
import path from 'path';
import { ensureSecrets, isKnownDefault, SECRET_VARIABLES } from '../../../src/runtime/secrets';

const realSecrets = () => Object.fromEntries(SECRET_VARIABLES.map((name) => [name, `${name}-a-long-random-value-1234567890`]));

describe('secrets', () => {
  const envFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-')), '.env');

  it('production refuses a missing secret and names it', () => {
    const env: NodeJS.ProcessEnv = { ...realSecrets(), NODE_ENV: 'production' };
    delete env.JWT_SECRET;
    expect(() => ensureSecrets(env, envFile())).toThrow(/JWT_SECRET/);
  });

  it('production refuses known defaults and names the variable', () => {
    expect(() => ensureSecrets({ ...realSecrets(), NODE_ENV: 'production', ADMIN_JWT_SECRET: 'tobemodified' }, envFile())).toThrow(
      /ADMIN_JWT_SECRET/,
    );
    expect(() => ensureSecrets({ ...realSecrets(), NODE_ENV: 'production', APP_KEYS: '"toBeModified1,toBeModified2"' }, envFile())).toThrow(
      /APP_KEYS/,
    );
  });

  it('production accepts real secrets', () => {
    expect(() => ensureSecrets({ ...realSecrets(), NODE_ENV: 'production' }, envFile())).not.toThrow();
  });

  it('development generates missing secrets once into .env', () => {
    const file = envFile();
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'development' };
    ensureSecrets(env, file);
    for (const name of SECRET_VARIABLES) expect(env[name]).toBeTruthy();
    expect(env.APP_KEYS!.split(',')).toHaveLength(4);
    const written = fs.readFileSync(file, 'utf8');
    for (const name of SECRET_VARIABLES) expect(written).toContain(`${name}=${env[name]}`);
    ensureSecrets(env, file);
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
  });

  it('knows the template defaults', () => {
    expect(isKnownDefault('tobemodified')).toBe(true);
    expect(isKnownDefault('toBeModified1,toBeModified2')).toBe(true);
    expect(isKnownDefault('x8Yq2-random')).toBe(false);
  });
});
