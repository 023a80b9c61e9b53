import type { Cites, EntryId } from '../citations.js';
import { type Ctx, isMissing, isUnknown } from '../context.js';
import { GEAS_FROM, PERMISSION_CUT_OFF } from '../data/legal-dates.js';
import { safeListsOn } from '../data/safe-countries.js';
import type { IsoDate } from '../facts.js';
import { add, type Draft } from '../findings.js';
import { addMonths, dayAfterPeriod, monthsBetween, monthsElapsed } from '../law-date.js';
import { countedStayStart } from '../stay.js';
import { gestattungEntry } from './gestattung-ban.js';
import { type Found, receptionCentreDuldung, receptionCentreGestattung, type Wait } from './reception-centre-wait.js';

/**
 * Three months of permitted, tolerated or gestattet stay (§ 32 Abs. 1 BeschV, § 61 Abs. 2 AsylG),
 * counted from the first of `starts` that is known; an explicit `stayMonths` wins. Whole months only
 * round down, so `lawAsOf + (3 − stayMonths)` is a late bound: a known start date that gives exactly the
 * reported months (entry, Duldung or asylum request on 01.10., 1 month on 22.11.) pins the first day.
 */
function threeMonths(ctx: Ctx, starts: (IsoDate | undefined)[], cite: EntryId): Wait | undefined {
  const given = ctx.facts.stayMonths;
  if (given !== undefined) {
    if (given >= 3) return undefined;
    // `stayMonths` counts to the day it was stated (factsAsOf), so the bound is counted from there.
    const dated = starts.find(
      (d) => d !== undefined && d <= ctx.factsAsOf && monthsElapsed(d, ctx.factsAsOf) === given,
    );
    return { date: dated === undefined ? addMonths(ctx.factsAsOf, 3 - given) : dayAfterPeriod(dated, 3), cite };
  }
  const start = starts.find((d) => d !== undefined);
  return start === undefined ? undefined : { date: dayAfterPeriod(start, 3), cite };
}

/**
 * § 61 Abs. 2 AsylG counts from the asylum request (the Gestattung arises with it, § 55 AsylG), not
 * from entry; an earlier lawful or tolerated stay would count too, which the ABH checks.
 */
function gestattungStay(ctx: Ctx, found: Found): Wait | undefined {
  const { entryDate, asylumAppliedOn } = ctx.facts;
  const wait = threeMonths(ctx, [asylumAppliedOn, entryDate], gestattungEntry(ctx));
  if (ctx.facts.stayMonths === undefined && isMissing(ctx, 'asylumAppliedOn')) found.ask.push('asylumAppliedOn');
  const earlier = entryDate !== undefined && asylumAppliedOn !== undefined && entryDate < asylumAppliedOn;
  if (wait && wait.date > ctx.lawAsOf && earlier) {
    found.openPoints.push({ msg: 'open.gestattung_prior_stay', cite: [gestattungEntry(ctx)] });
  }
  claimBeforeGeas(ctx, found);
  return wait;
}

/**
 * Before 12.06.2026 § 61 Abs. 2 AsylG a. F. let the ABH permit employment after three months ("kann") and
 * kept Abs. 1 S. 2 "unberührt": six months after the application, with the procedure still running, the
 * permission was due (with BA consent), except for § 29a states and applications rejected as manifestly
 * unfounded. The earliest start stays at three months; the stronger claim is said.
 */
function claimBeforeGeas(ctx: Ctx, found: Found): void {
  const { asylumAppliedOn, asylumOutcome, nationality } = ctx.facts;
  if (ctx.lawAsOf >= GEAS_FROM || asylumAppliedOn === undefined || asylumOutcome === 'rejected_manifestly_unfounded') {
    return;
  }
  if (nationality !== undefined && safeListsOn(nationality, ctx.lawAsOf).includes('national')) return;
  const date = dayAfterPeriod(asylumAppliedOn, 6);
  found.openPoints.push({
    msg: 'open.gestattung_claim_six_months',
    params: { date },
    cite: ['gestattung.before-geas'],
  });
}

/**
 * § 61 Abs. 1 S. 9 AsylG (from 12.06.2026): whoever was permitted to work during the asylum procedure must be
 * permitted again on the Duldung, without the reception-centre wait; the stay of three months is long done.
 * Besides the rejection reported while employed, a permission held on 11.06.2026 by someone who had applied for
 * asylum and was geduldet only after that day was one held during the procedure (review S6-20). A Duldung start
 * known only to June 2026 or to the year may lie before it: then the wait stays (the cautious reading).
 */
const permittedBeforeTheDuldung = (ctx: Ctx, track: Draft['notes']['track']) => {
  if (ctx.lawAsOf < GEAS_FROM) return false;
  if (ctx.facts.event === 'asylum_rejected_while_employed') return true;
  const { hadWorkPermitOn11June2026, asylumApplied, asylumAppliedOn } = ctx.facts;
  // As said, not at a rule's reading: "2026-06" sorts before the cut-off, so only a later month or day counts.
  const toleratedSince = ctx.given.toleratedSince;
  const applied = asylumApplied === true || asylumAppliedOn !== undefined;
  return (
    track === 'tolerated' &&
    applied &&
    hadWorkPermitOn11June2026 === true &&
    toleratedSince !== undefined &&
    toleratedSince > PERMISSION_CUT_OFF
  );
};

/** Sets `earliestStart` when a waiting period still runs on lawAsOf (only for permission_required). */
export function waitingPeriod(ctx: Ctx, draft: Draft): Draft {
  const { track, provisional } = draft.notes;
  if ((track !== 'tolerated' && track !== 'gestattung') || provisional !== 'permission_required') return draft;
  const found: Found = { waits: [], ask: [], openPoints: [] };
  if (permittedBeforeTheDuldung(ctx, track)) {
    const centre = ctx.facts.livesInReceptionCentre === true;
    const cite: Cites = ['event.asylum-rejected-while-employed', 'waiting.reception-centre-2026'];
    return centre ? add(draft, { openPoints: [{ msg: 'open.rejected_reception_centre', cite }] }) : draft;
  }
  const { livesInReceptionCentre: lives, entryDate, toleratedSince, asylumAppliedOn, status } = ctx.facts;
  // A Beschäftigungsduldung presupposes a year of Duldung and of employment: no reception-centre wait is left.
  if (lives === undefined && status !== 'beschaeftigungsduldung') {
    if (isUnknown(ctx, 'livesInReceptionCentre')) {
      found.openPoints.push({ msg: 'open.unknown_reception_centre', cite: ['permission.duldung-basics'] });
    } else if (entryDate === undefined || monthsBetween(entryDate, ctx.lawAsOf) < 24) {
      found.ask.push('livesInReceptionCentre');
    }
  }
  if (lives === true) {
    if (track === 'gestattung') receptionCentreGestattung(ctx, found);
    else receptionCentreDuldung(ctx, found);
  }
  const stay =
    track === 'gestattung' && lives !== true
      ? gestattungStay(ctx, found)
      : track === 'tolerated' && draft.baConsent === 'required'
        ? threeMonths(ctx, [countedStayStart(ctx)?.date, toleratedSince, asylumAppliedOn], 'waiting.three-months')
        : undefined;
  if (stay) found.waits.push(stay);
  const last = found.waits.reduce<Wait | undefined>((a, w) => (a === undefined || w.date > a.date ? w : a), undefined);
  if (track === 'gestattung' && ctx.facts.workClause === 'erwerbstaetigkeit_nicht_gestattet') {
    const entry = ctx.lawAsOf >= GEAS_FROM ? 'gestattung.after-geas' : 'gestattung.before-geas';
    found.openPoints.push({
      msg: 'open.gestattung_clause_waiting',
      cite: [entry, 'permission.nebenbestimmung-wording'],
    });
  }
  const next = add(draft, { ask: found.ask, openPoints: found.openPoints });
  if (last === undefined || last.date <= ctx.lawAsOf || draft.outcome !== 'permission_required') return next;
  return add(
    { ...next, earliestStart: last.date },
    { steps: [{ id: 'wait_until', msg: 'step.wait_until', params: { date: last.date }, cite: [last.cite] }] },
  );
}
