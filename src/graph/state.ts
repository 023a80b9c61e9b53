import { Annotation, UntrackedValueChannel } from '@langchain/langgraph';
import type { AnswerCard } from '../answer/card.js';
import type { HandoffTrigger, Handover } from '../conversation/handover.js';
import type { Lang, PendingQuestion } from '../conversation/questions.js';
import type { UnderstoodItem } from '../conversation/understood.js';

export type { HandoffTrigger, Handover };

import type { Assessment, Citation } from '../domain/assessment.js';
import type { CaseFacts, FactKey } from '../domain/facts.js';
import type { ConversationStatus, QuickReply } from '../storage/ports.js';
import type { AssessedCase } from './assessed.js';
import type { Next } from './nodes/understand.js';

/** One employer turn, as the conversation service hands it to the graph. */
export interface TurnInput {
  text?: string;
  choice?: { factKey: string; value: string };
  /** Law-as-of date of this turn (today, or the pinned date). */
  today: string;
}

/** A message the graph wants to send; the service gives it an id and a timestamp. */
export interface OutMessage {
  role: 'bot' | 'system';
  text: string;
  options?: QuickReply[];
  citations?: Citation[];
  /** The verdict as the answer card every channel renders (see src/answer/card.ts). */
  answer?: AnswerCard;
  /** The bot could not answer a follow-up question: the statistics list these as the knowledge base's gaps. */
  unanswered?: true;
}

const replace = <T>(fallback: () => T) => Annotation<T>({ reducer: (_old, next) => next, default: fallback });

export const ConversationState = Annotation.Root({
  lang: replace<Lang>(() => 'de'),
  lawAsOf: replace<string>(() => ''),
  facts: replace<CaseFacts>(() => ({})),
  /**
   * 2: date facts are contract v1.1 partial dates. Checkpoints written before have no such channel and
   * read 1 (`FACTS_VERSION` is the current one): their year sentinels (`YYYY-01-01`) are read as the year on the next turn (`migrateYearSentinels`).
   */
  factsVersion: replace<number>(() => 1),
  unknown: replace<FactKey[]>(() => []),
  /** Fact keys asked so far, to keep to the question budget and never ask twice. */
  asked: replace<string[]>(() => []),
  /** Fact keys most recently filled, so a correction ("nein, seit 2020") knows what it corrects. */
  lastFactKeys: replace<FactKey[]>(() => []),
  pending: replace<PendingQuestion | null>(() => null),
  /** The employer's words about facts named but not understood, quoted when that fact is asked. */
  mentioned: replace<Partial<Record<string, string>>>(() => ({})),
  /**
   * A change the employer stated after the verdict that would flip it, waiting for a yes
   * ("Soll ich das ändern: Einreise 2019 statt 2023?"); null otherwise. `newCase`: the facts are another applicant's
   * (review S7-17), and a yes starts a new case with them instead of changing this one.
   */
  proposal: replace<{ patch: CaseFacts; unknown: FactKey[]; newCase?: boolean } | null>(() => null),
  status: replace<ConversationStatus>(() => 'collecting'),
  /** What the assessment shown to the employer was computed from; null while collecting. See `assessmentOf`. */
  assessed: replace<AssessedCase | null>(() => null),
  /**
   * The whole assessment, as checkpoints written before `assessed` hold it; read only when `assessed`
   * is null, and cleared whenever the rules run again.
   */
  assessment: replace<Assessment | null>(() => null),
  input: replace<TurnInput | null>(() => null),
  failedAttempts: replace<number>(() => 0),
  /** The employer declined the offered hand-off: a verdict sent again does not ask once more (the button stays). */
  offerDeclined: replace<boolean>(() => false),
  /** The employer was told once that names and birth dates are not needed (review S5-22). */
  privacyNoted: replace<boolean>(() => false),
  /**
   * The bot's last message offered an adviser outside the consent question ("Das kann ich … nicht sicher
   * beantworten … Möchten Sie mit einer Beraterin … sprechen?"): a plain yes to it asks for the consent, a
   * plain no is acknowledged. Only for the very next turn.
   */
  offered: replace<boolean>(() => false),
  /** Set when a hand-off is offered (consent pending); kept until the employer agrees or declines. */
  handoffTrigger: replace<HandoffTrigger | null>(() => null),
  /** Written by the hand-off node for the conversation service to pass to the adviser side. */
  handover: replace<Handover | null>(() => null),
  /**
   * The messages of this turn. Not checkpointed: they go to the transcript, and every turn starts
   * with an empty outbox, so persisting them (the whole rendered assessment, on an answer) would
   * only be serialised and parsed again on the next turn.
   */
  outbox: new UntrackedValueChannel<OutMessage[]>({ guard: false, initialValueFactory: () => [] }),
  /** The facts this turn added or changed (contract v1.1 `understood`); per turn, so not checkpointed. */
  understood: new UntrackedValueChannel<UnderstoodItem[]>({ guard: false, initialValueFactory: () => [] }),
  /** Where `wait` routes the understood input; only read within the turn, so not checkpointed. */
  next: new UntrackedValueChannel<Next>({ guard: false, initialValueFactory: () => 'wait' }),
});

export type State = typeof ConversationState.State;
export type Update = typeof ConversationState.Update;
