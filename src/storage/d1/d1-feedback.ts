import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { FeedbackRepo } from '../feedback-port.js';
import { type FeedbackRow, toFeedback } from '../rows.js';

/** FeedbackRepo over D1 (table from migrations/0002_feedback.sql); the latest rating of an answer wins. */
export function createD1Feedback(db: D1Database): FeedbackRepo {
  return {
    async save(r) {
      await db
        .prepare(
          `INSERT INTO feedback (conversation_id, message_id, rating, comment, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (conversation_id, message_id)
           DO UPDATE SET rating = excluded.rating, comment = excluded.comment, created_at = excluded.created_at`,
        )
        .bind(r.conversationId, r.messageId, r.rating, r.comment, r.createdAt)
        .run();
    },
    async list(conversationId) {
      const { results } = await db
        .prepare('SELECT * FROM feedback WHERE conversation_id = ? ORDER BY created_at, message_id')
        .bind(conversationId)
        .all<FeedbackRow>();
      return results.map(toFeedback);
    },
  };
}
