import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { EscalationRecord, EscalationRepo } from '../adviser-port.js';

interface EscalationRow {
  id: string;
  conversation_id: string;
  channel: EscalationRecord['channel'];
  lang: EscalationRecord['lang'];
  handoff_trigger: EscalationRecord['trigger'];
  urgency: EscalationRecord['urgency'];
  status: EscalationRecord['status'];
  case_json: string;
  claimed_by: string | null;
  claimed_at: string | null;
  outcome: EscalationRecord['outcome'];
  created_at: string;
  updated_at: string;
}

const toRecord = (r: EscalationRow): EscalationRecord => {
  const snapshot = JSON.parse(r.case_json) as Pick<EscalationRecord, 'facts' | 'assessment'>;
  return {
    id: r.id,
    conversationId: r.conversation_id,
    channel: r.channel,
    lang: r.lang,
    trigger: r.handoff_trigger,
    urgency: r.urgency,
    status: r.status,
    facts: snapshot.facts,
    assessment: snapshot.assessment,
    claimedBy: r.claimed_by,
    claimedAt: r.claimed_at,
    outcome: r.outcome,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
};

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
          JSON.stringify({ facts: r.facts, assessment: r.assessment }),
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
      return row ? toRecord(row) : undefined;
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
      return results.map(toRecord);
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
