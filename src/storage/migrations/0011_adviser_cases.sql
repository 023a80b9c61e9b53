-- Cases, not conversations (issue 15, items 4 and 5). Shared by the SQLite (Node) and D1 (Workers) adapters.
--
-- Every case gets a number that is never reused, also after an erasure: the audit log names cases by
-- it. The counter is one row, raised in the same transaction that inserts the case.
CREATE TABLE IF NOT EXISTS adviser_counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
ALTER TABLE escalations ADD COLUMN case_number INTEGER;
UPDATE escalations SET case_number = (
  SELECT COUNT(*) FROM escalations AS earlier
  WHERE earlier.created_at < escalations.created_at
     OR (earlier.created_at = escalations.created_at AND earlier.id <= escalations.id)
);
INSERT INTO adviser_counters (name, value) VALUES ('case_number', (SELECT COUNT(*) FROM escalations));
CREATE UNIQUE INDEX IF NOT EXISTS escalations_case_number ON escalations (case_number);

-- What advisers may read of the conversation: up to the hand-back or close (the last message's seq);
-- NULL while the case is open or claimed. A new, consented hand-off is a new case.
ALTER TABLE escalations ADD COLUMN transcript_end_seq INTEGER;
UPDATE escalations SET transcript_end_seq = COALESCE((
  SELECT MAX(m.seq) FROM messages AS m
  WHERE m.conversation_id = escalations.conversation_id AND m.created_at <= escalations.updated_at
), 0) WHERE status IN ('returned', 'closed');

-- The audit log outlives what it audits: no foreign keys, no conversation id (the employer's only
-- credential), no text. Who (adviser id), what (action, detail code), when, which case (number).
-- `subject_id` names what the action produced or touched: a message, a note, an adviser account.
CREATE TABLE adviser_audit_v2 (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  adviser_id TEXT NOT NULL,
  action TEXT NOT NULL,
  escalation_id TEXT,
  case_number INTEGER,
  subject_id TEXT,
  detail TEXT
);
INSERT INTO adviser_audit_v2 (id, at, adviser_id, action, escalation_id, case_number, subject_id, detail)
  SELECT a.id, a.at, a.adviser_id, a.action, a.escalation_id, e.case_number, a.subject_id, NULL
  FROM adviser_audit AS a LEFT JOIN escalations AS e ON e.id = a.escalation_id;
DROP TABLE adviser_audit;
ALTER TABLE adviser_audit_v2 RENAME TO adviser_audit;
CREATE INDEX IF NOT EXISTS adviser_audit_at ON adviser_audit (at);
CREATE INDEX IF NOT EXISTS adviser_audit_escalation ON adviser_audit (escalation_id);

-- Closing outcomes are now the categories a counselling project reports; "not reached" is "no reply".
UPDATE escalations SET outcome = 'no_reply' WHERE outcome = 'not_reachable';
