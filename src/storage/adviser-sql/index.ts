import type { AdviserStorage } from '../adviser-port.js';
import type { SqlRunner } from '../sql-runner.js';
import { sqlAdvisers, sqlLinks, sqlSessions } from './accounts.js';
import { sqlEscalations, sqlNotes } from './cases.js';
import { sqlStats } from './stats.js';
import { sqlAudit, sqlSavedReplies } from './workspace.js';

/**
 * The adviser storage in SQL, once for both drivers: the SQLite adapter (Node) and the D1 adapter
 * (Workers) only hand in their runner, so the two cannot drift apart.
 */
export function createAdviserSqlStorage(sql: SqlRunner): AdviserStorage {
  return {
    advisers: sqlAdvisers(sql),
    sessions: sqlSessions(sql),
    links: sqlLinks(sql),
    escalations: sqlEscalations(sql),
    notes: sqlNotes(sql),
    savedReplies: sqlSavedReplies(sql),
    audit: sqlAudit(sql),
    stats: sqlStats(sql),
  };
}
