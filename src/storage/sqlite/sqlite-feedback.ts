import type Database from 'better-sqlite3';
import type { FeedbackRepo } from '../feedback-port.js';
import { type FeedbackRow, toFeedback } from '../rows.js';

/** FeedbackRepo over better-sqlite3 (table from migration 0002_feedback.sql). */
export function createSqliteFeedback(db: Database.Database): FeedbackRepo {
  const upsert = db.prepare(
    `INSERT INTO feedback (conversation_id, message_id, rating, comment, created_at)
     VALUES (@conversationId, @messageId, @rating, @comment, @createdAt)
     ON CONFLICT (conversation_id, message_id)
     DO UPDATE SET rating = excluded.rating, comment = excluded.comment, created_at = excluded.created_at`,
  );
  const select = db.prepare<[string], FeedbackRow>(
    'SELECT * FROM feedback WHERE conversation_id = ? ORDER BY created_at, message_id',
  );
  return {
    async save(record) {
      upsert.run(record);
    },
    async list(conversationId) {
      return select.all(conversationId).map(toFeedback);
    },
  };
}
