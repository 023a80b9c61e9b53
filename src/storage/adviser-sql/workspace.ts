import type { AuditLog, SavedReplyRepo } from '../adviser-port.js';
import { type AuditRow, type SavedReplyRow, toAuditEntry, toSavedReply } from '../adviser-rows.js';
import type { SqlRunner } from '../sql-runner.js';

/** Saved replies (0012). */
export function sqlSavedReplies(sql: SqlRunner): SavedReplyRepo {
  return {
    async list(lang) {
      const rows = await sql.all<SavedReplyRow>(
        'SELECT * FROM adviser_saved_replies WHERE lang = ? ORDER BY title COLLATE NOCASE, id',
        [lang],
      );
      return rows.map(toSavedReply);
    },
    async get(id) {
      const row = await sql.first<SavedReplyRow>('SELECT * FROM adviser_saved_replies WHERE id = ?', [id]);
      return row ? toSavedReply(row) : undefined;
    },
    async save(r) {
      await sql.run(
        `INSERT INTO adviser_saved_replies (id, lang, title, text, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET
           lang = excluded.lang, title = excluded.title, text = excluded.text,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [r.id, r.lang, r.title, r.text, r.createdAt, r.updatedAt, r.updatedBy],
      );
    },
    async delete(id) {
      return (await sql.run('DELETE FROM adviser_saved_replies WHERE id = ?', [id])).changes === 1;
    },
  };
}

/** The audit log (0011): no foreign keys, so it outlives what it records. */
export function sqlAudit(sql: SqlRunner): AuditLog {
  return {
    async append(e) {
      await sql.run(
        `INSERT INTO adviser_audit (id, at, adviser_id, action, escalation_id, case_number, subject_id, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [e.id, e.at, e.adviserId, e.action, e.escalationId, e.caseNumber, e.subjectId, e.detail],
      );
    },
    async list({ limit }) {
      const rows = await sql.all<AuditRow>('SELECT * FROM adviser_audit ORDER BY at DESC, rowid DESC LIMIT ?', [limit]);
      return rows.map(toAuditEntry);
    },
  };
}
