import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointTuple,
  copyCheckpoint,
  maxChannelVersion,
  type PendingWrite,
  type SerializerProtocol,
  TASKS,
  WRITES_IDX_MAP,
} from '@langchain/langgraph-checkpoint';
import { GET_BY_ID, GET_LATEST, insertWrites, listSql, PENDING_SENDS, UPSERT_CHECKPOINT } from './d1-saver-sql.js';

interface TupleRow {
  thread_id: string;
  checkpoint_ns: string;
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  type: string | null;
  checkpoint: unknown;
  metadata: unknown;
  pending_writes: string;
}
interface WriteJson {
  task_id: string;
  channel: string;
  type: string | null;
  value: string | null;
}

/** D1 hands BLOB columns back as byte arrays (number[] or ArrayBuffer, by version); the serde wants bytes or text. */
function asBytes(value: unknown): Uint8Array | string {
  if (typeof value === 'string' || value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (Array.isArray(value)) return Uint8Array.from(value as number[]);
  throw new TypeError(`unexpected checkpoint column of type ${typeof value}`);
}

/** A LangGraph checkpointer over D1: SqliteSaver's tables and queries, with D1's async, batched API. */
export class D1Saver extends BaseCheckpointSaver {
  constructor(
    private readonly db: D1Database,
    serde?: SerializerProtocol,
  ) {
    super(serde);
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const { thread_id, checkpoint_ns = '', checkpoint_id } = config.configurable ?? {};
    if (thread_id === undefined) return undefined;
    const statement = checkpoint_id
      ? this.db.prepare(GET_BY_ID).bind(thread_id, checkpoint_ns, checkpoint_id)
      : this.db.prepare(GET_LATEST).bind(thread_id, checkpoint_ns);
    const row = await statement.first<TupleRow>();
    return row ? this.toTuple(row) : undefined;
  }

  async *list(config: RunnableConfig, options?: CheckpointListOptions): AsyncGenerator<CheckpointTuple> {
    const { sql, args } = listSql({
      threadId: config.configurable?.thread_id,
      checkpointNs: config.configurable?.checkpoint_ns ?? undefined,
      before: options?.before?.configurable?.checkpoint_id,
      filter: Object.entries(options?.filter ?? {}).filter(([, value]) => value !== undefined),
      limit: options?.limit,
    });
    const { results } = await this.db
      .prepare(sql)
      .bind(...args)
      .all<TupleRow>();
    for (const row of results) yield await this.toTuple(row);
  }

  async put(config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata): Promise<RunnableConfig> {
    if (!config.configurable) throw new Error('Empty configuration supplied.');
    const threadId = config.configurable.thread_id;
    const checkpointNs = config.configurable.checkpoint_ns ?? '';
    if (!threadId) throw new Error('Missing "thread_id" field in passed "config.configurable".');
    const [[type, serializedCheckpoint], [metadataType, serializedMetadata]] = await Promise.all([
      this.serde.dumpsTyped(copyCheckpoint(checkpoint)),
      this.serde.dumpsTyped(metadata),
    ]);
    if (type !== metadataType) throw new Error('Failed to serialize checkpoint and metadata to the same type.');
    await this.db
      .prepare(UPSERT_CHECKPOINT)
      .bind(
        threadId,
        checkpointNs,
        checkpoint.id,
        config.configurable.checkpoint_id ?? null,
        type,
        serializedCheckpoint,
        serializedMetadata,
      )
      .run();
    return { configurable: { thread_id: threadId, checkpoint_ns: checkpointNs, checkpoint_id: checkpoint.id } };
  }

  async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string): Promise<void> {
    if (!config.configurable) throw new Error('Empty configuration supplied.');
    const { thread_id, checkpoint_ns = '', checkpoint_id } = config.configurable;
    if (!thread_id) throw new Error('Missing thread_id field in config.configurable.');
    if (!checkpoint_id) throw new Error('Missing checkpoint_id field in config.configurable.');
    if (writes.length === 0) return;
    const insert = this.db.prepare(insertWrites(writes.every(([channel]) => channel in WRITES_IDX_MAP)));
    const rows = await Promise.all(
      writes.map(async ([channel, value], idx) => {
        const [type, serialized] = await this.serde.dumpsTyped(value);
        const slot = WRITES_IDX_MAP[channel] ?? idx;
        return insert.bind(thread_id, checkpoint_ns, checkpoint_id, taskId, slot, channel, type, serialized);
      }),
    );
    await this.db.batch(rows);
  }

  async deleteThread(threadId: string): Promise<void> {
    await this.db.batch([
      this.db.prepare('DELETE FROM checkpoints WHERE thread_id = ?').bind(threadId),
      this.db.prepare('DELETE FROM writes WHERE thread_id = ?').bind(threadId),
    ]);
  }

  private async toTuple(row: TupleRow): Promise<CheckpointTuple> {
    const writes = JSON.parse(row.pending_writes) as WriteJson[];
    const pendingWrites = await Promise.all(
      writes.map(
        async (w) => [w.task_id, w.channel, await this.serde.loadsTyped(w.type ?? 'json', w.value ?? '')] as const,
      ),
    );
    const type = row.type ?? 'json';
    const checkpoint = (await this.serde.loadsTyped(type, asBytes(row.checkpoint))) as Checkpoint;
    if (checkpoint.v < 4 && row.parent_checkpoint_id != null) {
      await this.migratePendingSends(checkpoint, row.thread_id, row.parent_checkpoint_id);
    }
    const at = (checkpointId: string) => ({
      configurable: { thread_id: row.thread_id, checkpoint_ns: row.checkpoint_ns, checkpoint_id: checkpointId },
    });
    return {
      config: at(row.checkpoint_id),
      checkpoint,
      metadata: (await this.serde.loadsTyped(type, asBytes(row.metadata))) as CheckpointMetadata,
      ...(row.parent_checkpoint_id ? { parentConfig: at(row.parent_checkpoint_id) } : {}),
      pendingWrites: pendingWrites.map(([taskId, channel, value]) => [taskId, channel, value]),
    };
  }

  private async migratePendingSends(checkpoint: Checkpoint, threadId: string, parentId: string): Promise<void> {
    const row = await this.db.prepare(PENDING_SENDS).bind(threadId, parentId).first<{ pending_sends: string }>();
    const sends = JSON.parse(row?.pending_sends ?? '[]') as { type: string; value: string }[];
    checkpoint.channel_values ??= {};
    checkpoint.channel_values[TASKS] = await Promise.all(sends.map((s) => this.serde.loadsTyped(s.type, s.value)));
    const versions = Object.values(checkpoint.channel_versions);
    checkpoint.channel_versions[TASKS] =
      versions.length > 0 ? maxChannelVersion(...versions) : this.getNextVersion(undefined);
  }
}
