import type { Lang } from '../conversation/questions.js';
import type { UrgencyBasis } from '../conversation/urgency-basis.js';
import type { Assessment } from '../domain/assessment.js';
import type { FactKey } from '../domain/facts.js';
import { factLabel } from '../i18n/fact-labels.js';
import type { EscalationRecord, EscalationStatus, NoteRecord, QueueRow, Urgency } from '../storage/adviser-port.js';
import type { TranscriptMessage } from '../storage/ports.js';
import { caseSummary, type FactLine, factList } from './fact-list.js';
import { adviserTexts } from './texts.js';

export interface AdviserRef {
  id: string;
  name: string;
}

/** A change of the case's verdict that Lotse's watch recorded after the answer (issue 20). */
export interface RecordedChange {
  /** The day the new verdict applies. */
  date: string;
  /** The day the watch found it. */
  detectedOn: string;
  before: { outcome: Assessment['outcome'] };
  after: { outcome: Assessment['outcome'] };
  /** The knowledge entries that caused it. */
  entries: { id: string; title: string }[];
}
/** The recorded changes of these conversations (the watch's; none when it is off). Never an address. */
export type CaseChanges = (conversationIds: readonly string[]) => Promise<Map<string, RecordedChange[]>>;

/** A recorded change as the inbox shows it: the day, the verdict before and after in words, the entries. */
export interface LawChangeLine {
  date: string;
  detectedOn: string;
  before: { outcome: Assessment['outcome']; label: string };
  after: { outcome: Assessment['outcome']; label: string };
  entries: string[];
}

export const lawChangeLine = (change: RecordedChange, lang: Lang): LawChangeLine => ({
  date: change.date,
  detectedOn: change.detectedOn,
  before: { outcome: change.before.outcome, label: verdictLabel(change.before.outcome, lang) },
  after: { outcome: change.after.outcome, label: verdictLabel(change.after.outcome, lang) },
  entries: change.entries.map((e) => e.title),
});

/**
 * One line of the queue: what a counsellor needs to pick a case. Names the case (id and number),
 * never the employer's conversation, whose id is their only credential.
 */
export interface QueueLine {
  id: string;
  caseNumber: number;
  channel: EscalationRecord['channel'];
  lang: Lang;
  urgency: Urgency;
  /** What an urgent case's urgency rests on: the employer's own words or a clicked answer (null: not urgent). */
  urgencyBasis: UrgencyBasis | null;
  status: EscalationStatus;
  verdict: Assessment['outcome'];
  verdictLabel: string;
  /** Status · nationality · activity · hours · language, in the reader's language. */
  summary: string;
  /** Why it came: the first escalation reason in words, or the trigger. */
  reason: string;
  trigger: EscalationRecord['trigger'];
  triggerLabel: string;
  createdAt: string;
  updatedAt: string;
  /** Since when someone waits: the employer's last unanswered message, else the hand-off. */
  waitingSince: string;
  /** The employer wrote last, after the hand-off (within what advisers may read): an answer is due. */
  employerWroteLast: boolean;
  claimedBy: AdviserRef | null;
  outcome: EscalationRecord['outcome'];
  /**
   * Issue 20: the law changed the verdict of a case an adviser held (claimed, then maybe handed back or
   * closed): the latest change, so the inbox marks it. Null otherwise.
   */
  lawChange: LawChangeLine | null;
}

/** The case written up for the adviser: facts, verdict, open questions named, reasons, transcript, notes. */
export interface CaseCard extends QueueLine {
  facts: FactLine[];
  assessment: {
    outcome: Assessment['outcome'];
    verdictLabel: string;
    lawAsOf: string;
    earliestStart: string | null;
    reasons: Assessment['escalation']['reasons'];
    openQuestions: string[];
    missingFacts: { key: string; label: string }[];
  };
  /** `headline`: the verdict in one line, for a bot message that carries an answer card (folded to it). */
  transcript: (Pick<TranscriptMessage, 'id' | 'role' | 'text' | 'createdAt'> & { headline?: string })[];
  notes: { id: string; adviser: AdviserRef; text: string; createdAt: string }[];
  /** Every change of the verdict recorded since the answer (issue 20), oldest first. */
  changes: LawChangeLine[];
}

/** The verdict's headline with its label once: newer headlines start with it ("Erlaubnis nötig: …"), older ones do not. */
const withLabel = (answer: { label: string; headline: string }) =>
  answer.headline.includes(answer.label) ? answer.headline : `${answer.label}: ${answer.headline}`;

export const verdictLabel = (outcome: Assessment['outcome'], lang: Lang) => adviserTexts(lang)[`verdict.${outcome}`];

/** The assessment of a case in the reader's language (see desk: rendered again from the same facts). */
export type AssessmentIn = (record: EscalationRecord, lang: Lang) => Assessment;

/** Who wrote last (system notes left out) and when the employer last wrote. */
export const transcriptEnd = (transcript: readonly Pick<TranscriptMessage, 'role' | 'createdAt'>[]) => ({
  lastRole: transcript.filter((m) => m.role !== 'system').at(-1)?.role ?? null,
  lastEmployerAt: transcript.filter((m) => m.role === 'employer').at(-1)?.createdAt ?? null,
});

export function queueLine(
  record: EscalationRecord,
  lang: Lang,
  claimedBy: AdviserRef | null,
  context: {
    assessment: Assessment;
    lastRole: QueueRow['lastRole'];
    lastEmployerAt: string | null;
    /** The changes the watch recorded for the case's conversation. */
    changes?: readonly RecordedChange[];
  },
): QueueLine {
  const t = adviserTexts(lang);
  const triggerLabel = t[`trigger.${record.trigger}`];
  // Only what the employer wrote after the hand-off awaits an adviser (their "yes" to it does not).
  const employerWroteLast =
    context.lastRole === 'employer' && context.lastEmployerAt !== null && context.lastEmployerAt > record.createdAt;
  const latest = context.changes?.at(-1);
  return {
    id: record.id,
    caseNumber: record.caseNumber,
    channel: record.channel,
    lang: record.lang,
    urgency: record.urgency,
    urgencyBasis: record.urgencyBasis ?? null,
    status: record.status,
    verdict: record.assessment.outcome,
    verdictLabel: verdictLabel(record.assessment.outcome, lang),
    summary: caseSummary(record.facts, record.lang, lang),
    reason: context.assessment.escalation.reasons[0]?.text ?? triggerLabel,
    trigger: record.trigger,
    triggerLabel,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    waitingSince: employerWroteLast && context.lastEmployerAt ? context.lastEmployerAt : record.createdAt,
    employerWroteLast,
    claimedBy,
    outcome: record.outcome,
    lawChange: record.claimedBy && latest ? lawChangeLine(latest, lang) : null,
  };
}

export function buildCaseCard(input: {
  record: EscalationRecord;
  /** The case's assessment in the reader's language. */
  assessment: Assessment;
  /** The transcript as far as advisers may read it (up to the hand-back once the case is finished). */
  transcript: TranscriptMessage[];
  notes: NoteRecord[];
  names: (id: string) => AdviserRef;
  lang: Lang;
  changes?: readonly RecordedChange[];
}): CaseCard {
  const { record, assessment, transcript, lang } = input;
  const changes = input.changes ?? [];
  return {
    ...queueLine(record, lang, record.claimedBy ? input.names(record.claimedBy) : null, {
      assessment,
      ...transcriptEnd(transcript),
      changes,
    }),
    changes: changes.map((c) => lawChangeLine(c, lang)),
    // The facts as handed over: while an adviser has the conversation, the bot (and so the facts) rests.
    facts: factList(record.facts, lang),
    assessment: {
      outcome: record.assessment.outcome,
      verdictLabel: verdictLabel(record.assessment.outcome, lang),
      lawAsOf: record.assessment.lawAsOf,
      earliestStart: assessment.earliestStart ?? null,
      reasons: assessment.escalation.reasons,
      openQuestions: assessment.openPoints.map((p) => p.text),
      missingFacts: assessment.missingFacts.map((key) => ({ key, label: factLabel(key as FactKey, lang) })),
    },
    transcript: transcript.map(({ id, role, text, createdAt, answer }) => ({
      id,
      role,
      text,
      createdAt,
      ...(answer ? { headline: withLabel(answer) } : {}),
    })),
    notes: input.notes.map((n) => ({
      id: n.id,
      adviser: input.names(n.adviserId),
      text: n.text,
      createdAt: n.createdAt,
    })),
  };
}
