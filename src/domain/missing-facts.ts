import { type Ctx, isMissing } from './context.js';
import type { FactKey } from './facts.js';

/**
 * Most decisive first: the document, what it says, the ban facts, the job, then facts that only
 * refine a waiting period or a risk. Keys not listed keep their order after these.
 */
export const MISSING_FACTS_ORDER: readonly FactKey[] = [
  'status',
  'permitBasis',
  'workClause',
  'nationality',
  'asylumApplied',
  'asylumAppliedOn',
  'asylumOutcome',
  'toleratedSince',
  'hadWorkPermitOn11June2026',
  'job.kind',
  'job.hoursPerWeek',
  'livesInReceptionCentre',
  'entryDate',
  'removalMeasuresPending',
];

function byOrder(keys: readonly FactKey[]): FactKey[] {
  const rank = (k: FactKey) => {
    const i = MISSING_FACTS_ORDER.indexOf(k);
    return i === -1 ? MISSING_FACTS_ORDER.length : i;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b));
}

/**
 * Facts to ask: decisive ones (that would change the verdict) first, then the ones that refine it.
 * Never a fact that is present or that the employer already said they do not know.
 */
export function missingFacts(ctx: Ctx, decisive: readonly FactKey[], ask: readonly FactKey[]): FactKey[] {
  const first = byOrder(decisive.filter((k) => isMissing(ctx, k)));
  const rest = byOrder(ask.filter((k) => isMissing(ctx, k) && !first.includes(k)));
  return [...first, ...rest];
}
