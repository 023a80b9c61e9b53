import type { AnswerCard } from '../answer/card.js';
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
  /**
   * The fact key of the question the conversation waits for; '' when none. Absent on conversations
   * stored before it was kept (then unknown).
   */
  pendingQuestion?: string;
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
  /** A verdict's answer card, stored so the card is drawn again as it was (not from text). */
  answer?: AnswerCard;
  /** A bot message that could not answer a follow-up question (see OutMessage). */
  unanswered?: true;
}

export interface ConversationRepo {
  create(record: ConversationRecord): Promise<void>;
  get(id: string): Promise<ConversationRecord | undefined>;
  update(
    id: string,
    changes: Partial<Pick<ConversationRecord, 'status' | 'lang' | 'closedAt' | 'pendingQuestion'>>,
    at: string,
  ): Promise<void>;
  /** Erases the conversation, its transcript and its idempotency log. */
  delete(id: string): Promise<boolean>;
}

export interface TranscriptRepo {
  append(conversationId: string, messages: TranscriptMessage[]): Promise<void>;
  list(conversationId: string): Promise<TranscriptMessage[]>;
}

/** What a logged turn produced, by reference: enough to rebuild its response. */
export interface TurnReference {
  /** Ids of the transcript messages the turn sent, in order. */
  messageIds: string[];
  /** The conversation's checkpoint after the turn (null: logged before references, use the current state). */
  checkpointId: string | null;
  /** The facts the turn understood (contract v1.1 `understood`): per turn, so in no checkpoint. */
  understood: readonly unknown[];
}

/**
 * Idempotency: a repeated client message id gets the first response again, rebuilt from the
 * transcript and the checkpoint it references (the response itself is not stored).
 */
export interface TurnLog {
  find(conversationId: string, clientMessageId: string): Promise<TurnReference | undefined>;
  /**
   * Logs a finished turn; the first one for a client message id wins. The checkpoint referenced is
   * the conversation's latest (LangGraph's checkpoint ids sort by time), so call it right after the
   * turn, while the conversation's lock is held.
   */
  save(
    conversationId: string,
    clientMessageId: string,
    turn: Pick<TurnReference, 'messageIds' | 'understood'>,
    at: string,
  ): Promise<void>;
}

/**
 * Makes an erasure reach the storage's files at once. SQLite in WAL mode keeps deleted rows in the
 * write-ahead log, and old page versions in the main file, until the next checkpoint; a backup in
 * between would keep erased text. D1 has no files Lotse can reach: there it does nothing.
 */
export interface ErasureSettler {
  /** Call after the erasing transactions; false when the storage could not settle now (it will later). */
  settle(): Promise<boolean>;
}

export interface Storage {
  conversations: ConversationRepo;
  transcript: TranscriptRepo;
  turns: TurnLog;
  erasure: ErasureSettler;
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
  /**
   * Records a verified request by its signature until `expiresAt` (when it would no longer verify);
   * true only the first time, so a replayed request is not acted on twice. Prunes expired ones.
   */
  claimRequest(signature: string, expiresAt: string, now: string): Promise<boolean>;
  bindThread(thread: SlackThread, at: string): Promise<void>;
  findThread(channel: string, threadTs: string): Promise<SlackThread | undefined>;
}
