import type { FeedbackRecord } from './feedback-port.js';
import type { ConversationRecord, SlackThread, TranscriptMessage } from './ports.js';

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
});

export const toMessage = (r: MessageRow): TranscriptMessage => {
  const payload = r.payload
    ? (JSON.parse(r.payload) as Pick<TranscriptMessage, 'options' | 'citations' | 'unanswered'>)
    : {};
  return { id: r.id, role: r.role, text: r.text, createdAt: r.created_at, ...payload };
};

/** Options, citations and the unanswered mark travel as one JSON column; plain texts store NULL. */
export const messagePayload = (m: TranscriptMessage): string | null =>
  m.options || m.citations || m.unanswered
    ? JSON.stringify({ options: m.options, citations: m.citations, ...(m.unanswered ? { unanswered: true } : {}) })
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
