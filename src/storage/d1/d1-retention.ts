import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { RetentionStore } from '../../retention/retention.js';

/** Retention queries over D1; the checkpoint tables exist from the migrations on (0005), so no probe is needed. */
export function createD1RetentionStore(db: D1Database): RetentionStore {
  return {
    async expired(cutoff, limit) {
      const { results } = await db
        .prepare(
          `SELECT id FROM conversations
           WHERE updated_at < ? OR (closed_at IS NOT NULL AND closed_at < ?)
           ORDER BY updated_at LIMIT ?`,
        )
        .bind(cutoff, cutoff, limit)
        .all<{ id: string }>();
      return results.map((r) => r.id);
    },
    async orphanThreads(limit) {
      const { results } = await db
        .prepare(
          `SELECT thread_id FROM checkpoints WHERE thread_id NOT IN (SELECT id FROM conversations)
           UNION SELECT thread_id FROM writes WHERE thread_id NOT IN (SELECT id FROM conversations) LIMIT ?`,
        )
        .bind(limit)
        .all<{ thread_id: string }>();
      return results.map((r) => r.thread_id);
    },
  };
}
