// Type-only imports: the widget shares the server's contract types, but no server code reaches the bundle.
import type { AnswerCard, AnswerItem, AnswerSection } from '../../../../answer/card.js';
import type {
  ConversationStateView,
  ConversationView,
  HandoffStanding,
  TurnResult,
} from '../../../../conversation/types.js';
import type { UnderstoodItem } from '../../../../conversation/understood.js';
import type { Citation } from '../../../../domain/assessment.js';
import type { CaseFacts } from '../../../../domain/facts.js';
import type { QuickReply, TranscriptMessage } from '../../../../storage/ports.js';
import type { RemindersView } from '../../../../watch/routes.js';

export type {
  AnswerCard,
  AnswerItem,
  AnswerSection,
  CaseFacts,
  Citation,
  ConversationStateView,
  ConversationView,
  HandoffStanding,
  QuickReply,
  RemindersView,
  TurnResult,
  UnderstoodItem,
};
export type Message = TranscriptMessage;
export type Status = ConversationStateView['status'];
export type Choice = { factKey: string; value: string };
export type Rating = 'helpful' | 'not_helpful';

/** The conversation as the widget holds it: transcript plus the latest state. */
export interface Session {
  id: string;
  lang: 'de' | 'en';
  messages: Message[];
  state: ConversationStateView;
  /** The watch's notices (issue 20) as the last GET brought them; a turn's state does not carry them. */
  notices: Notice[];
  /** The facts the last turn added or changed (not kept across a reload). */
  understood?: UnderstoodItem[];
}
export type Notice = NonNullable<ConversationStateView['notices']>[number];

/** Always accepted by the API, whatever question is pending (contract §3). */
export const HANDOFF_CHOICE: Choice = { factKey: 'action', value: 'handoff' };
export const RESTART_VALUE = 'restart';
export const ACTION_KEY = 'action';
/** The hand-off consent question (contract §3): its "Ja" sends the transcript to the advisers. */
export const CONSENT_KEY = 'handoffConsent';
