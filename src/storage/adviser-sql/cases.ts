import type { EscalationRepo, EscalationStatus, NoteRepo, QueueQuery, QueueRow } from '../adviser-port.js';
import { caseJson, type EscalationRow, type NoteRow, toEscalation, toNote } from '../adviser-rows.js';
import { type MessageRow, toMessage } from '../rows.js';
import type { SqlRunner, SqlValue } from '../sql-runner.js';

/** Tables of 0003, 0011 and 0012 (case_stats, kept in step with the case in the same transaction). */

const VIEWS: Record<QueueQuery['view'], EscalationStatus[]> = {
  open: ['open', 'claimed'],
  done: ['returned', 'closed'],
  all: ['open', 'claimed', 'returned', 'closed'],
};

/** Raises the case counter, unless the conversation already has an open case (nothing is used up then). */
const NEXT_CASE_NUMBER = `
UPDATE adviser_counters SET value = value + 1
WHERE name = 'case_number'
  AND NOT EXISTS (SELECT 1 FROM escalations WHERE conversation_id = ? AND status IN ('open', 'claimed'))`;

const INSERT_CASE = `
INSERT OR IGNORE INTO escalations
  (id, case_number, conversation_id, channel, lang, handoff_trigger, urgency, status, case_json,
   claimed_by, claimed_at, outcome, created_at, updated_at, transcript_end_seq)
VALUES (?, (SELECT value FROM adviser_counters WHERE name = 'case_number'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`;

/** The statistics row of a new case: copied from it, plus what the statistics need of the snapshot. */
const INSERT_CASE_STATS = `
INSERT OR IGNORE INTO case_stats
  (case_number, escalation_id, created_at, channel, lang, handoff_trigger, urgency, verdict, nationality, reasons, status)
SELECT case_number, id, created_at, channel, lang, handoff_trigger, urgency, ?, ?, ?, status FROM escalations WHERE id = ?`;

/** Only what advisers may read: everything while the case is open, up to its end once finished. */
const READABLE = '(e.transcript_end_seq IS NULL OR m.seq <= e.transcript_end_seq)';

const QUEUE_COLUMNS = `e.*,
  (SELECT m.role FROM messages AS m WHERE m.conversation_id = e.conversation_id AND m.role <> 'system' AND ${READABLE}
   ORDER BY m.seq DESC LIMIT 1) AS last_role,
  (SELECT m.created_at FROM messages AS m WHERE m.conversation_id = e.conversation_id AND m.role = 'employer' AND ${READABLE}
   ORDER BY m.seq DESC LIMIT 1) AS last_employer_at`;

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function sqlEscalations(sql: SqlRunner): EscalationRepo {
  return {
    async create(r) {
      const reasons = JSON.stringify(r.assessment.escalation.reasons.map((reason) => reason.code));
      const [numbered, inserted] = await sql.batch([
        { sql: NEXT_CASE_NUMBER, args: [r.conversationId] },
        {
          sql: INSERT_CASE,
          args: [
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
          ],
        },
        { sql: INSERT_CASE_STATS, args: [r.assessment.outcome, r.facts.nationality ?? null, reasons, r.id] },
      ]);
      // The partial unique index keeps one open case per conversation: a repeat is ignored.
      return numbered?.changes === 1 && inserted?.changes === 1;
    },
    async get(id) {
      const row = await sql.first<EscalationRow>('SELECT * FROM escalations WHERE id = ?', [id]);
      return row ? toEscalation(row) : undefined;
    },
    async list(statuses) {
      if (statuses.length === 0) return [];
      const rows = await sql.all<EscalationRow>(
        `SELECT * FROM escalations WHERE status IN (${marks(statuses.length)})
         ORDER BY CASE urgency WHEN 'urgent' THEN 0 ELSE 1 END, created_at, id`,
        statuses,
      );
      return rows.map(toEscalation);
    },
    async queue(q) {
      const statuses = VIEWS[q.view];
      const where = [`e.status IN (${marks(statuses.length)})`];
      const args: SqlValue[] = [...statuses];
      if (q.assigned === 'mine') {
        where.push('e.claimed_by = ?');
        args.push(q.adviserId);
      }
      if (q.assigned === 'unassigned') where.push('e.claimed_by IS NULL');
      if (q.urgent) where.push("e.urgency = 'urgent'");
      if (q.lang) {
        where.push('e.lang = ?');
        args.push(q.lang);
      }
      if (q.channel) {
        where.push('e.channel = ?');
        args.push(q.channel);
      }
      const order =
        q.view !== 'done'
          ? "CASE e.urgency WHEN 'urgent' THEN 0 ELSE 1 END, e.created_at, e.id"
          : 'e.updated_at DESC, e.id';
      const [rows, counts] = await Promise.all([
        sql.all<EscalationRow & { last_role: QueueRow['lastRole']; last_employer_at: string | null }>(
          `SELECT ${QUEUE_COLUMNS} FROM escalations AS e WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`,
          [...args, q.limit],
        ),
        sql.first<Record<string, number | null>>(
          `SELECT COUNT(*) AS all_cases,
             SUM(claimed_by IS NULL) AS unassigned, SUM(claimed_by = ?) AS mine, SUM(urgency = 'urgent') AS urgent,
             SUM(lang = 'de') AS de, SUM(lang = 'en') AS en, SUM(channel = 'web') AS web, SUM(channel = 'slack') AS slack
           FROM escalations WHERE status IN (${marks(statuses.length)})`,
          [q.adviserId, ...statuses],
        ),
      ]);
      const n = (key: string) => counts?.[key] ?? 0;
      return {
        rows: rows.map((row) => ({
          ...toEscalation(row),
          lastRole: row.last_role,
          lastEmployerAt: row.last_employer_at,
        })),
        counts: {
          all: n('all_cases'),
          unassigned: n('unassigned'),
          mine: n('mine'),
          urgent: n('urgent'),
          de: n('de'),
          en: n('en'),
          web: n('web'),
          slack: n('slack'),
        },
      };
    },
    async openFor(conversationId) {
      const row = await sql.first<{ id: string }>(
        "SELECT id FROM escalations WHERE conversation_id = ? AND status IN ('open', 'claimed')",
        [conversationId],
      );
      return row?.id;
    },
    async claim(id, adviserId, at) {
      // One UPDATE guarded by the status: of two advisers claiming at once, exactly one changes the row.
      const { changes } = await sql.run(
        `UPDATE escalations SET status = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ?
         WHERE id = ? AND status = 'open'`,
        [adviserId, at, at, id],
      );
      return changes === 1;
    },
    async release(id, at) {
      const { changes } = await sql.run(
        `UPDATE escalations SET status = 'open', claimed_by = NULL, claimed_at = NULL, updated_at = ?
         WHERE id = ? AND status = 'claimed'`,
        [at, id],
      );
      return changes === 1;
    },
    async replied(id, at) {
      await sql.run('UPDATE case_stats SET first_reply_at = ? WHERE escalation_id = ? AND first_reply_at IS NULL', [
        at,
        id,
      ]);
    },
    async lastSeq(id) {
      const row = await sql.first<{ seq: number }>(
        `SELECT COALESCE(MAX(m.seq), 0) AS seq
         FROM escalations AS e JOIN messages AS m ON m.conversation_id = e.conversation_id WHERE e.id = ?`,
        [id],
      );
      return row?.seq ?? 0;
    },
    async finish(id, change, at) {
      const outcome = change.outcome ?? null;
      await sql.batch([
        {
          sql: `UPDATE escalations SET status = ?, outcome = COALESCE(?, outcome), transcript_end_seq = ?, updated_at = ?
                WHERE id = ?`,
          args: [change.status, outcome, change.transcriptEndSeq, at, id],
        },
        {
          sql: 'UPDATE case_stats SET status = ?, outcome = COALESCE(?, outcome), finished_at = ? WHERE escalation_id = ?',
          args: [change.status, outcome, at, id],
        },
      ]);
    },
    async transcript(id) {
      const rows = await sql.all<MessageRow>(
        `SELECT m.id, m.role, m.text, m.payload, m.created_at
         FROM escalations AS e JOIN messages AS m ON m.conversation_id = e.conversation_id
         WHERE e.id = ? AND ${READABLE} ORDER BY m.seq`,
        [id],
      );
      return rows.map(toMessage);
    },
  };
}

/** Internal notes (0003). */
export function sqlNotes(sql: SqlRunner): NoteRepo {
  return {
    async add(n) {
      await sql.run(
        'INSERT INTO adviser_notes (id, escalation_id, adviser_id, text, created_at) VALUES (?, ?, ?, ?, ?)',
        [n.id, n.escalationId, n.adviserId, n.text, n.createdAt],
      );
    },
    async list(escalationId) {
      const rows = await sql.all<NoteRow>(
        'SELECT * FROM adviser_notes WHERE escalation_id = ? ORDER BY created_at, rowid',
        [escalationId],
      );
      return rows.map(toNote);
    },
  };
}
