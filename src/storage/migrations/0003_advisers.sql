-- Advisers, their sessions, escalated cases, internal notes and the audit log of adviser actions.
-- Shared by the SQLite (Node) and D1 (Workers) adapters. Everything that belongs to a conversation
-- is erased with it (ON DELETE CASCADE): deleting a conversation on request or by retention leaves no trace.
CREATE TABLE IF NOT EXISTS advisers (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('adviser', 'admin')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT
);

-- The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE IF NOT EXISTS adviser_sessions (
  token_hash TEXT PRIMARY KEY,
  adviser_id TEXT NOT NULL REFERENCES advisers (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS adviser_sessions_expires ON adviser_sessions (expires_at);

CREATE TABLE IF NOT EXISTS escalations (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  lang TEXT NOT NULL,
  handoff_trigger TEXT NOT NULL,
  urgency TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
  status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'returned', 'closed')),
  case_json TEXT NOT NULL,
  claimed_by TEXT REFERENCES advisers (id),
  claimed_at TEXT,
  outcome TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- One open case per conversation: a repeated hand-off (retry, double click) does not queue it twice.
CREATE UNIQUE INDEX IF NOT EXISTS escalations_one_open
  ON escalations (conversation_id) WHERE status IN ('open', 'claimed');
CREATE INDEX IF NOT EXISTS escalations_queue ON escalations (status, urgency, created_at);

CREATE TABLE IF NOT EXISTS adviser_notes (
  id TEXT PRIMARY KEY,
  escalation_id TEXT NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
  adviser_id TEXT NOT NULL REFERENCES advisers (id),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS adviser_notes_escalation ON adviser_notes (escalation_id, created_at);

-- Ids only, no message or note text.
CREATE TABLE IF NOT EXISTS adviser_audit (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  adviser_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('viewed', 'claimed', 'replied', 'noted', 'returned', 'closed')),
  escalation_id TEXT NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  subject_id TEXT
);
CREATE INDEX IF NOT EXISTS adviser_audit_at ON adviser_audit (at);
CREATE INDEX IF NOT EXISTS adviser_audit_conversation ON adviser_audit (conversation_id);
