import type Database from 'better-sqlite3';
import type { Storage, TranscriptMessage } from '../ports.js';
import {
  type ConversationRow,
  INSERT_TURN_REF,
  type MessageRow,
  messagePayload,
  SELECT_TURN_REF,
  type TurnRefRow,
  toConversation,
  toMessage,
  toTurnReference,
  turnRefValues,
} from '../rows.js';

/** Storage ports over one better-sqlite3 connection (synchronous driver behind async ports). */
export function createSqliteStorage(db: Database.Database): Storage {
  const insertConversation = db.prepare(
    'INSERT INTO conversations (id, channel, lang, status, created_at, updated_at, closed_at, pending_question) VALUES (@id, @channel, @lang, @status, @createdAt, @updatedAt, @closedAt, @pendingQuestion)',
  );
  const selectConversation = db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?');
  const deleteConversation = db.prepare<[string]>('DELETE FROM conversations WHERE id = ?');
  const nextSeq = db.prepare<[string], { seq: number }>(
    'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM messages WHERE conversation_id = ?',
  );
  const insertMessage = db.prepare(
    'INSERT INTO messages (id, conversation_id, seq, role, text, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectMessages = db.prepare<[string], MessageRow>(
    'SELECT id, role, text, payload, created_at FROM messages WHERE conversation_id = ? ORDER BY seq',
  );
  const selectTurn = db.prepare<[string, string], TurnRefRow>(SELECT_TURN_REF);
  const insertTurn = db.prepare<ReturnType<typeof turnRefValues>>(INSERT_TURN_REF);
  const appendAll = db.transaction((conversationId: string, messages: TranscriptMessage[]) => {
    let seq = nextSeq.get(conversationId)?.seq ?? 1;
    for (const m of messages) {
      insertMessage.run(m.id, conversationId, seq++, m.role, m.text, messagePayload(m), m.createdAt);
    }
  });

  return {
    conversations: {
      async create(record) {
        insertConversation.run({ pendingQuestion: null, ...record });
      },
      async get(id) {
        const row = selectConversation.get(id);
        return row ? toConversation(row) : undefined;
      },
      async update(id, changes, at) {
        const sets = ['updated_at = @at'];
        if (changes.status !== undefined) sets.push('status = @status');
        if (changes.lang !== undefined) sets.push('lang = @lang');
        if (changes.closedAt !== undefined) sets.push('closed_at = @closedAt');
        if (changes.pendingQuestion !== undefined) sets.push('pending_question = @pendingQuestion');
        db.prepare(`UPDATE conversations SET ${sets.join(', ')} WHERE id = @id`).run({ ...changes, id, at });
      },
      async delete(id) {
        return deleteConversation.run(id).changes > 0;
      },
    },
    transcript: {
      async append(conversationId, messages) {
        // IMMEDIATE: the transaction reads the next seq before it writes, and a deferred read that
        // upgrades to a write while another connection writes fails at once with SQLITE_BUSY
        // (busy_timeout does not apply to the upgrade); taking the write lock first makes it wait.
        appendAll.immediate(conversationId, messages);
      },
      async list(conversationId) {
        return selectMessages.all(conversationId).map(toMessage);
      },
    },
    erasure: {
      async settle() {
        // TRUNCATE copies every frame into the file (where secure_delete has zeroed the erased
        // cells) and empties the log. Busy means another connection still reads an older snapshot.
        const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
        return result?.busy === 0;
      },
    },
    turns: {
      async find(conversationId, clientMessageId) {
        const row = selectTurn.get(conversationId, clientMessageId);
        return row ? toTurnReference(row) : undefined;
      },
      async save(conversationId, clientMessageId, turn, at) {
        insertTurn.run(...turnRefValues(conversationId, clientMessageId, turn, at));
      },
    },
  };
}
