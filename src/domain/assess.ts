import type { Assessment } from './assessment.js';
import { createCtx } from './context.js';
import { withDatePrecision } from './date-precision.js';
import type { CaseFacts, FactKey, IsoDate } from './facts.js';
import { type Draft, emptyDraft } from './findings.js';
import type { AssessmentKnowledge, Lang } from './ports.js';
import { present } from './present.js';
import { RULES } from './rules/index.js';
import { withAsylumQuestion } from './stay-question.js';

export interface AssessOptions {
  /** Facts the employer was asked but could not answer ("weiß nicht"). */
  readonly unknown?: readonly FactKey[];
  readonly lang?: Lang;
  /** The day the facts were stated, when it lies before lawAsOf (a case assessed again later: issue 20). */
  readonly factsAsOf?: IsoDate;
}

/** The findings before rendering: message keys and entry ids (for tests and tools that check citations). */
export function evaluate(
  facts: CaseFacts,
  lawAsOf: IsoDate,
  unknown: readonly FactKey[] = [],
  factsAsOf: IsoDate = lawAsOf,
): Draft {
  const run = (f: CaseFacts) => {
    const ctx = createCtx(f, lawAsOf, unknown, factsAsOf);
    return RULES.reduce((draft, rule) => rule(ctx, draft), emptyDraft());
  };
  const ctx = createCtx(facts, lawAsOf, unknown, factsAsOf);
  return withAsylumQuestion(ctx, withDatePrecision(ctx, run(facts), run), run);
}

/**
 * Assesses whether and how the employer may employ the person, as the law stood on `lawAsOf`.
 * Pure and total: no clock, no I/O; every valid CaseFacts yields an Assessment.
 */
export function assess(
  facts: CaseFacts,
  lawAsOf: IsoDate,
  knowledge: AssessmentKnowledge,
  options: AssessOptions = {},
): Assessment {
  const unknown = options.unknown ?? [];
  const factsAsOf = options.factsAsOf ?? lawAsOf;
  return present(
    evaluate(facts, lawAsOf, unknown, factsAsOf),
    createCtx(facts, lawAsOf, unknown, factsAsOf),
    knowledge,
    options.lang ?? 'de',
  );
}
