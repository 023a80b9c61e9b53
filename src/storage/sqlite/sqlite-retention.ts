import type Database from 'better-sqlite3';
import type { RetentionStore } from '../../retention/retention.js';

/** Retention queries over the shared better-sqlite3 file (conversations + SqliteSaver's tables). */
export function createSqliteRetentionStore(db: Database.Database): RetentionStore {
  const expired = db.prepare<[string, string, number], { id: string }>(
    `SELECT id FROM conversations
     WHERE updated_at < ? OR (closed_at IS NOT NULL AND closed_at < ?)
     ORDER BY updated_at LIMIT ?`,
  );
  const hasCheckpoints = db.prepare<[], { n: number }>(
    "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'checkpoints'",
  );
  return {
    async expired(cutoff, limit) {
      return expired.all(cutoff, cutoff, limit).map((r) => r.id);
    },
    async orphanThreads(limit) {
      // SqliteSaver creates its tables on first use; before that there is nothing to sweep.
      if ((hasCheckpoints.get()?.n ?? 0) === 0) return [];
      return db
        .prepare<[number], { thread_id: string }>(
          `SELECT thread_id FROM checkpoints WHERE thread_id NOT IN (SELECT id FROM conversations)
           UNION SELECT thread_id FROM writes WHERE thread_id NOT IN (SELECT id FROM conversations) LIMIT ?`,
        )
        .all(limit)
        .map((r) => r.thread_id);
    },
  };
}
