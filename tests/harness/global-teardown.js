/**
 * Drops the throw-away PostgreSQL/MariaDB databases this run created (named with the
 * prefix the global setup chose; see tests/harness/database.ts), the template included.
 * SQLite files stay in .tmp/, but for the template.
 */
const fs = require('fs');
const { pgServer, mysqlServer } = require('./database-servers');

module.exports = async () => {
  const engine = (process.env.TEST_DB || 'sqlite').toLowerCase();
  const prefix = `strapi_t_${process.env.TEST_RUN_ID}`;
  if (!process.env.TEST_RUN_ID) return;
  if (engine === 'sqlite') {
    // The run's template (harness/database-template.js); the tests' own files stay for a look.
    if (process.env.TEST_DB_TEMPLATE) fs.rmSync(process.env.TEST_DB_TEMPLATE, { force: true });
    return;
  }
  let dropped = 0;
  if (engine === 'postgres') {
    const { Client } = require('pg');
    const client = new Client({ ...pgServer(), database: 'postgres' });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
      dropped = rows.length;
    } finally {
      await client.end();
    }
  } else if (engine === 'mysql') {
    const mysql = require('mysql2/promise');
    const connection = await mysql.createConnection(mysqlServer());
    try {
      const [rows] = await connection.query('SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE ?', [
        `${prefix}%`,
      ]);
      for (const row of rows) await connection.query(`DROP DATABASE IF EXISTS \`${row.name}\``);
      dropped = rows.length;
    } finally {
      await connection.end();
    }
  }
  // eslint-disable-next-line no-console
  console.log(`[harness] dropped ${dropped} ${engine} test database(s)`);
};
