import type { BaConsent, Outcome } from '../assessment.js';
import type { Ctx } from '../context.js';
import type { FactKey } from '../facts.js';
import { add, type Draft, list, type Notes, type OpenPoint, type Reason, type Text, text } from '../findings.js';
import type { Open } from '../tri.js';

/** Side findings a step reports whether or not it decides the outcome. */
export interface StepAdd {
  readonly openPoints?: readonly OpenPoint[];
  readonly reasons?: readonly Reason[];
  readonly notes?: Partial<Notes>;
}
export type StepResult =
  | { readonly kind: 'match'; readonly outcome: Outcome; readonly baConsent?: BaConsent; readonly add?: StepAdd }
  | { readonly kind: 'skip'; readonly add?: StepAdd }
  | {
      readonly kind: 'open';
      /** What the step would decide if the open facts went the other way ('any': several outcomes). */
      readonly wouldBe: Outcome | 'any';
      readonly open: Open;
      /** "If …, then …" shown when the employer answered "weiß nicht". */
      readonly condition: OpenPoint;
      readonly add?: StepAdd;
    };
export type Step = (ctx: Ctx) => StepResult;

export const skip: StepResult = { kind: 'skip' };

/** Unknown facts an adviser can resolve and that can flip the verdict. Job facts are the employer's own. */
const ESCALATE_ON_UNKNOWN: ReadonlySet<FactKey> = new Set<FactKey>([
  'status',
  'permitBasis',
  'workClause',
  'nationality',
  'asylumApplied',
  'asylumAppliedOn',
  'asylumOutcome',
  'toleratedSince',
  'hadWorkPermitOn11June2026',
]);

const CANNOT: readonly Outcome[] = ['prohibited', 'not_possible'];

/** Whether an open step could lead to a verdict other than `final` (a ban vs. "not possible" is no change). */
function differs(wouldBe: Outcome | 'any', final: Outcome): boolean {
  if (wouldBe === 'any') return true;
  if (wouldBe === final) return false;
  return !(CANNOT.includes(wouldBe) && CANNOT.includes(final));
}

export function permissionFor(outcome: Outcome): Draft['permission'] {
  return outcome === 'allowed' || outcome === 'not_possible'
    ? { required: false, authority: null }
    : { required: true, authority: 'auslaenderbehoerde' };
}

const baConsentFor = (outcome: Outcome): BaConsent =>
  outcome === 'permission_required' || outcome === 'needs_facts' ? 'unclear' : 'not_applicable';

/**
 * Runs decision steps in order; the first match decides. A step left open by a missing fact makes
 * the outcome `needs_facts` if that fact could change it; an open step on a "weiß nicht" fact is read
 * cautiously: never `allowed`, never a ban, with an "if …, then …" open point.
 */
export function resolve(ctx: Ctx, draft: Draft, steps: readonly Step[], fallback: Outcome): Draft {
  const results: StepResult[] = [];
  for (const step of steps) {
    const result = step(ctx);
    results.push(result);
    if (result.kind === 'match') break;
  }
  const last = results[results.length - 1];
  const match = last?.kind === 'match' ? last : undefined;
  const opens = results.filter((r) => r.kind === 'open');
  const base = match?.outcome ?? fallback;
  const cautious = opens.filter((o) => o.open.unknown.length > 0 && differs(o.wouldBe, base));
  const outcome: Outcome = cautious.length > 0 && base === 'allowed' ? 'permission_required' : base;
  const decisive = opens.filter((o) => o.open.missing.length > 0 && differs(o.wouldBe, outcome));
  const escalate = [...new Set(cautious.flatMap((o) => o.open.unknown))].filter((k) => ESCALATE_ON_UNKNOWN.has(k));
  const final: Outcome = decisive.length > 0 ? 'needs_facts' : outcome;

  // A cautious downgrade keeps the consent reading of the permissive answer: the doubt is about the
  // document or the job, not about the BA.
  const downgraded = outcome !== base;
  const consent = downgraded || match?.baConsent ? (match?.baConsent ?? 'not_applicable') : baConsentFor(final);
  let next: Draft = {
    ...draft,
    outcome: final,
    permission: permissionFor(final),
    baConsent: decisive.length > 0 ? baConsentFor(final) : consent,
    notes: { ...draft.notes, provisional: outcome, downgraded },
  };
  for (const r of results) {
    if (!r.add) continue;
    const { openPoints = [], reasons = [], notes = {} } = r.add;
    next = add({ ...next, notes: { ...next.notes, ...notes } }, { openPoints, reasons });
  }
  const unknownReason: Text[] = escalate.map((k) => text(`fact.${k}`));
  return add(next, {
    decisive: decisive.flatMap((o) => o.open.missing),
    openPoints: cautious.map((o) => o.condition),
    reasons:
      unknownReason.length > 0
        ? [{ code: 'unknown_fact', ...text('reason.unknown_fact', { facts: list(unknownReason) }) }]
        : [],
  });
}
