import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { EscalationRepo } from '../adviser-port.js';
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

/** Escalated cases over D1 (tables from 0003 and 0011), the SQL of the SQLite adapter. */
export function createD1Escalations(db: D1Database): EscalationRepo {
  return {
    async create(r) {
      // One batch is one transaction: the counter rises only when the insert can happen.
      const [, inserted] = await db.batch([
        db.prepare(NEXT_CASE_NUMBER_SQL).bind(r.conversationId),
        db.prepare(INSERT_ESCALATION_SQL).bind(...insertEscalationArgs(r)),
      ]);
      // The partial unique index keeps one open case per conversation: a repeat is ignored.
      return inserted?.meta.changes === 1;
    },
    async get(id) {
      const row = await db.prepare('SELECT * FROM escalations WHERE id = ?').bind(id).first<EscalationRow>();
      return row ? toEscalation(row) : undefined;
    },
    async list(statuses) {
      if (statuses.length === 0) return [];
      const { results } = await db
        .prepare(`SELECT * FROM escalations WHERE status IN (${statuses.map(() => '?').join(', ')}) ${QUEUE_ORDER}`)
        .bind(...statuses)
        .all<EscalationRow>();
      return results.map(toEscalation);
    },
    async claim(id, adviserId, at) {
      const result = await db.prepare(CLAIM_SQL).bind(adviserId, at, at, id).run();
      return result.meta.changes === 1;
    },
    async release(id, at) {
      return (await db.prepare(RELEASE_SQL).bind(at, id).run()).meta.changes === 1;
    },
    async lastSeq(id) {
      return (await db.prepare(LAST_SEQ_SQL).bind(id).first<{ seq: number }>())?.seq ?? 0;
    },
    async finish(id, change, at) {
      await db
        .prepare(FINISH_SQL)
        .bind(change.status, change.outcome ?? null, change.transcriptEndSeq, at, id)
        .run();
    },
    async transcript(id) {
      const { results } = await db.prepare(CASE_TRANSCRIPT_SQL).bind(id).all<MessageRow>();
      return results.map(toMessage);
    },
  };
}
