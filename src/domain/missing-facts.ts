import { type Ctx, isAbsent, needsValue } from './context.js';
import { GEAS_FROM } from './data/legal-dates.js';
import { CARVE_OUT_EU7 } from './data/safe-countries.js';
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
  'workClauseNamesThisJob',
  'job.hoursPerWeek',
  'livesInReceptionCentre',
  'entryDate',
  'removalMeasuresPending',
  'job.relation',
  'job.sharedHousehold',
  'dublinProcedure',
  'protectionInOtherEuState',
  'identityByPassport',
];

const CARVE_OUT_FACTS: readonly FactKey[] = ['toleratedSince', 'hadWorkPermitOn11June2026'];

/**
 * For the nationals named in § 104 Abs. 18 Nr. 2 (EU list since 12.06.2026) the asylum history of a
 * Geduldete almost always meets the ban; whether they were geduldet on 06.05.2025 or held a work
 * permission on 11.06.2026 is what decides, so those two facts are asked first.
 */
function orderFor(ctx: Ctx): readonly FactKey[] {
  const code = ctx.facts.nationality ?? '';
  if (ctx.lawAsOf < GEAS_FROM || !(CARVE_OUT_EU7.codes as readonly string[]).includes(code)) {
    return MISSING_FACTS_ORDER;
  }
  const rest = MISSING_FACTS_ORDER.filter((k) => !CARVE_OUT_FACTS.includes(k));
  const at = rest.indexOf('asylumApplied');
  return [...rest.slice(0, at), ...CARVE_OUT_FACTS, ...rest.slice(at)];
}

function byOrder(keys: readonly FactKey[], order: readonly FactKey[]): FactKey[] {
  const rank = (k: FactKey) => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b));
}

/**
 * Facts to ask: decisive ones (that would change the verdict) first, then the ones that refine it —
 * absent facts before the finer date of a fact already given.
 * Never a fact that is present (a partial date only when its precision decides) or that the employer
 * already said they do not know.
 */
export function missingFacts(ctx: Ctx, decisive: readonly FactKey[], ask: readonly FactKey[]): FactKey[] {
  const order = orderFor(ctx);
  // A date known only as a year or month may be named: its month or day is what decides.
  const first = byOrder(
    decisive.filter((k) => needsValue(ctx, k)),
    order,
  );
  // When the job ends, facts that only refine a hiring (waiting period, removal) are no longer worth asking.
  const ending = ctx.facts.event === 'employment_ends_early' || ctx.facts.event === 'training_ends_early';
  const refining = ask.filter((k) => !ending && needsValue(ctx, k) && !first.includes(k));
  // A given year whose month would only refine BA consent or the start goes after the facts still absent:
  // one of them may settle it ("Asylantrag 2022" asks the entry date first — an entry in 2021 leaves the
  // application's month nothing to change), and the rules judge the month again once they are given.
  const absent = refining.filter((k) => isAbsent(ctx, k));
  const finer = refining.filter((k) => !isAbsent(ctx, k));
  return [...first, ...byOrder(absent, order), ...byOrder(finer, order)];
}
