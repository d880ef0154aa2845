/**
 * Counts the SQL statements per request (knex's `query` event, i.e. Strapi's database
 * queries) for the article list at page sizes 10, 25 and 100, in one Strapi process
 * loaded with the variant's environment. Prints one JSON line.
 *
 * Usage: node bench/query-count.js <sqlite file>   (variant from the environment)
 */
const path = require('path');

const APP_DIR = path.resolve(__dirname, '..');

async function main() {
  const [file] = process.argv.slice(2);
  process.env.DATABASE_FILENAME = file;
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  let queries = 0;
  strapi.db.connection.on('query', () => {
    queries += 1;
  });
  const result = {};
  for (const size of [10, 25, 100]) {
    const url = `${base}/api/articles?locale=de&sort[0]=originallyPublishedAt:desc&pagination[pageSize]=${size}&populate[blocks]=true`;
    await fetch(url); // warm: settings cache, prepared metadata
    queries = 0;
    const res = await fetch(url);
    await res.text();
    result[size] = queries;
  }
  process.stdout.write(`${JSON.stringify({ queriesPerRequest: result })}\n`);
  await new Promise((resolve) => server.close(resolve));
  await strapi.destroy();
  process.exit(0);
}

main().catch((error) => {
  console.error('[query-count] failed:', error);
  process.exit(1);
});
