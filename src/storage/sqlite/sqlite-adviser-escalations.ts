import type Database from 'better-sqlite3';
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

/** Escalated cases (table from 0003_advisers.sql); the queue order is done in SQL. */
export function createSqliteEscalations(db: Database.Database): EscalationRepo {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO escalations
       (id, conversation_id, channel, lang, handoff_trigger, urgency, status, case_json, claimed_by, claimed_at, outcome, created_at, updated_at)
     VALUES (@id, @conversationId, @channel, @lang, @trigger, @urgency, @status, @caseJson, @claimedBy, @claimedAt, @outcome, @createdAt, @updatedAt)`,
  );
  const byId = db.prepare<[string], EscalationRow>('SELECT * FROM escalations WHERE id = ?');
  const claim = db.prepare(
    `UPDATE escalations SET status = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ?
     WHERE id = ? AND status = 'open'`,
  );
  const finish = db.prepare(
    'UPDATE escalations SET status = ?, outcome = COALESCE(?, outcome), updated_at = ? WHERE id = ?',
  );

  return {
    async create(record) {
      const { facts, assessment, ...rest } = record;
      return insert.run({ ...rest, caseJson: JSON.stringify({ facts, assessment }) }).changes === 1;
    },
    async get(id) {
      const row = byId.get(id);
      return row ? toRecord(row) : undefined;
    },
    async list(statuses) {
      if (statuses.length === 0) return [];
      const marks = statuses.map(() => '?').join(', ');
      const rows = db
        .prepare<string[], EscalationRow>(
          `SELECT * FROM escalations WHERE status IN (${marks})
           ORDER BY CASE urgency WHEN 'urgent' THEN 0 ELSE 1 END, created_at, id`,
        )
        .all(...statuses);
      return rows.map(toRecord);
    },
    async claim(id, adviserId, at) {
      return claim.run(adviserId, at, at, id).changes === 1;
    },
    async finish(id, change, at) {
      finish.run(change.status, change.outcome ?? null, at, id);
    },
  };
}
