import { type Ctx, isEndingEvent, isMissing } from './context.js';
import type { CaseFacts } from './facts.js';
import { add, type Draft } from './findings.js';
import { countedStayStart } from './stay.js';

/** What a different stay start can change: the verdict, BA consent, the start, and the routes' conditions and dates. */
const signature = (d: Draft) =>
  JSON.stringify([d.outcome, d.baConsent, d.earliestStart ?? '', d.routes.map((r) => [r.id, r.status, r.params])]);

/**
 * Review S5-2: "eingereist 2019, Duldung seit 2024", nothing said about asylum. Whoever applied on arrival was
 * gestattet from then and the stay counts from the entry; whoever never applied has nothing known for the years
 * before the Duldung (§ 32 Abs. 2 Nr. 5 BeschV, §§ 25a, 25b AufenthG: permitted, tolerated or gestattet stay only).
 * The rules read the cautious end (from the Duldung, with the gap point); when an application would change the
 * verdict, BA consent, the start or a route, `asylumApplied` is named in missingFacts — a refinement, asked once
 * (decisive only if the outcome itself flips). After "weiß nicht" the cautious reading stands and is not asked again.
 */
export function withAsylumQuestion(ctx: Ctx, draft: Draft, run: (facts: CaseFacts) => Draft): Draft {
  if (!isMissing(ctx, 'asylumApplied') || isEndingEvent(ctx) || ctx.facts.stayMonths !== undefined) return draft;
  // Only when the count may start with the Duldung after the entry (a certain gap, or a year/month that may be one).
  const { entryDate, asylumAppliedOn } = ctx.facts;
  const start = countedStayStart(ctx)?.date;
  if (asylumAppliedOn !== undefined || start === undefined || start === entryDate) return draft;
  const applied = run({ ...ctx.given, asylumApplied: true });
  if (signature(applied) === signature(draft)) return draft;
  return add(draft, applied.outcome === draft.outcome ? { ask: ['asylumApplied'] } : { decisive: ['asylumApplied'] });
}
