import type { FeedbackRecord } from './feedback-port.js';
import type { ConversationRecord, SlackThread, TranscriptMessage, TurnReference } from './ports.js';

/**
 * Row shapes of migrations 0001 (conversations, messages), 0002 (feedback) and 0004 (Slack threads)
 * as both SQLite drivers (better-sqlite3, D1) return them, and their mapping to the port records.
 */
export interface ConversationRow {
  id: string;
  channel: ConversationRecord['channel'];
  lang: ConversationRecord['lang'];
  status: ConversationRecord['status'];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Migration 0008; NULL on rows written before it. */
  pending_question?: string | null;
}

export interface MessageRow {
  id: string;
  role: TranscriptMessage['role'];
  text: string;
  payload: string | null;
  created_at: string;
}

export interface FeedbackRow {
  conversation_id: string;
  message_id: string;
  rating: FeedbackRecord['rating'];
  comment: string | null;
  created_at: string;
}

export interface ThreadRow {
  channel: string;
  thread_ts: string;
  conversation_id: string;
  lang: SlackThread['lang'];
}

export const toConversation = (r: ConversationRow): ConversationRecord => ({
  id: r.id,
  channel: r.channel,
  lang: r.lang,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  closedAt: r.closed_at,
  ...(typeof r.pending_question === 'string' ? { pendingQuestion: r.pending_question } : {}),
});

export const toMessage = (r: MessageRow): TranscriptMessage => {
  const payload = r.payload
    ? (JSON.parse(r.payload) as Pick<TranscriptMessage, 'options' | 'citations' | 'answer' | 'unanswered'>)
    : {};
  return { id: r.id, role: r.role, text: r.text, createdAt: r.created_at, ...payload };
};

/** Options, citations, a verdict's answer card and the unanswered mark travel as one JSON column; plain texts store NULL. */
export const messagePayload = (m: TranscriptMessage): string | null =>
  m.options || m.citations || m.answer || m.unanswered
    ? JSON.stringify({
        options: m.options,
        citations: m.citations,
        ...(m.answer ? { answer: m.answer } : {}),
        ...(m.unanswered ? { unanswered: true } : {}),
      })
    : null;

export const toFeedback = (r: FeedbackRow): FeedbackRecord => ({
  conversationId: r.conversation_id,
  messageId: r.message_id,
  rating: r.rating,
  comment: r.comment,
  createdAt: r.created_at,
});

export const toThread = (r: ThreadRow): SlackThread => ({
  channel: r.channel,
  threadTs: r.thread_ts,
  conversationId: r.conversation_id,
  lang: r.lang,
});

/** Row shape of migrations/0006_turn_references.sql. */
export interface TurnRefRow {
  message_ids: string;
  checkpoint_id: string | null;
  understood: string | null;
}

export const toTurnReference = (r: TurnRefRow): TurnReference => ({
  messageIds: JSON.parse(r.message_ids) as string[],
  checkpointId: r.checkpoint_id,
  understood: r.understood ? (JSON.parse(r.understood) as unknown[]) : [],
});

/** The bind values of INSERT_TURN_REF, in order. */
export const turnRefValues = (
  conversationId: string,
  clientMessageId: string,
  turn: Pick<TurnReference, 'messageIds' | 'understood'>,
  at: string,
): [string, string, string, string | null, string, string] => [
  conversationId,
  clientMessageId,
  JSON.stringify(turn.messageIds),
  turn.understood.length ? JSON.stringify(turn.understood) : null,
  conversationId,
  at,
];

/**
 * Logs a turn with a reference to the conversation's latest root checkpoint: the MAX over the
 * checkpoints table's primary key, as LangGraph's savers pick the latest. Both drivers run it as is.
 */
export const INSERT_TURN_REF = `INSERT OR IGNORE INTO turn_refs
  (conversation_id, client_message_id, message_ids, understood, checkpoint_id, created_at)
  VALUES (?, ?, ?, ?, (SELECT MAX(checkpoint_id) FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = ''), ?)`;
export const SELECT_TURN_REF =
  'SELECT message_ids, checkpoint_id, understood FROM turn_refs WHERE conversation_id = ? AND client_message_id = ?';
