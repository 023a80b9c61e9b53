-- Idempotency log by reference (issue 15.9): a client message id points at what its turn produced,
-- the transcript messages by id and the graph checkpoint after the turn, instead of a copy of the
-- whole response (up to ~100 KB with an assessment, kept for the whole retention period). Only the
-- turn's `understood` items (a few facts) are kept as they were: no checkpoint holds them.
-- Shared by the SQLite (Node) and D1 (Workers) adapters.
CREATE TABLE IF NOT EXISTS turn_refs (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  client_message_id TEXT NOT NULL,
  -- JSON array of the ids of the messages the turn sent (bot and system), in order.
  message_ids TEXT NOT NULL,
  -- The conversation's latest checkpoint when the turn was logged: the state the answer showed.
  -- NULL for turns logged before this migration; their replay shows the current state.
  checkpoint_id TEXT,
  -- JSON array of the turn's `understood` items (contract v1.1); NULL when it understood no fact.
  understood TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, client_message_id)
);

INSERT OR IGNORE INTO turn_refs (conversation_id, client_message_id, message_ids, checkpoint_id, understood, created_at)
SELECT
  conversation_id,
  client_message_id,
  COALESCE((SELECT json_group_array(json_extract(m.value, '$.id')) FROM json_each(turns.response, '$.messages') AS m), '[]'),
  NULL,
  json_extract(response, '$.understood'),
  created_at
FROM turns
WHERE json_valid(response);

DROP TABLE turns;
