-- Lotse keeps watch (issue 20). Shared by the SQLite (Node) and D1 (Workers) adapters. Everything a case has
-- here hangs on its conversation (ON DELETE CASCADE): retention and erasure delete it with the case.

-- What the watch compares with: the verdict the employer was last told (the verdict itself, or the last change).
CREATE TABLE IF NOT EXISTS watch_cases (
  conversation_id TEXT PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
  -- What the verdict shown was computed from (facts, law-as-of date, "weiß nicht"): a new verdict starts afresh.
  verdict_key TEXT NOT NULL,
  -- The day the employer stated the facts (the verdict's law-as-of date).
  facts_on TEXT NOT NULL,
  -- JSON: outcome, BA consent, earliest start, the case's dates, the cited entries with their fingerprints.
  baseline TEXT NOT NULL,
  -- The day the baseline holds from: the verdict's day, or the day the last recorded change took effect.
  baseline_on TEXT NOT NULL,
  -- Raised by every change; a change is recorded only against the revision it was computed from.
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

-- What happened to a case since the verdict: the verdict changed (law_change) or one of its dates fell due (reminder).
-- Ids are derived from the case and what happened, so recording the same thing twice is one row.
CREATE TABLE IF NOT EXISTS watch_notices (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  -- law_change: the day the new verdict applies; reminder: the day the date falls due.
  date TEXT NOT NULL,
  -- The day the watch found it.
  detected_on TEXT NOT NULL,
  -- JSON: before, after, cause and entries of a change; the case date of a reminder; the texts in the case's language.
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS watch_notices_conversation ON watch_notices (conversation_id, created_at);

-- The schedule: the case's dates still to fall due (a row goes when its reminder is recorded).
CREATE TABLE IF NOT EXISTS watch_dates (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  date_id TEXT NOT NULL,
  date TEXT NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (conversation_id, date_id, date)
);
CREATE INDEX IF NOT EXISTS watch_dates_due ON watch_dates (date);

-- One row per (notice, channel): sent once, retried with back-off, visible to admins. No text, no address.
CREATE TABLE IF NOT EXISTS watch_outbox (
  id TEXT PRIMARY KEY,
  notice_id TEXT NOT NULL REFERENCES watch_notices (id) ON DELETE CASCADE,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  -- web (shown when the employer returns) | slack | email
  channel TEXT NOT NULL,
  -- pending | sent | failed (gave up) | dropped (the employer stopped that channel)
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  -- An error code, never a message body or an address.
  last_error TEXT,
  sent_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS watch_outbox_due ON watch_outbox (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS watch_outbox_conversation ON watch_outbox (conversation_id);

-- The employer's choices per channel: Slack threads are on until stopped (or snoozed), e-mail only when asked for.
CREATE TABLE IF NOT EXISTS watch_channels (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  -- on | stopped
  state TEXT NOT NULL,
  snoozed_until TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, channel)
);

-- The address an employer left for reminders of one case: apart from the transcript, never shown to advisers,
-- deleted with the case or by the link in every mail. The link's token can do nothing but delete this row.
CREATE TABLE IF NOT EXISTS watch_email (
  conversation_id TEXT PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
  address TEXT NOT NULL,
  token TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- Each knowledge entry's fingerprint (content and validity dates) and the day the watch first saw it: an entry
-- edited by a release is new on the day the release is deployed. No case data.
CREATE TABLE IF NOT EXISTS watch_knowledge (
  entry_key TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  seen_on TEXT NOT NULL
);
