import { type Ctx, cautiousEnd, isEndingEvent, rangeOf } from './context.js';
import { type CaseFacts, DATE_FACT_KEYS, type DateFactKey } from './facts.js';
import { add, type Draft, list, text } from './findings.js';
import { isPartial, type Precision, precisionOf } from './partial-date.js';

/** The three parts of a verdict a more precise date may change (contract v1.1 §5). */
const verdictOf = (d: Draft) => `${d.outcome}|${d.baConsent}|${d.earliestStart ?? ''}`;

/**
 * Whether the month or day of a partial date decides. The rules read each partial date at the end that
 * is cautious for them (a cut-off they cannot decide stays open); this reads the case at the first and
 * at the last day the date can mean and compares the verdicts. Where they differ, the fact is named in
 * `missingFacts` (decisive when the outcome flips, otherwise to refine BA consent or the earliest start)
 * and an open point says so; after a "weiß nicht" the cautious reading stands and the open point says
 * what a precise date could change. When the job ends, dates decide nothing (see ending-event).
 */
export function withDatePrecision(ctx: Ctx, draft: Draft, run: (facts: CaseFacts) => Draft): Draft {
  if (isEndingEvent(ctx)) return draft;
  let next = draft;
  for (const key of DATE_FACT_KEYS) {
    const value = ctx.given[key];
    if (value === undefined || !isPartial(value)) continue;
    const range = rangeOf(value, key, ctx.factsAsOf);
    const early = run({ ...ctx.given, [key]: range.first });
    const late = run({ ...ctx.given, [key]: range.last });
    if (verdictOf(early) === verdictOf(late)) continue;
    const flips = early.outcome !== late.outcome;
    const fact = text(`fact.${key}`);
    const params = { fact, value, date: cautiousEnd(key, range) };
    if (ctx.unknown.has(key)) {
      const reason = { code: 'unknown_fact', ...text('reason.unknown_fact', { facts: list([fact]) }) } as const;
      next = add(next, {
        openPoints: [{ msg: 'open.partial_date_unknown', params }],
        reasons: flips ? [reason] : [],
      });
    } else if (flips) {
      next = add(next, { decisive: [key], openPoints: [{ msg: 'open.partial_date_decides', params }] });
    } else {
      next = add(next, { ask: [key], openPoints: [{ msg: 'open.partial_date_cautious', params }] });
    }
  }
  return next;
}

export interface DateToRefine {
  readonly key: DateFactKey;
  /** What is known (`2025`, `2025-05`). */
  readonly value: string;
  /** `year`: ask for the month; `month`: ask for the day. */
  readonly precision: Precision;
}

/**
 * For the conversation: the date facts that `assessment.missingFacts` names although they are given,
 * because their month or day decides. Ask for the finer value; if the employer cannot give it, keep the
 * partial value and put the key into `unknown` (never replace it with a made-up day).
 */
export function datesToRefine(facts: CaseFacts, missingFacts: readonly string[]): DateToRefine[] {
  return DATE_FACT_KEYS.flatMap((key) => {
    const value = facts[key];
    if (value === undefined || !isPartial(value) || !missingFacts.includes(key)) return [];
    return [{ key, value, precision: precisionOf(value) }];
  });
}
