import type Database from 'better-sqlite3';
import type { EscalationRepo, NewEscalation } from '../adviser-port.js';
import { type EscalationRow, toEscalation } from '../adviser-rows.js';
import {
  CASE_TRANSCRIPT_SQL,
  CLAIM_SQL,
  FINISH_SQL,
  INSERT_ESCALATION_SQL,
  insertEscalationArgs,
  LAST_SEQ_SQL,
  NEXT_CASE_NUMBER_SQL,
  QUEUE_ORDER,
  RELEASE_SQL,
} from '../adviser-sql.js';
import { type MessageRow, toMessage } from '../rows.js';

/** Escalated cases (tables from 0003 and 0011); the queue order is done in SQL. */
export function createSqliteEscalations(db: Database.Database): EscalationRepo {
  const nextNumber = db.prepare(NEXT_CASE_NUMBER_SQL);
  const insert = db.prepare(INSERT_ESCALATION_SQL);
  const create = db.transaction((record: NewEscalation) => {
    if (nextNumber.run(record.conversationId).changes === 0) return false;
    return insert.run(...insertEscalationArgs(record)).changes === 1;
  });
  const byId = db.prepare<[string], EscalationRow>('SELECT * FROM escalations WHERE id = ?');
  const claim = db.prepare(CLAIM_SQL);
  const release = db.prepare(RELEASE_SQL);
  const lastSeq = db.prepare<[string], { seq: number }>(LAST_SEQ_SQL);
  const finish = db.prepare(FINISH_SQL);
  const transcript = db.prepare<[string], MessageRow>(CASE_TRANSCRIPT_SQL);

  return {
    async create(record) {
      // IMMEDIATE: the counter and the insert are one write, never interleaved with another connection's.
      return create.immediate(record);
    },
    async get(id) {
      const row = byId.get(id);
      return row ? toEscalation(row) : undefined;
    },
    async list(statuses) {
      if (statuses.length === 0) return [];
      const marks = statuses.map(() => '?').join(', ');
      const rows = db
        .prepare<string[], EscalationRow>(`SELECT * FROM escalations WHERE status IN (${marks}) ${QUEUE_ORDER}`)
        .all(...statuses);
      return rows.map(toEscalation);
    },
    async claim(id, adviserId, at) {
      return claim.run(adviserId, at, at, id).changes === 1;
    },
    async release(id, at) {
      return release.run(at, id).changes === 1;
    },
    async lastSeq(id) {
      return lastSeq.get(id)?.seq ?? 0;
    },
    async finish(id, change, at) {
      finish.run(change.status, change.outcome ?? null, change.transcriptEndSeq, at, id);
    },
    async transcript(id) {
      return transcript.all(id).map(toMessage);
    },
  };
}
