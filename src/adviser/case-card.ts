import type { Lang } from '../conversation/questions.js';
import type { ConversationView } from '../conversation/types.js';
import type { Assessment } from '../domain/assessment.js';
import type { FactKey } from '../domain/facts.js';
import type { CloseOutcome, EscalationRecord, EscalationStatus, NoteRecord, Urgency } from '../storage/adviser-port.js';
import type { ConversationStatus, TranscriptMessage } from '../storage/ports.js';
import { type FactLine, factLabel, factList } from './fact-list.js';
import { adviserTexts } from './texts.js';

export interface AdviserRef {
  id: string;
  name: string;
}

/** One line of the queue. */
export interface EscalationSummary {
  id: string;
  conversationId: string;
  channel: EscalationRecord['channel'];
  lang: Lang;
  trigger: EscalationRecord['trigger'];
  triggerLabel: string;
  urgency: Urgency;
  status: EscalationStatus;
  verdict: Assessment['outcome'];
  /** The first escalation reason, or the trigger: what the adviser reads in the list. */
  headline: string;
  createdAt: string;
  claimedBy: AdviserRef | null;
  outcome: CloseOutcome | null;
}

/** The case written up for the adviser: facts, verdict, open questions named, reasons, transcript, notes. */
export interface CaseCard extends EscalationSummary {
  conversationStatus: ConversationStatus;
  facts: FactLine[];
  assessment: {
    outcome: Assessment['outcome'];
    verdictLabel: string;
    reasons: Assessment['escalation']['reasons'];
    openQuestions: string[];
    missingFacts: { key: string; label: string }[];
    full: Assessment;
  };
  transcript: Pick<TranscriptMessage, 'id' | 'role' | 'text' | 'createdAt'>[];
  notes: { id: string; adviser: AdviserRef; text: string; createdAt: string }[];
}

export const verdictLabel = (outcome: Assessment['outcome'], lang: Lang) => adviserTexts(lang)[`verdict.${outcome}`];

export function summarize(record: EscalationRecord, lang: Lang, claimedBy: AdviserRef | null): EscalationSummary {
  const t = adviserTexts(lang);
  const triggerLabel = t[`trigger.${record.trigger}`];
  return {
    id: record.id,
    conversationId: record.conversationId,
    channel: record.channel,
    lang: record.lang,
    trigger: record.trigger,
    triggerLabel,
    urgency: record.urgency,
    status: record.status,
    verdict: record.assessment.outcome,
    headline: record.assessment.escalation.reasons[0]?.text ?? triggerLabel,
    createdAt: record.createdAt,
    claimedBy,
    outcome: record.outcome,
  };
}

export function buildCaseCard(input: {
  record: EscalationRecord;
  conversation: ConversationView;
  notes: NoteRecord[];
  names: (id: string) => AdviserRef;
  lang: Lang;
}): CaseCard {
  const { record, conversation, lang } = input;
  const assessment = record.assessment;
  return {
    ...summarize(record, lang, record.claimedBy ? input.names(record.claimedBy) : null),
    conversationStatus: conversation.state.status,
    // The facts as they are now: the employer may have added some since the hand-off.
    facts: factList(conversation.state.facts, lang),
    assessment: {
      outcome: assessment.outcome,
      verdictLabel: verdictLabel(assessment.outcome, lang),
      reasons: assessment.escalation.reasons,
      openQuestions: assessment.openPoints.map((p) => p.text),
      missingFacts: assessment.missingFacts.map((key) => ({ key, label: factLabel(key as FactKey, lang) ?? key })),
      full: assessment,
    },
    transcript: conversation.messages.map(({ id, role, text, createdAt }) => ({ id, role, text, createdAt })),
    notes: input.notes.map((n) => ({
      id: n.id,
      adviser: input.names(n.adviserId),
      text: n.text,
      createdAt: n.createdAt,
    })),
  };
}
