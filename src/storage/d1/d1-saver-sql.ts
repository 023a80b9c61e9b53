import { TASKS } from '@langchain/langgraph-checkpoint';

/**
 * The checkpoint queries of @langchain/langgraph-checkpoint-sqlite's SqliteSaver, over the same two
 * tables (migrations/0005_checkpoints.sql), so a D1 database holds exactly what a Node one does.
 * Pending writes come back as one JSON array per checkpoint, saving a round trip per tuple.
 */
const SELECT_TUPLE = `
  SELECT thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, metadata,
    (SELECT json_group_array(json_object(
        'task_id', pw.task_id, 'channel', pw.channel, 'type', pw.type, 'value', CAST(pw.value AS TEXT)))
      FROM writes AS pw
      WHERE pw.thread_id = checkpoints.thread_id AND pw.checkpoint_ns = checkpoints.checkpoint_ns
        AND pw.checkpoint_id = checkpoints.checkpoint_id) AS pending_writes
  FROM checkpoints`;

export const GET_LATEST = `${SELECT_TUPLE} WHERE thread_id = ? AND checkpoint_ns = ? ORDER BY checkpoint_id DESC LIMIT 1`;
export const GET_BY_ID = `${SELECT_TUPLE} WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ?`;

export interface ListQuery {
  threadId?: string;
  checkpointNs?: string;
  before?: string;
  filter: [key: string, value: unknown][];
  limit?: number;
}

/** Builds the `list` query; the metadata filter compares JSON texts, as SqliteSaver does. */
export function listSql(q: ListQuery): { sql: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    args.push(...values);
  };
  if (q.threadId) add('thread_id = ?', q.threadId);
  if (q.checkpointNs !== undefined) add('checkpoint_ns = ?', q.checkpointNs);
  if (q.before !== undefined) add('checkpoint_id < ?', q.before);
  for (const [key, value] of q.filter) add('jsonb(CAST(metadata AS TEXT)) -> ? = ?', `$.${key}`, JSON.stringify(value));
  const limit = q.limit ? ` LIMIT ${Math.trunc(q.limit)}` : '';
  const sql = `${SELECT_TUPLE}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY checkpoint_id DESC${limit}`;
  return { sql, args };
}

export const UPSERT_CHECKPOINT = `INSERT OR REPLACE INTO checkpoints
  (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)`;

/** Special channels (errors, interrupts) replace an earlier write of the same slot; ordinary ones keep the first. */
export const insertWrites = (replace: boolean) => `INSERT ${replace ? 'OR REPLACE' : 'OR IGNORE'} INTO writes
  (thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Checkpoints of format v < 4 kept pending sends as writes of the parent; they are moved into the
 * checkpoint in write order (task, then index), the order SqliteSaver's primary-key scan yields.
 */
export const PENDING_SENDS = `
  SELECT json_group_array(json_object('type', ps.type, 'value', CAST(ps.value AS TEXT))) AS pending_sends
  FROM (SELECT type, value FROM writes WHERE thread_id = ? AND checkpoint_id = ? AND channel = '${TASKS}' ORDER BY task_id, idx) AS ps`;
