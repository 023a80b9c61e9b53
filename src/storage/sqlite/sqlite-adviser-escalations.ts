import type Database from 'better-sqlite3';
import type { EscalationRepo } from '../adviser-port.js';
import { caseJson, type EscalationRow, toEscalation } from '../adviser-rows.js';

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
      // facts and assessment are no columns of their own: they travel in case_json.
      const { facts, assessment, ...rest } = record;
      return insert.run({ ...rest, caseJson: caseJson(record) }).changes === 1;
    },
    async get(id) {
      const row = byId.get(id);
      return row ? toEscalation(row) : undefined;
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
      return rows.map(toEscalation);
    },
    async claim(id, adviserId, at) {
      return claim.run(adviserId, at, at, id).changes === 1;
    },
    async finish(id, change, at) {
      finish.run(change.status, change.outcome ?? null, at, id);
    },
  };
}
