-- Feedback per bot answer (helpful / not helpful + optional comment), for advisers to review.
-- One record per answer: a second rating or a comment replaces the first. Erased with the conversation.
CREATE TABLE IF NOT EXISTS feedback (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  message_id TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('helpful', 'not_helpful')),
  comment TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, message_id)
);
CREATE INDEX IF NOT EXISTS feedback_created ON feedback (created_at);
