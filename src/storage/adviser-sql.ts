import type { NewEscalation } from './adviser-port.js';
import { caseJson } from './adviser-rows.js';

/**
 * SQL of the adviser side that both drivers run word for word (better-sqlite3 and D1), with plain
 * `?` parameters in the order their `…Args` helpers give. Tables: migrations 0003, 0010, 0011.
 */

/** Raises the case counter, unless the conversation already has an open case (nothing is used up then). */
export const NEXT_CASE_NUMBER_SQL = `
UPDATE adviser_counters SET value = value + 1
WHERE name = 'case_number'
  AND NOT EXISTS (SELECT 1 FROM escalations WHERE conversation_id = ? AND status IN ('open', 'claimed'))`;

/** Inserts the case under the counter's value; run right after NEXT_CASE_NUMBER_SQL in one transaction. */
export const INSERT_ESCALATION_SQL = `
INSERT OR IGNORE INTO escalations
  (id, case_number, conversation_id, channel, lang, handoff_trigger, urgency, status, case_json,
   claimed_by, claimed_at, outcome, created_at, updated_at, transcript_end_seq)
VALUES (?, (SELECT value FROM adviser_counters WHERE name = 'case_number'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`;

export const insertEscalationArgs = (r: NewEscalation) => [
  r.id,
  r.conversationId,
  r.channel,
  r.lang,
  r.trigger,
  r.urgency,
  r.status,
  caseJson(r),
  r.claimedBy,
  r.claimedAt,
  r.outcome,
  r.createdAt,
  r.updatedAt,
];

/** One UPDATE guarded by the status: of two advisers claiming at once, exactly one changes the row. */
export const CLAIM_SQL = `
UPDATE escalations SET status = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ?
WHERE id = ? AND status = 'open'`;

export const RELEASE_SQL = `
UPDATE escalations SET status = 'open', claimed_by = NULL, claimed_at = NULL, updated_at = ?
WHERE id = ? AND status = 'claimed'`;

export const LAST_SEQ_SQL = `
SELECT COALESCE(MAX(m.seq), 0) AS seq FROM escalations AS e JOIN messages AS m ON m.conversation_id = e.conversation_id
WHERE e.id = ?`;

export const FINISH_SQL = `
UPDATE escalations SET status = ?, outcome = COALESCE(?, outcome), transcript_end_seq = ?, updated_at = ?
WHERE id = ?`;

/** The transcript as far as advisers may read it (see EscalationRepo.transcript). */
export const CASE_TRANSCRIPT_SQL = `
SELECT m.id, m.role, m.text, m.payload, m.created_at
FROM escalations AS e JOIN messages AS m ON m.conversation_id = e.conversation_id
WHERE e.id = ? AND (e.transcript_end_seq IS NULL OR m.seq <= e.transcript_end_seq)
ORDER BY m.seq`;

export const QUEUE_ORDER = "ORDER BY CASE urgency WHEN 'urgent' THEN 0 ELSE 1 END, created_at, id";

export const INSERT_AUDIT_SQL = `
INSERT INTO adviser_audit (id, at, adviser_id, action, escalation_id, case_number, subject_id, detail)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
