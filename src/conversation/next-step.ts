import type { Assessment } from '../domain/assessment.js';
import { datesToRefine } from '../domain/date-precision.js';
import type { CaseFacts, FactKey } from '../domain/facts.js';
import { buildQuestion, type Lang, nextQuestion, type PendingQuestion } from './questions.js';

/** What the dialogue knows when it decides: the case and what was asked so far. */
export interface CaseSoFar {
  facts: CaseFacts;
  unknown: FactKey[];
  asked: string[];
  lawAsOf: string;
  lang: Lang;
  /** The employer's words about facts named but not understood (quoted when that fact is asked). */
  mentioned?: Partial<Record<string, string>>;
}

/** How the greeting's own question is kept in `asked`: counted for the budget, not as a try at the fact. */
const GREETING = 'greeting:';

export type Assess = (facts: CaseFacts, lawAsOf: string, unknown: FactKey[], lang: Lang) => Assessment;

export type NextStep =
  | { kind: 'ask'; question: PendingQuestion; asked: string[] }
  /** `unknown` are exactly the arguments the assessment was computed from (see `AssessedCase`). */
  | { kind: 'answer'; assessment: Assessment; unknown: FactKey[] };

/**
 * The dialogue's policy, pure: run the rules and ask the one question that can still change the
 * verdict, most decisive first, or answer. A fact asked and still not given, or any fact once the
 * question budget is spent, counts as unknown: the rules then answer on the cautious reading and say
 * what is open. A date said only as a year (or month) is asked again for its month (or day) when the
 * rules say it decides (`missingFacts` names it); otherwise the rules read it at its cautious end.
 */
export function nextStep(c: CaseSoFar, assess: Assess, questionBudget: number): NextStep {
  const assessOf = (facts: CaseFacts, unknown: FactKey[] = c.unknown) => assess(facts, c.lawAsOf, unknown, c.lang);
  const assessment = assessOf(c.facts);
  const next = outcomeForDocument(c) ?? nextQuestion(assessment.missingFacts, c.asked, c.unknown);
  if (next && c.asked.length < questionBudget) {
    // The rules name a date that is given when its month or day decides: ask again, saying what was said.
    const refine = datesToRefine(c.facts, assessment.missingFacts).find((d) => d.key === next);
    const question = buildQuestion(next, c.lang, refine?.value, c.mentioned?.[next]);
    // The greeting asks before the employer has written anything: their opening message (the case in a
    // sentence) is no reply to it, so it is no try at that fact (else "seit 2019 in Deutschland" in reply to
    // the next ask gave a verdict without the document). It still counts toward the question budget.
    const opening = Object.keys(c.facts).length === 0 && c.unknown.length === 0;
    return { kind: 'ask', question, asked: [...c.asked, opening ? `${GREETING}${next}` : next] };
  }
  const stillMissing = assessment.missingFacts.filter((key) => !c.unknown.includes(key as FactKey)) as FactKey[];
  if (stillMissing.length === 0) return { kind: 'answer', assessment, unknown: c.unknown };
  const unknown = [...c.unknown, ...stillMissing];
  return { kind: 'answer', assessment: assessOf(c.facts, unknown), unknown };
}

/**
 * "Welches Dokument?" – "weiß nicht" while an asylum application is known and its outcome is not: whether the
 * application is still open says which document the person holds (an open application gives the Aufenthaltsgestattung
 * by law, § 55 Abs. 1 AsylG; a rejection usually a Duldung), so it is asked before the verdict instead of answering
 * on an unknown document as if the procedure's state were known. Asked once, never past the document question.
 */
function outcomeForDocument(c: CaseSoFar): 'asylumOutcome' | undefined {
  const applied =
    c.facts.asylumApplied === true || (c.facts.asylumApplied === undefined && c.facts.asylumAppliedOn !== undefined);
  const open =
    c.facts.status === undefined &&
    c.unknown.includes('status') &&
    applied &&
    c.facts.asylumOutcome === undefined &&
    !c.unknown.includes('asylumOutcome') &&
    !c.asked.includes('asylumOutcome');
  return open ? 'asylumOutcome' : undefined;
}
