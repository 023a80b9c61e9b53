-- Slack channel. Shared by the SQLite (Node) and D1 (Workers) adapters.
-- A thread belongs to one conversation; deleting the conversation (retention, erasure) unbinds it.
CREATE TABLE IF NOT EXISTS slack_threads (
  channel TEXT NOT NULL,
  thread_ts TEXT NOT NULL,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  lang TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (channel, thread_ts)
);
CREATE INDEX IF NOT EXISTS slack_threads_conversation ON slack_threads (conversation_id);

-- Slack retries an event it thinks we missed (X-Slack-Retry-Num); INSERT OR IGNORE on event_id
-- lets exactly one delivery through. Rows are only needed for Slack's retry window and are pruned.
CREATE TABLE IF NOT EXISTS slack_events (
  event_id TEXT PRIMARY KEY,
  received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_events_received ON slack_events (received_at);
