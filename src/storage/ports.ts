import type { Citation } from '../domain/assessment.js';

export type Channel = 'web' | 'slack';
export type ConversationStatus = 'collecting' | 'answered' | 'with_adviser' | 'closed';
export type MessageRole = 'employer' | 'bot' | 'adviser' | 'system';

export interface ConversationRecord {
  id: string;
  channel: Channel;
  lang: 'de' | 'en';
  status: ConversationStatus;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface QuickReply {
  value: string;
  label: string;
}

export interface TranscriptMessage {
  id: string;
  role: MessageRole;
  text: string;
  createdAt: string;
  options?: QuickReply[];
  citations?: Citation[];
  /** A bot message that could not answer a follow-up question (see OutMessage). */
  unanswered?: true;
}

export interface ConversationRepo {
  create(record: ConversationRecord): Promise<void>;
  get(id: string): Promise<ConversationRecord | undefined>;
  update(
    id: string,
    changes: Partial<Pick<ConversationRecord, 'status' | 'lang' | 'closedAt'>>,
    at: string,
  ): Promise<void>;
  /** Erases the conversation, its transcript and its idempotency log. */
  delete(id: string): Promise<boolean>;
}

export interface TranscriptRepo {
  append(conversationId: string, messages: TranscriptMessage[]): Promise<void>;
  list(conversationId: string): Promise<TranscriptMessage[]>;
}

/** Idempotency: the first response to a client message id is replayed for repeats. */
export interface TurnLog {
  find(conversationId: string, clientMessageId: string): Promise<string | undefined>;
  save(conversationId: string, clientMessageId: string, response: string, at: string): Promise<void>;
}

export interface Storage {
  conversations: ConversationRepo;
  transcript: TranscriptRepo;
  turns: TurnLog;
}

/** A Slack thread bound to one conversation (the channel's only state besides seen event ids). */
export interface SlackThread {
  channel: string;
  threadTs: string;
  conversationId: string;
  lang: 'de' | 'en';
}

/** Slack channel storage: thread ↔ conversation, and de-duplication of Slack's retries. */
export interface SlackStore {
  /** Records an event id; true only the first time, so a retried event is processed once. */
  claim(eventId: string, at: string): Promise<boolean>;
  bindThread(thread: SlackThread, at: string): Promise<void>;
  findThread(channel: string, threadTs: string): Promise<SlackThread | undefined>;
}
