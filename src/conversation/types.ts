import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts, FactKey } from '../domain/facts.js';
import type { Channel, ConversationStatus, TranscriptMessage } from '../storage/ports.js';
import type { StateNotice } from '../watch/notice-view.js';
import type { Handover } from './handover.js';
import type { PendingQuestion } from './questions.js';
import type { UnderstoodItem } from './understood.js';
import type { UrgencyBasis } from './urgency-basis.js';

/** Contract §3 `State`. */
export interface ConversationStateView {
  status: ConversationStatus;
  facts: CaseFacts;
  pendingQuestion?: PendingQuestion;
  assessment?: Assessment;
  /** Contract v1.1: what happened to the case since the verdict (the watch, issue 20), when anything did. */
  notices?: StateNotice[];
  /** Contract v1.1: while an adviser has the conversation, whether one has taken the case yet (and since when). */
  handoff?: HandoffStanding;
}

/** Where a handed-over case stands with the advisers: `queued` until one claims it, then `taken`. */
export interface HandoffStanding {
  status: 'queued' | 'taken';
  /** When it was queued, or when an adviser claimed it. */
  since: string;
}

export interface TurnResult {
  messages: TranscriptMessage[];
  /** Contract v1.1: the facts this turn added or changed, each with a plain-language line. */
  understood?: UnderstoodItem[];
  state: ConversationStateView;
}

export interface ConversationView extends TurnResult {
  id: string;
  lang: 'de' | 'en';
  channel: 'web' | 'slack';
}

export interface EmployerInput {
  text?: string;
  choice?: { factKey: string; value: string };
  /**
   * The click is a button of one question (Slack keeps old buttons in the thread): it answers that
   * question only while it is pending; the web API sets any fact at any time.
   */
  pendingOnly?: boolean;
  clientMessageId?: string;
  /** Who sent it (set by the route from the request, never from the body): for the per-client hand-off limit. */
  client?: string;
}

/** A case as it goes to the adviser side, after the employer agreed to share it. */
export interface HandedOverCase extends Handover {
  conversationId: string;
  channel: Channel;
  lang: 'de' | 'en';
  facts: CaseFacts;
  /** Facts the employer could not answer ("weiß nicht"): with the facts, they give the assessment again. */
  unknown?: readonly FactKey[];
  at: string;
  /** For an urgent case: the employer's statement the urgency rests on (see urgency-basis.ts). */
  urgencyBasis?: UrgencyBasis | null;
}

/** What one employer turn tells about its conversation, for the project's statistics (no text). */
export interface TurnObservation {
  conversationId: string;
  startedAt: string;
  channel: Channel;
  lang: 'de' | 'en';
  status: ConversationStatus;
  facts: CaseFacts;
  /** The verdict shown to the employer, when there is one. */
  outcome: Assessment['outcome'] | null;
}

/** The seam to the adviser side: receives a case when a conversation is handed over. */
export interface HandoffPort {
  caseHandedOver(handed: HandedOverCase): Promise<void>;
  employerMessage(conversationId: string, message: TranscriptMessage): Promise<void>;
  /** Where the conversation's open case stands with the advisers; undefined without one (or without advisers). */
  standing?(conversationId: string): Promise<HandoffStanding | undefined>;
}

export const noHandoff: HandoffPort = { async caseHandedOver() {}, async employerMessage() {} };
