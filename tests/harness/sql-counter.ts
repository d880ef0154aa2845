import type { Core } from '@strapi/strapi';

/** Counts the SQL statements knex sends while `work` runs. */
export async function countQueries<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  let queries = 0;
  const listener = () => {
    queries += 1;
  };
  const connection = strapi.db.connection as any;
  connection.on('query', listener);
  try {
    const result = await work();
    return { result, queries };
  } finally {
    connection.removeListener('query', listener);
  }
}
