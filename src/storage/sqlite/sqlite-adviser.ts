import type Database from 'better-sqlite3';
import type { AdviserStorage } from '../adviser-port.js';
import { createAdviserSqlStorage } from '../adviser-sql/index.js';
import { sqliteRunner } from '../sql-runner.js';

/** The adviser storage over the same better-sqlite3 connection as the conversations (foreign keys, cascade). */
export function createSqliteAdviserStorage(db: Database.Database): AdviserStorage {
  return createAdviserSqlStorage(sqliteRunner(db));
}
