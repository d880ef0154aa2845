/**
 * Before Strapi creates its tables: one round trip to the database. A server that is down,
 * a wrong host, password or database name stops startup with one line naming the
 * variables to check, instead of a driver's stack trace.
 */
import type { Core } from '@strapi/strapi';
import { databaseSettings, describeConnectionFailure } from '../runtime/database-config';
import { projectRoot } from '../runtime/secrets';

export async function checkDatabaseReachable(strapi: Core.Strapi): Promise<void> {
  try {
    await strapi.db.connection.raw('select 1');
  } catch (error) {
    const settings = databaseSettings(process.env, projectRoot());
    const message = describeConnectionFailure(settings, error as any);
    // eslint-disable-next-line no-console
    console.error(`\nRefusing to start: ${message}\n`);
    process.exit(1);
  }
}
