/**
 * Where the test database servers are: PostgreSQL at 127.0.0.1:5432 (user postgres) and
 * MariaDB/MySQL at 127.0.0.1:3306 (user root) unless `TEST_PG_*` / `TEST_MYSQL_*` say
 * otherwise. Plain JavaScript so the global setup and teardown use it as well as the workers.
 */
const pgServer = () => ({
  host: process.env.TEST_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_PG_PORT ?? 5432),
  user: process.env.TEST_PG_USER ?? 'postgres',
  password: process.env.TEST_PG_PASSWORD ?? '',
});

const mysqlServer = () => ({
  host: process.env.TEST_MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_MYSQL_PORT ?? 3306),
  user: process.env.TEST_MYSQL_USER ?? 'root',
  password: process.env.TEST_MYSQL_PASSWORD ?? '',
});

module.exports = { pgServer, mysqlServer };
