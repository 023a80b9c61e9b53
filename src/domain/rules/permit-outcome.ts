import type { BaConsent } from '../assessment.js';
import type { Ctx } from '../context.js';
import type { Draft } from '../findings.js';
import { openOn } from '../tri.js';
import { permitClauseNamesThisJob } from './clause-names-job.js';
import { agencyWorkOn19d } from './permit-19d.js';
import { resolve, type Step, skip } from './resolve.js';

/**
 * Residence permits (§ 4a Abs. 1 AufenthG): work is allowed as far as the permit says. Humanitarian
 * permits (§§ 25a, 25b, old § 104c) allow any gainful activity; § 16g only up to 20 h/week besides
 * the training (Abs. 3a); § 19d a job matching the qualification (after 2 years any job, Abs. 2).
 */
const RESTRICTIVE = [
  'erwerbstaetigkeit_nicht_gestattet',
  'beschaeftigung_nur_mit_erlaubnis',
  'nur_bestimmte_taetigkeit',
];

/** Only needed where the document itself does not say whether work is allowed (§ 4a Abs. 3 S. 1). */
const basisKnown: Step = (ctx) =>
  ctx.facts.permitBasis === undefined
    ? {
        kind: 'open',
        wouldBe: 'any',
        open: openOn(ctx, ['permitBasis']),
        condition: { msg: 'open.unknown_permit_basis', cite: ['permission.residence-permit'] },
      }
    : skip;

/** What the document says wins ("rely on what is actually written"); a restriction needs the ABH. */
const documentRestricts: Step = (ctx) =>
  RESTRICTIVE.includes(ctx.facts.workClause ?? '')
    ? {
        kind: 'match',
        outcome: 'permission_required',
        add: { openPoints: [{ msg: 'open.permit_clause_restricts', cite: ['permission.residence-permit'] }] },
      }
    : skip;

const jobKnown: Step = (ctx) => {
  const kind = ctx.facts.job?.kind;
  if (kind === 'self_employment') return { kind: 'match', outcome: 'permission_required' };
  if (kind === 'school_training') return { kind: 'match', outcome: 'allowed' };
  if (kind !== undefined) return skip;
  return {
    kind: 'open',
    wouldBe: 'any',
    open: openOn(ctx, ['job.kind']),
    condition: { msg: 'open.unknown_job_kind', cite: ['permission.residence-permit'] },
  };
};

const trainingOf16g: Step = (ctx) => {
  const kind = ctx.facts.job?.kind;
  return kind === 'vocational_training' || kind === 'helper_training' ? { kind: 'match', outcome: 'allowed' } : skip;
};

/** § 16g Abs. 3a: a side job independent of the training only up to 20 hours a week. */
const sideJobHours: Step = (ctx) => {
  const hours = ctx.facts.job?.hoursPerWeek;
  if (hours === undefined) {
    return {
      kind: 'open',
      wouldBe: 'any',
      open: openOn(ctx, ['job.hoursPerWeek']),
      condition: { msg: 'open.unknown_hours_16g', cite: ['training.residence-permit-16g'] },
    };
  }
  if (hours <= 20) return { kind: 'match', outcome: 'allowed' };
  return {
    kind: 'match',
    outcome: 'permission_required',
    add: { openPoints: [{ msg: 'open.16g_over_20_hours', cite: ['training.residence-permit-16g'] }] },
  };
};

/** § 19d: the permit covers a job matching the qualification; other jobs only after 2 years (Abs. 2). */
const matchesQualification: Step = (ctx) => {
  const matches = ctx.facts.job?.matchesQualification;
  const anyJobAfterTwoYears = { msg: 'open.19d_any_job_after_two_years', cite: ['route.19d'] } as const;
  if (matches === false) {
    return { kind: 'match', outcome: 'permission_required', add: { openPoints: [anyJobAfterTwoYears] } };
  }
  if (matches === true) return skip;
  if (ctx.unknown.has('job.matchesQualification')) {
    return {
      kind: 'open',
      wouldBe: 'permission_required',
      open: openOn(ctx, ['job.matchesQualification']),
      condition: anyJobAfterTwoYears,
    };
  }
  return { kind: 'skip', add: { openPoints: [{ msg: 'open.19d_matches_unchecked', cite: ['route.19d'] }] } };
};

const otherClause: Step = (ctx) => {
  const clause = ctx.facts.workClause;
  if (clause === 'beschaeftigung_gestattet') return skip;
  if (clause === undefined) {
    return {
      kind: 'open',
      wouldBe: 'any',
      open: openOn(ctx, ['workClause']),
      condition: { msg: 'open.unknown_work_clause', cite: ['permission.residence-permit'] },
    };
  }
  return {
    kind: 'match',
    outcome: 'permission_required',
    add: { openPoints: [{ msg: 'open.permit_clause_restricts', cite: ['permission.residence-permit'] }] },
  };
};

const STEPS: Record<string, readonly Step[]> = {
  '104c': [permitClauseNamesThisJob, documentRestricts],
  '25a': [permitClauseNamesThisJob, documentRestricts],
  '25b': [permitClauseNamesThisJob, documentRestricts],
  '16g': [permitClauseNamesThisJob, documentRestricts, jobKnown, trainingOf16g, sideJobHours],
  '19d': [permitClauseNamesThisJob, documentRestricts, jobKnown, agencyWorkOn19d, matchesQualification],
  other: [permitClauseNamesThisJob, otherClause, jobKnown],
};

/** § 31 BeschV: Abschnitt 5 (humanitarian) permits never need BA consent. */
const HUMANITARIAN = ['104c', '25a', '25b'];

export function decidePermit(ctx: Ctx, draft: Draft): Draft {
  const basis = ctx.facts.permitBasis;
  // Every title must show whether it allows gainful activity (§ 4a Abs. 3 S. 1): a clear entry decides
  // without the paragraph; only "Erwerbstätigkeit erlaubt" still depends on the kind of activity.
  const unknownBasis =
    ctx.facts.workClause === 'beschaeftigung_gestattet'
      ? [jobKnown]
      : [permitClauseNamesThisJob, documentRestricts, basisKnown];
  const steps = basis === undefined ? unknownBasis : (STEPS[basis] ?? []);
  const next = resolve(ctx, { ...draft, notes: { ...draft.notes, track: 'permit' } }, steps, 'allowed');
  const consent: BaConsent =
    next.outcome === 'allowed' ? 'not_applicable' : HUMANITARIAN.includes(basis ?? '') ? 'not_required' : 'unclear';
  return { ...next, baConsent: consent };
}
