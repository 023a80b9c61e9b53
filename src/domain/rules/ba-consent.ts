import type { Cites } from '../citations.js';
import { type Ctx, isMissing, isUnknown, stayMonths, stayMonthsAtLeast } from '../context.js';
import type { FactKey, JobKind } from '../facts.js';
import { add, type Draft, type OpenPoint } from '../findings.js';
import { countedStayStart, monthsSinceEntry, stayCompleteOn } from '../stay.js';
import { isJobAfterTraining } from './after-training.js';

/**
 * § 32 BeschV (Abs. 3 extends Abs. 2 to Gestattete): BA consent is the rule; these kinds of work
 * need none (Abs. 2 Nr. 1, 2, 4), each with the condition that the law attaches to it.
 */
const WITHOUT_CONSENT: Partial<Record<JobKind, OpenPoint | null>> = {
  vocational_training: null,
  // Only paid school-based training reaches this point (§ 32 Abs. 2 Nr. 2 BeschV, see work-permission).
  school_training: null,
  internship_mandatory: null,
  entry_qualification: null,
  internship_orientation: { msg: 'open.orientation_internship', cite: ['activity.internship'] },
  helper_training: { msg: 'open.helper_recognised', cite: ['training.helper-and-entry-qualification'] },
};
const FOUR_YEARS = 48;
const isTolerated = (d: Draft) => d.notes.track === 'tolerated' || d.notes.track === 'gestattung';

function kindNotes(ctx: Ctx, kind: JobKind): OpenPoint[] {
  if (kind === 'agency_work') return [{ msg: 'open.agency_work', cite: ['ba.agency-work'] }];
  const cite: Cites = ['activity.minijob'];
  // The minijob entry exists from 2026; before that the point is covered by the general consent rule.
  if (kind === 'minijob' && ctx.lawAsOf >= '2026-01-01') return [{ msg: 'open.minijob_no_special_rule', cite }];
  return [];
}

/**
 * § 32 Abs. 2 Nr. 4 BeschV: spouses, partners, relatives and in-laws of the first degree, in the employer's
 * business, when the employer lives with them in one household. Siblings, brothers- and sisters-in-law and
 * cousins are further removed (`other_relative`). Only a family business makes the relation worth asking.
 */
function familyWaiver(ctx: Ctx): boolean {
  const { relation, sharedHousehold } = ctx.facts.job ?? {};
  return (relation === 'spouse_or_partner' || relation === 'first_degree') && sharedHousehold === true;
}

function familyQuestion(ctx: Ctx): { ask: FactKey[]; openPoints: OpenPoint[] } {
  const { kind, relation, sharedHousehold } = ctx.facts.job ?? {};
  if (kind !== 'family_business') return { ask: [], openPoints: [] };
  const point: OpenPoint = { msg: 'open.family_household', cite: ['activity.family-business', 'ba.exceptions'] };
  const open: FactKey[] =
    relation === undefined
      ? ['job.relation']
      : relation === 'spouse_or_partner' || relation === 'first_degree'
        ? sharedHousehold === undefined
          ? ['job.sharedHousehold']
          : []
        : [];
  const ask = open.filter((k) => isMissing(ctx, k));
  return { ask, openPoints: open.length > 0 ? [point] : [] };
}

export function baConsent(ctx: Ctx, draft: Draft): Draft {
  const { provisional, downgraded } = draft.notes;
  if (!isTolerated(draft) || provisional !== 'permission_required' || downgraded) return draft;
  const kind = ctx.facts.job?.kind;
  if (kind === undefined) {
    // § 32 Abs. 2 Nr. 5 BeschV: after four years "jede Beschäftigung" needs no consent, so the kind decides nothing
    // then (review S6, finding 2). The years are read on the cautious reading of a partial date (ctx.facts: the
    // last day); where the month would reach them, date-precision names the date and says so.
    if (fourYears(ctx)) return waivedAfterFourYears(draft, []);
    // Cautious reading: an unknown job kind is treated as one that needs consent.
    return { ...draft, baConsent: isUnknown(ctx, 'job.kind') ? 'required' : 'unclear' };
  }
  // § 19d Abs. 1a: a job after the completed training goes through a residence title for employment, which needs the
  // BA's consent (§ 39 Abs. 1 AufenthG); § 32 Abs. 2 BeschV waives it for the permission on a Duldung, not for a title.
  // A job that does not match the qualification is no § 19d job: the Duldung's rules below apply to it.
  if (isJobAfterTraining(ctx) && ctx.facts.job?.matchesQualification !== false) {
    const point: OpenPoint = {
      msg: 'open.after_training_ba_consent',
      cite: ['route.19d-1a', 'ba.consent', 'permission.after-four-years'],
    };
    return add({ ...draft, baConsent: 'required' }, { openPoints: [point] });
  }
  if (familyWaiver(ctx)) return { ...draft, baConsent: 'not_required', notes: { ...draft.notes, baWaived: 'family' } };
  const exception = WITHOUT_CONSENT[kind];
  if (exception !== undefined) {
    return add({ ...draft, baConsent: 'not_required' }, { openPoints: exception ? [exception] : [] });
  }
  // § 35 Abs. 2, 3 BeschV: the BA's consent to this job, given during the asylum procedure, continues for the Duldung.
  if (ctx.facts.event === 'asylum_rejected_while_employed') {
    const point: OpenPoint = {
      msg: 'open.consent_continues',
      cite: ['event.asylum-rejected-while-employed', 'ba.consent'],
    };
    return add({ ...draft, baConsent: 'not_required' }, { openPoints: [point] });
  }
  const decided = required(ctx, draft, kind);
  return decided.baConsent === 'required' ? add(decided, familyQuestion(ctx)) : decided;
}

/** A Duldung or asylum request four years back proves the four years even without the entry date. */
function fourYears(ctx: Ctx): boolean {
  const atLeast = stayMonthsAtLeast(ctx);
  return atLeast !== undefined && atLeast >= FOUR_YEARS;
}

/** § 32 Abs. 2 Nr. 5: after four years only the ABH decides (still for a concrete job). */
function waivedAfterFourYears(draft: Draft, notes: OpenPoint[]): Draft {
  return add(
    { ...draft, baConsent: 'not_required', notes: { ...draft.notes, baWaived: 'four_years' } },
    { openPoints: notes },
  );
}

function required(ctx: Ctx, draft: Draft, kind: JobKind): Draft {
  const notes = kindNotes(ctx, kind);
  const months = stayMonths(ctx);
  if (fourYears(ctx)) return waivedAfterFourYears(draft, notes);
  if (months === undefined) {
    if (isMissing(ctx, 'entryDate')) {
      return add({ ...draft, baConsent: 'required' }, { openPoints: notes, ask: ['entryDate'] });
    }
    notes.push({ msg: 'open.unknown_four_years', cite: ['permission.after-four-years'] });
  }
  const gap = gapDecides(ctx);
  return add({ ...draft, baConsent: 'required' }, { openPoints: [...notes, ...gap.openPoints] });
}

/**
 * Four years since the entry, but not since the asylum request or the Duldung that the facts show came later
 * (review S4-8): the consent is required on what is known, and the point says what the time before would change.
 */
function gapDecides(ctx: Ctx): { openPoints: OpenPoint[] } {
  const gap = ctx.facts.stayMonths === undefined ? countedStayStart(ctx)?.gap : undefined;
  if (gap === undefined || (monthsSinceEntry(ctx) ?? 0) < FOUR_YEARS) return { openPoints: [] };
  const date = stayCompleteOn(ctx, FOUR_YEARS) ?? '';
  const point: OpenPoint = {
    msg: 'open.stay_gap_consent',
    params: { entry: gap.entry, start: gap.start, date },
    cite: ['permission.after-four-years'],
  };
  return { openPoints: [point] };
}
