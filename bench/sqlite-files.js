/**
 * A throw-away SQLite database is its file plus the journal and WAL files SQLite may leave
 * beside it; removing only the file would let a stale WAL replay into the next database of
 * that name. Used by the bench and the test harnesses.
 */
const fs = require('fs');

const SQLITE_SUFFIXES = ['', '-journal', '-wal', '-shm'];

function removeSqliteDatabase(file) {
  for (const suffix of SQLITE_SUFFIXES) fs.rmSync(file + suffix, { force: true });
}

module.exports = { removeSqliteDatabase };
