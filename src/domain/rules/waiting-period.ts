import type { EntryId } from '../citations.js';
import { type Ctx, isMissing, isUnknown } from '../context.js';
import type { IsoDate } from '../facts.js';
import { add, type Draft } from '../findings.js';
import { addMonths, monthsBetween } from '../law-date.js';
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
    const dated = starts.find((d) => d !== undefined && d <= ctx.lawAsOf && monthsBetween(d, ctx.lawAsOf) === given);
    return { date: dated === undefined ? addMonths(ctx.lawAsOf, 3 - given) : addMonths(dated, 3), cite };
  }
  const start = starts.find((d) => d !== undefined);
  return start === undefined ? undefined : { date: addMonths(start, 3), cite };
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
  return wait;
}

/** Sets `earliestStart` when a waiting period still runs on lawAsOf (only for permission_required). */
export function waitingPeriod(ctx: Ctx, draft: Draft): Draft {
  const { track, provisional } = draft.notes;
  if ((track !== 'tolerated' && track !== 'gestattung') || provisional !== 'permission_required') return draft;
  const found: Found = { waits: [], ask: [], openPoints: [] };
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
        ? threeMonths(ctx, [entryDate, toleratedSince, asylumAppliedOn], 'waiting.three-months')
        : undefined;
  if (stay) found.waits.push(stay);
  const last = found.waits.reduce<Wait | undefined>((a, w) => (a === undefined || w.date > a.date ? w : a), undefined);
  const next = add(draft, { ask: found.ask, openPoints: found.openPoints });
  if (last === undefined || last.date <= ctx.lawAsOf || draft.outcome !== 'permission_required') return next;
  return add(
    { ...next, earliestStart: last.date },
    { steps: [{ id: 'wait_until', msg: 'step.wait_until', params: { date: last.date }, cite: [last.cite] }] },
  );
}
