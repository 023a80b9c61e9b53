import Database from 'better-sqlite3';

/**
 * A second process-like writer on the same SQLite file: takes the write lock (BEGIN IMMEDIATE plus
 * a write) and holds it for `holdMs`, `times` times. The server must wait (busy_timeout) rather
 * than answer an employer with an error.
 */
export async function holdWriteLock(dbPath: string, times: number, holdMs: number, pauseMs: number) {
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 10000');
  db.exec('CREATE TABLE IF NOT EXISTS loadtest_lock_probe (at TEXT NOT NULL)');
  let held = 0;
  try {
    for (let i = 0; i < times; i++) {
      await new Promise((r) => setTimeout(r, pauseMs));
      db.exec('BEGIN IMMEDIATE');
      db.prepare('INSERT INTO loadtest_lock_probe (at) VALUES (?)').run(new Date().toISOString());
      await new Promise((r) => setTimeout(r, holdMs));
      db.exec('COMMIT');
      held++;
    }
  } finally {
    db.close();
  }
  return held;
}
