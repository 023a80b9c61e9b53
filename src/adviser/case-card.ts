import type { Lang } from '../conversation/questions.js';
import type { UrgencyBasis } from '../conversation/urgency-basis.js';
import type { Assessment } from '../domain/assessment.js';
import type { FactKey } from '../domain/facts.js';
import type { EscalationRecord, EscalationStatus, NoteRecord, Urgency } from '../storage/adviser-port.js';
import type { TranscriptMessage } from '../storage/ports.js';
import { type FactLine, factLabel, factList } from './fact-list.js';
import { adviserTexts } from './texts.js';

export interface AdviserRef {
  id: string;
  name: string;
}

/** One line of the queue. Names the case, never the employer's conversation (its id is their credential). */
export interface EscalationSummary {
  id: string;
  caseNumber: number;
  channel: EscalationRecord['channel'];
  lang: Lang;
  trigger: EscalationRecord['trigger'];
  triggerLabel: string;
  urgency: Urgency;
  /** What an urgent case's urgency rests on: the employer's own words or a clicked answer (null: not urgent). */
  urgencyBasis: UrgencyBasis | null;
  status: EscalationStatus;
  verdict: Assessment['outcome'];
  /** The first escalation reason, or the trigger: what the adviser reads in the list. */
  headline: string;
  createdAt: string;
  claimedBy: AdviserRef | null;
  outcome: EscalationRecord['outcome'];
}

/** The case written up for the adviser: facts, verdict, open questions named, reasons, transcript, notes. */
export interface CaseCard extends EscalationSummary {
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
    caseNumber: record.caseNumber,
    channel: record.channel,
    lang: record.lang,
    trigger: record.trigger,
    triggerLabel,
    urgency: record.urgency,
    urgencyBasis: record.urgencyBasis ?? null,
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
  /** The transcript as far as advisers may read it (up to the hand-back once the case is finished). */
  transcript: TranscriptMessage[];
  notes: NoteRecord[];
  names: (id: string) => AdviserRef;
  lang: Lang;
}): CaseCard {
  const { record, lang } = input;
  const assessment = record.assessment;
  return {
    ...summarize(record, lang, record.claimedBy ? input.names(record.claimedBy) : null),
    // The facts as handed over: while an adviser has the conversation, the bot (and so the facts) rests.
    facts: factList(record.facts, lang),
    assessment: {
      outcome: assessment.outcome,
      verdictLabel: verdictLabel(assessment.outcome, lang),
      reasons: assessment.escalation.reasons,
      openQuestions: assessment.openPoints.map((p) => p.text),
      missingFacts: assessment.missingFacts.map((key) => ({ key, label: factLabel(key as FactKey, lang) ?? key })),
      full: assessment,
    },
    transcript: input.transcript.map(({ id, role, text, createdAt }) => ({ id, role, text, createdAt })),
    notes: input.notes.map((n) => ({
      id: n.id,
      adviser: input.names(n.adviserId),
      text: n.text,
      createdAt: n.createdAt,
    })),
  };
}
