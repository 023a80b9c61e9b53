-- Slack requests already handled, by signature (issue 15.12). A signed request stays valid for five
-- minutes either side of its timestamp; one replayed within that window (a slash command would
-- open a new thread each time) is acknowledged and dropped. Rows expire with the window and are
-- pruned. Shared by the SQLite (Node) and D1 (Workers) adapters.
CREATE TABLE IF NOT EXISTS slack_requests (
  -- The request's HMAC (v0 signature, lower-case hex): unique per timestamp and body.
  signature TEXT PRIMARY KEY,
  -- When the signature stops verifying anyway (timestamp + 5 minutes).
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_requests_expires ON slack_requests (expires_at);
