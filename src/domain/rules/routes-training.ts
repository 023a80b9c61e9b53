import type { Cites } from '../citations.js';
import type { Ctx } from '../context.js';
import { SECTION_16G_FROM } from '../data/legal-dates.js';
import { type Draft, type RouteItem, type Text, text } from '../findings.js';
import { dayAfterPeriod } from '../law-date.js';
import { isJobAfterTraining } from './after-training.js';
import {
  banUnchecked,
  excluded,
  exclusionsOf,
  metOf,
  type RouteEval,
  routeItem,
  sharedExclusions,
  unchecked,
} from './route-helpers.js';
import { identityForTraining } from './training-identity.js';

/** § 60c Abs. 1 / § 16g Abs. 1: a qualified training, or a helper training with a promised follow-on place. */
function trainingJob(ctx: Ctx): { exclusion?: Text; pending?: Text } {
  const job = ctx.facts.job;
  switch (job?.kind) {
    case undefined:
      return { pending: text('cond.job_is_training') };
    case 'vocational_training':
      return {};
    case 'helper_training':
      if (job.followOnTrainingPromised === false) return { exclusion: text('excl.helper_no_promise') };
      return job.followOnTrainingPromised ? {} : { pending: text('cond.follow_on_promise') };
    // A school-based training counts only if it is a state-recognised qualified training (§ 60c Abs. 3 S. 3).
    case 'school_training':
      return { pending: text('cond.school_qualified') };
    case 'entry_qualification':
      return { exclusion: text('excl.entry_qualification') };
    default:
      return { exclusion: text('excl.not_training') };
  }
}

function trainingEval(ctx: Ctx, draft: Draft, extra: readonly [boolean, Text][], own?: Text): RouteEval {
  const job = trainingJob(ctx);
  // § 60c / § 16g Abs. 1 S. 1 Nr. 1: a training begun as an asylum seeker continues after the rejection; the
  // three months of Duldung and the removal-measures bar (Abs. 2 Nr. 2, 5) concern only Nr. 2.
  const continuing = ctx.facts.event === 'asylum_rejected_while_employed';
  const exclusion = exclusionsOf(
    ...sharedExclusions(ctx, draft, true, true),
    own,
    // § 60c Abs. 2 Nr. 5 / § 16g Abs. 2 Nr. 5 bar only a training taken up while tolerated (Abs. 1 S. 1 Nr. 2),
    // not the asylum seeker's training continued after rejection (Nr. 1), e.g. during a Dublin procedure.
    ctx.facts.removalMeasuresPending === true && draft.notes.track !== 'gestattung' && !continuing
      ? text('excl.removal_pending')
      : undefined,
    job.exclusion,
  );
  if (exclusion) return exclusion;
  if (draft.notes.track === 'gestattung') return { pending: [text('cond.after_rejection')] };
  const since = ctx.facts.toleratedSince;
  const threeMonths = since === undefined ? undefined : dayAfterPeriod(since, 3);
  const identity = identityForTraining(ctx);
  return {
    pending: unchecked([
      [job.pending !== undefined, job.pending ?? text('cond.job_is_training')],
      [banUnchecked(ctx, draft), text('cond.no_ban')],
      [since === undefined && !continuing, text('cond.duldung_3_months')],
      [
        !continuing && threeMonths !== undefined && threeMonths > ctx.lawAsOf,
        text('cond.duldung_3_months_from', { date: threeMonths ?? '' }),
      ],
      [identity !== undefined, identity ?? text('cond.identity_entry_date')],
      [ctx.facts.criminalConvictions === undefined, text('cond.no_convictions')],
      [ctx.facts.removalMeasuresPending === undefined, text('cond.no_removal')],
      ...extra,
    ]),
    met: metOf([
      [job.pending === undefined, text('cond.job_is_training')],
      [
        (continuing || since !== undefined) && (threeMonths === undefined || threeMonths <= ctx.lawAsOf),
        text('cond.duldung_3_months'),
      ],
      [
        ctx.facts.criminalConvictions === 'none' || ctx.facts.criminalConvictions === 'below_threshold',
        text('cond.no_convictions'),
      ],
      [ctx.facts.removalMeasuresPending === false, text('cond.no_removal')],
      ...extra.map(([open, t]): [boolean, Text] => [!open, t]),
    ]),
  };
}

/** The entries behind the conditions still open, next to the route's own entry. */
function trainingCites(ctx: Ctx, own: Cites[0], evaluation: RouteEval): Cites {
  const extra: Cites[number][] = [];
  if (evaluation.pending.some((t) => t.msg.startsWith('cond.identity'))) extra.push('training.identity-deadlines');
  const kind = ctx.facts.job?.kind;
  if (kind === 'helper_training' || kind === 'entry_qualification')
    extra.push('training.helper-and-entry-qualification');
  if (kind === 'school_training') extra.push('activity.school-training');
  if (ctx.facts.removalMeasuresPending === true) extra.push('ban.removal-measures');
  return [own, ...extra];
}

export function route60c(ctx: Ctx, draft: Draft): RouteItem {
  if (ctx.facts.status === 'ausbildungsduldung') {
    // § 60c Abs. 4, 6: an early end lets the Ausbildungsduldung lapse; a one-off six-month Duldung follows to find a new place.
    if (ctx.facts.event === 'training_ends_early') {
      return routeItem('60c', ['training.ausbildungsduldung-60c', 'training.after-training'], {
        pending: [text('cond.60c_new_training_place')],
      });
    }
    // The training is completed and the offer is a job: the Ausbildungsduldung has done its part; § 19d Abs. 1a follows.
    if (isJobAfterTraining(ctx)) {
      return routeItem(
        '60c',
        ['training.ausbildungsduldung-60c', 'training.after-training'],
        excluded(text('excl.60c_training_completed')),
      );
    }
    return routeItem('60c', ['training.ausbildungsduldung-60c'], { pending: [], note: text('route_note.60c_held') });
  }
  const evaluation = trainingEval(ctx, draft, []);
  return routeItem('60c', trainingCites(ctx, 'training.ausbildungsduldung-60c', evaluation), evaluation);
}

/**
 * § 16g adds the general conditions of § 5 Abs. 1 as § 16g Abs. 10 adjusts them: livelihood (training
 * support under SGB III does not count against it) and the passport obligation (waivable in the cases of
 * Abs. 6), both "in der Regel"; identity (§ 5 Abs. 1 Nr. 1a) does not apply beyond the deadlines of Abs. 2 Nr. 3.
 */
export function route16g(ctx: Ctx, draft: Draft): RouteItem {
  if (ctx.lawAsOf < SECTION_16G_FROM) {
    return routeItem('16g', ['training.ausbildungsduldung-60c'], excluded(text('excl.16g_not_in_force')));
  }
  const { livelihoodSecured, identityByPassport } = ctx.facts;
  const extra: [boolean, Text][] = [
    [livelihoodSecured !== true, text('cond.livelihood_bafoeg')],
    [identityByPassport !== true, text('cond.passport')],
  ];
  const evaluation = trainingEval(ctx, draft, extra);
  return routeItem('16g', trainingCites(ctx, 'training.residence-permit-16g', evaluation), evaluation);
}
