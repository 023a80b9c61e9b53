import type { ConversationRecord, TranscriptMessage } from '../ports.js';

/** Row shapes of migrations/0001_conversations.sql, as both SQLite drivers return them. */
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
  const payload = r.payload ? (JSON.parse(r.payload) as Pick<TranscriptMessage, 'options' | 'citations'>) : {};
  return { id: r.id, role: r.role, text: r.text, createdAt: r.created_at, ...payload };
};

/** Options and citations travel as one JSON column; plain texts store NULL (same encoding as the SQLite adapter). */
export const messagePayload = (m: TranscriptMessage): string | null =>
  m.options || m.citations ? JSON.stringify({ options: m.options, citations: m.citations }) : null;
