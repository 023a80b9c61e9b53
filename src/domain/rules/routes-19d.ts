import type { Cites } from '../citations.js';
import type { Ctx } from '../context.js';
import { type Draft, type RouteItem, type Text, text } from '../findings.js';
import { isJobAfterTraining } from './after-training.js';
import { banApplies, exclusionsOf, metOf, routeItem, sharedExclusions, unchecked } from './route-helpers.js';
import { atLeast } from './routes-60d.js';

/** § 19d Abs. 1 Nr. 1: which qualification path applies, or why none can. */
function qualificationPath(ctx: Ctx): { exclusion?: Text; pending: Text[]; known: boolean } {
  const { qualification, qualifiedEmploymentMonths: months, livelihoodSecured } = ctx.facts;
  // (c) three years of qualified employment also needs a year without public funds for livelihood.
  const threeYears = months !== undefined && months >= 36;
  const pathC = threeYears
    ? { pending: livelihoodSecured === true ? [] : [text('cond.19d_no_public_funds')], known: true }
    : undefined;
  switch (qualification) {
    case 'german_vocational':
    case 'german_degree':
      return { pending: [], known: true };
    case 'recognised_foreign_degree':
      if (months !== undefined && months >= 24) return { pending: [], known: true };
      return { pending: [text('cond.19d_two_years')], known: false };
    case 'none':
      if (pathC) return pathC;
      // Path (c) needs no formal qualification: months of qualified work short of three years mean "not yet".
      if (months !== undefined && months > 0) {
        return { pending: [text('cond.19d_more_months', { months: 36 - months })], known: false };
      }
      return { exclusion: text('excl.19d_no_qualification'), pending: [], known: true };
    default:
      return pathC ?? { pending: [text('cond.19d_qualification')], known: false };
  }
}

/**
 * While a § 60a Abs. 6 ban applies the person may not work or train in a company, so § 19d Abs. 1 Nr. 1 can be met
 * only by what is already done. The ban bars the Duldung's permission, not this title (its own conditions, Nr. 4, 5:
 * no deception, no obstruction of removal, are what the ABH weighs). A path that still needs months of work is
 * closed while the ban lasts; an unknown qualification counts only if already completed.
 */
function underBan(ctx: Ctx, path: { pending: Text[]; known: boolean }): { exclusion?: Text; pending: Text[] } {
  if (path.known) return { pending: [...path.pending, text('cond.19d_ban_no_deception')] };
  const { qualification, qualifiedEmploymentMonths: months } = ctx.facts;
  const needsWork =
    (qualification === 'recognised_foreign_degree' && (months ?? 0) < 24) ||
    (qualification === 'none' && (months ?? 0) < 36);
  if (needsWork) return { exclusion: text('excl.19d_ban_needs_work'), pending: [] };
  const pending = path.pending.filter((p) => p.msg !== 'cond.19d_qualification');
  return { pending: [text('cond.19d_ban_qualification_done'), ...pending, text('cond.19d_ban_no_deception')] };
}

/**
 * § 5 Abs. 1 AufenthG, which § 19d Abs. 3 does not waive (only § 5 Abs. 2): livelihood, identity and the
 * passport obligation are required "in der Regel" — conditions to meet, not grounds that exclude the route.
 */
function generalConditions(ctx: Ctx): [boolean, Text][] {
  const { livelihoodSecured, identityClarifiedOn, identityByPassport } = ctx.facts;
  return [
    [livelihoodSecured !== true, text('cond.livelihood_general')],
    [identityClarifiedOn === undefined && identityByPassport !== true, text('cond.identity_clarified')],
    [identityByPassport !== true, text('cond.passport')],
  ];
}

/** § 19d Abs. 1 Nr. 2, 3, 7 known to be met: housing, German B1, no conviction above the day-fine thresholds. */
function abs1Met(ctx: Ctx): [boolean, Text][] {
  const f = ctx.facts;
  return [
    [atLeast(f.germanLevel, 'B1'), text('cond.german_b1')],
    [f.adequateHousing === true, text('cond.housing')],
    [f.criminalConvictions === 'none' || f.criminalConvictions === 'below_threshold', text('cond.no_convictions')],
  ];
}

/** The general conditions of § 5 Abs. 1 that the facts show as met. */
const generalMet = (ctx: Ctx): [boolean, Text][] => generalConditions(ctx).map(([open, t]) => [!open, t]);

/** § 19d: "soll" permit for qualified Geduldete in a job matching the qualification (BA consent needed). */
export function route19d(ctx: Ctx, draft: Draft): RouteItem {
  const f = ctx.facts;
  const cite: Cites = f.status === 'ausbildungsduldung' ? ['route.19d', 'route.19d-1a'] : ['route.19d'];
  const training = f.status === 'ausbildungsduldung';
  const found = qualificationPath(ctx);
  const path = banApplies(draft) ? underBan(ctx, found) : found;
  // Every reason that closes the route (the qualification path only where it applies: not after § 60c, Abs. 1a).
  const exclusion = exclusionsOf(
    ...sharedExclusions(ctx, draft, false),
    f.job?.matchesQualification === false ? text('excl.19d_job_not_matching') : undefined,
    training ? undefined : (found.exclusion ?? path.exclusion),
  );
  if (exclusion) return routeItem('19d', cite, exclusion);
  if (training) {
    // § 19d Abs. 1a: the completed training, and Abs. 1 Nr. 2, 3 (housing, German), Nr. 7 (convictions) for a job that
    // matches the qualification; Nr. 6 (no extremist ties) is no fact of the case. Completed: a job after the training.
    const completed = isJobAfterTraining(ctx);
    return routeItem('19d', cite, {
      pending: [
        ...unchecked([
          [!completed, text('cond.19d_after_training')],
          [!atLeast(f.germanLevel, 'B1'), text('cond.german_b1')],
          [f.adequateHousing !== true, text('cond.housing')],
          [f.criminalConvictions === undefined, text('cond.no_convictions')],
          [completed && f.job?.matchesQualification === undefined, text('cond.job_matches')],
        ]),
        ...unchecked(generalConditions(ctx)),
      ],
      met: metOf([
        [completed, text('cond.19d_after_training')],
        ...abs1Met(ctx),
        [completed && f.job?.matchesQualification === true, text('cond.job_matches')],
        ...generalMet(ctx),
      ]),
    });
  }
  return routeItem('19d', cite, {
    pending: [
      ...path.pending,
      ...unchecked([
        [!atLeast(f.germanLevel, 'B1'), text('cond.german_b1')],
        [f.adequateHousing !== true, text('cond.housing')],
        [f.criminalConvictions === undefined, text('cond.no_convictions')],
        [f.job?.matchesQualification === undefined, text('cond.job_matches')],
        ...generalConditions(ctx),
      ]),
    ],
    met: metOf([
      [found.known && path.pending.length === 0 && !banApplies(draft), text('cond.19d_qualification')],
      ...abs1Met(ctx),
      [f.job?.matchesQualification === true, text('cond.job_matches')],
      ...generalMet(ctx),
    ]),
    perspective: found.known && !banApplies(draft) && atLeast(f.germanLevel, 'B1'),
  });
}
