import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { EscalationRepo } from '../adviser-port.js';
import { caseJson, type EscalationRow, toEscalation } from '../adviser-rows.js';

/** Escalated cases over D1 (0003_advisers.sql), the SQL of the SQLite adapter. */
export function createD1Escalations(db: D1Database): EscalationRepo {
  return {
    async create(r) {
      const result = await db
        .prepare(
          `INSERT OR IGNORE INTO escalations
             (id, conversation_id, channel, lang, handoff_trigger, urgency, status, case_json, claimed_by, claimed_at, outcome, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(
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
        )
        .run();
      // The partial unique index keeps one open case per conversation: a repeat is ignored.
      return result.meta.changes === 1;
    },
    async get(id) {
      const row = await db.prepare('SELECT * FROM escalations WHERE id = ?').bind(id).first<EscalationRow>();
      return row ? toEscalation(row) : undefined;
    },
    async list(statuses) {
      if (statuses.length === 0) return [];
      const { results } = await db
        .prepare(
          `SELECT * FROM escalations WHERE status IN (${statuses.map(() => '?').join(', ')})
           ORDER BY CASE urgency WHEN 'urgent' THEN 0 ELSE 1 END, created_at, id`,
        )
        .bind(...statuses)
        .all<EscalationRow>();
      return results.map(toEscalation);
    },
    async claim(id, adviserId, at) {
      // One UPDATE guarded by the status: of two advisers claiming at once, exactly one changes the row.
      const result = await db
        .prepare(
          `UPDATE escalations SET status = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ?
           WHERE id = ? AND status = 'open'`,
        )
        .bind(adviserId, at, at, id)
        .run();
      return result.meta.changes === 1;
    },
    async finish(id, change, at) {
      await db
        .prepare('UPDATE escalations SET status = ?, outcome = COALESCE(?, outcome), updated_at = ? WHERE id = ?')
        .bind(change.status, change.outcome ?? null, at, id)
        .run();
    },
  };
}
