import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { AdviserStorage } from '../adviser-port.js';
import { createAdviserSqlStorage } from '../adviser-sql/index.js';
import { d1Runner } from '../sql-runner.js';

/** The adviser storage over D1: the SQL of the SQLite adapter, word for word. */
export function createD1AdviserStorage(db: D1Database): AdviserStorage {
  return createAdviserSqlStorage(d1Runner(db));
}
