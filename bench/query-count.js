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
  // With the plugin: a new content version before each counted read, so nothing computed
  // earlier is reused (the count right after a write); then the same read again (reused).
  const contentVersion = strapi.plugin('editorial')?.service('content-version');
  const result = {};
  const reused = {};
  for (const size of [10, 25, 100]) {
    const url = `${base}/api/articles?locale=de&sort[0]=originallyPublishedAt:desc&pagination[pageSize]=${size}&populate[blocks]=true`;
    await (await fetch(url)).text(); // warm: settings cache, prepared metadata
    if (contentVersion) await contentVersion.bump();
    queries = 0;
    await (await fetch(url)).text();
    result[size] = queries;
    queries = 0;
    await (await fetch(url)).text();
    reused[size] = queries;
  }
  process.stdout.write(
    `${JSON.stringify({ queriesPerRequest: result, ...(contentVersion ? { queriesPerRequestReused: reused } : {}) })}\n`,
  );
  await new Promise((resolve) => server.close(resolve));
  await strapi.destroy();
  process.exit(0);
}

main().catch((error) => {
  console.error('[query-count] failed:', error);
  process.exit(1);
});
