import type { Assessment } from './assessment.js';
import { createCtx } from './context.js';
import { withDatePrecision } from './date-precision.js';
import type { CaseFacts, FactKey, IsoDate } from './facts.js';
import { type Draft, emptyDraft } from './findings.js';
import type { AssessmentKnowledge, Lang } from './ports.js';
import { present } from './present.js';
import { RULES } from './rules/index.js';

export interface AssessOptions {
  /** Facts the employer was asked but could not answer ("weiß nicht"). */
  readonly unknown?: readonly FactKey[];
  readonly lang?: Lang;
}

/** The findings before rendering: message keys and entry ids (for tests and tools that check citations). */
export function evaluate(facts: CaseFacts, lawAsOf: IsoDate, unknown: readonly FactKey[] = []): Draft {
  const run = (f: CaseFacts) => {
    const ctx = createCtx(f, lawAsOf, unknown);
    return RULES.reduce((draft, rule) => rule(ctx, draft), emptyDraft());
  };
  return withDatePrecision(createCtx(facts, lawAsOf, unknown), run(facts), run);
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
  return present(
    evaluate(facts, lawAsOf, unknown),
    createCtx(facts, lawAsOf, unknown),
    knowledge,
    options.lang ?? 'de',
  );
}
