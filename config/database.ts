import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { databaseSettings, DatabaseConfigError } from '../src/runtime/database-config';
import { projectRoot } from '../src/runtime/secrets';

/**
 * SQLite by default; PostgreSQL or MySQL/MariaDB with DATABASE_CLIENT. Every setting is
 * checked in `src/runtime/database-config.ts`; a wrong one stops startup with one line
 * naming the variable. An unreachable server is reported the same way before Strapi
 * touches it (`src/bootstrap/database-preflight.ts`).
 */
const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  try {
    const settings = databaseSettings(process.env, projectRoot());
    if (settings.client === 'sqlite') {
      const folder = path.dirname((settings.connection.connection as { filename: string }).filename);
      try {
        fs.mkdirSync(folder, { recursive: true });
        fs.accessSync(folder, fs.constants.W_OK);
      } catch (error) {
        throw new DatabaseConfigError(
          `DATABASE_FILENAME: cannot write to the folder ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
        );
      }
    }
    return { connection: settings.connection as unknown as Core.Config.Database['connection'] };
  } catch (error) {
    if (!(error instanceof DatabaseConfigError)) throw error;
    // eslint-disable-next-line no-console
    console.error(`\nRefusing to start: ${error.message}\n`);
    process.exit(1);
  }
};

export default config;
