-- The adviser workspace (issue 19): saved replies, one-time links for invitations and password
-- resets, and the anonymous statistics of the project. Shared by the SQLite (Node) and D1 (Workers) adapters.

-- Saved replies per language, kept by admins; advisers insert them into a reply.
CREATE TABLE IF NOT EXISTS adviser_saved_replies (
  id TEXT PRIMARY KEY,
  lang TEXT NOT NULL CHECK (lang IN ('de', 'en')),
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
CREATE INDEX IF NOT EXISTS adviser_saved_replies_lang ON adviser_saved_replies (lang, title);

-- One-time links: an invitation (a new account) or a password reset (an existing one). Only the
-- token's SHA-256 is stored; a link works once, until it expires.
CREATE TABLE IF NOT EXISTS adviser_links (
  token_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('invite', 'reset')),
  adviser_id TEXT,
  email TEXT,
  name TEXT,
  role TEXT CHECK (role IN ('adviser', 'admin')),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);

-- Statistics. A row per conversation and per case with what the project reports and nothing
-- else: no text, no names, no free-form facts. The link to the conversation or case goes when
-- that is erased (ON DELETE SET NULL); the anonymous row stays, so a year can be reported although
-- conversations are deleted after the retention period.
CREATE TABLE IF NOT EXISTS conversation_stats (
  id TEXT PRIMARY KEY,
  conversation_id TEXT UNIQUE REFERENCES conversations (id) ON DELETE SET NULL,
  started_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  lang TEXT NOT NULL,
  verdict TEXT,
  nationality TEXT
);
CREATE INDEX IF NOT EXISTS conversation_stats_started ON conversation_stats (started_at);

CREATE TABLE IF NOT EXISTS case_stats (
  case_number INTEGER PRIMARY KEY,
  escalation_id TEXT UNIQUE REFERENCES escalations (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  lang TEXT NOT NULL,
  handoff_trigger TEXT NOT NULL,
  urgency TEXT NOT NULL,
  verdict TEXT NOT NULL,
  nationality TEXT,
  -- JSON array of the escalation reason codes
  reasons TEXT NOT NULL DEFAULT '[]',
  first_reply_at TEXT,
  finished_at TEXT,
  status TEXT NOT NULL,
  outcome TEXT
);
CREATE INDEX IF NOT EXISTS case_stats_created ON case_stats (created_at);

INSERT OR IGNORE INTO conversation_stats (id, conversation_id, started_at, channel, lang, verdict, nationality)
  SELECT lower(hex(randomblob(16))), id, created_at, channel, lang, NULL, NULL FROM conversations;

INSERT OR IGNORE INTO case_stats
  (case_number, escalation_id, created_at, channel, lang, handoff_trigger, urgency, verdict, nationality, reasons,
   first_reply_at, finished_at, status, outcome)
  SELECT e.case_number, e.id, e.created_at, e.channel, e.lang, e.handoff_trigger, e.urgency,
    json_extract(e.case_json, '$.assessment.outcome'),
    json_extract(e.case_json, '$.facts.nationality'),
    COALESCE((SELECT json_group_array(json_extract(r.value, '$.code'))
              FROM json_each(e.case_json, '$.assessment.escalation.reasons') AS r), '[]'),
    (SELECT MIN(a.at) FROM adviser_audit AS a WHERE a.escalation_id = e.id AND a.action = 'replied'),
    CASE WHEN e.status IN ('returned', 'closed') THEN e.updated_at END,
    e.status, e.outcome
  FROM escalations AS e;
