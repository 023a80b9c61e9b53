import type { D1Database } from '@cloudflare/workers-types/index.js';
import type { Storage } from '../ports.js';
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

/**
 * Storage ports over D1, with the SQL of the better-sqlite3 adapter (tables from migrations/0001).
 * Multi-statement writes go through `batch`, which D1 runs as one transaction.
 */
export function createD1Storage(db: D1Database): Storage {
  return {
    conversations: {
      async create(r) {
        await db
          .prepare(
            'INSERT INTO conversations (id, channel, lang, status, created_at, updated_at, closed_at, pending_question) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .bind(r.id, r.channel, r.lang, r.status, r.createdAt, r.updatedAt, r.closedAt, r.pendingQuestion ?? null)
          .run();
      },
      async get(id) {
        const row = await db.prepare('SELECT * FROM conversations WHERE id = ?').bind(id).first<ConversationRow>();
        return row ? toConversation(row) : undefined;
      },
      async update(id, changes, at) {
        const columns = {
          status: changes.status,
          lang: changes.lang,
          closed_at: changes.closedAt,
          pending_question: changes.pendingQuestion,
        };
        const set = Object.entries(columns).filter(([, value]) => value !== undefined);
        await db
          .prepare(
            `UPDATE conversations SET ${['updated_at', ...set.map(([c]) => c)].map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
          )
          .bind(at, ...set.map(([, value]) => value), id)
          .run();
      },
      async delete(id) {
        // Transcript, turns, feedback and Slack threads go with it (ON DELETE CASCADE; D1 enforces foreign keys).
        const result = await db.prepare('DELETE FROM conversations WHERE id = ?').bind(id).run();
        return result.meta.changes > 0;
      },
    },
    transcript: {
      async append(conversationId, messages) {
        if (messages.length === 0) return;
        // The sequence number is computed inside each INSERT: a batch cannot read between its statements.
        const insert = db.prepare(
          `INSERT INTO messages (id, conversation_id, seq, role, text, payload, created_at)
           SELECT ?1, ?2, COALESCE(MAX(seq), 0) + 1, ?3, ?4, ?5, ?6 FROM messages WHERE conversation_id = ?2`,
        );
        await db.batch(
          messages.map((m) => insert.bind(m.id, conversationId, m.role, m.text, messagePayload(m), m.createdAt)),
        );
      },
      async list(conversationId) {
        const { results } = await db
          .prepare('SELECT id, role, text, payload, created_at FROM messages WHERE conversation_id = ? ORDER BY seq')
          .bind(conversationId)
          .all<MessageRow>();
        return results.map(toMessage);
      },
    },
    erasure: {
      // D1's storage is Cloudflare's: nothing Lotse could checkpoint or scan. A DELETE is final there.
      async settle() {
        return true;
      },
    },
    turns: {
      async find(conversationId, clientMessageId) {
        const row = await db.prepare(SELECT_TURN_REF).bind(conversationId, clientMessageId).first<TurnRefRow>();
        return row ? toTurnReference(row) : undefined;
      },
      async save(conversationId, clientMessageId, turn, at) {
        await db
          .prepare(INSERT_TURN_REF)
          .bind(...turnRefValues(conversationId, clientMessageId, turn, at))
          .run();
      },
    },
  };
}
