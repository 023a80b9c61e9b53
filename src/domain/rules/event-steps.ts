import type { Cites } from '../citations.js';
import { type Ctx, isTrainingJob } from '../context.js';
import type { FactKey } from '../facts.js';
import { add, type Draft, type Item } from '../findings.js';

/** What the employer does when the job or training ends (the hiring steps are no longer the question). */
export function eventSteps(ctx: Ctx): Item[] {
  const { event, status, permitBasis } = ctx.facts;
  if (event !== 'employment_ends_early' && event !== 'training_ends_early') return [];
  const found: Item[] = [
    { id: 'deregister_social_insurance', msg: 'step.deregister_social_insurance', cite: ['event.employment-ends'] },
  ];
  if (event === 'training_ends_early' && (status === 'ausbildungsduldung' || permitBasis === '16g')) {
    found.push({ id: 'training_search_period', msg: 'step.training_search_period', cite: ['training.after-training'] });
  }
  // § 60d Abs. 3 S. 1, 2: the Beschäftigungsduldung is revoked once its conditions cease; short
  // interruptions the person is not responsible for are disregarded.
  // § 19d Abs. 1b: a permit granted after an Ausbildungsduldung (Abs. 1a) is revoked when the employment is
  // dissolved for reasons that lie in the person.
  if (event === 'employment_ends_early' && status === 'aufenthaltserlaubnis' && permitBasis === '19d') {
    found.push({ id: 'permit_19d_at_risk', msg: 'step.permit_19d_at_risk', cite: ['route.19d-1a'] });
  }
  if (event === 'employment_ends_early' && status === 'beschaeftigungsduldung') {
    found.push({
      id: 'employment_toleration_at_risk',
      msg: 'step.employment_toleration_at_risk',
      cite: ['employment-toleration.60d'],
    });
  }
  return found;
}

/**
 * The asylum application of a person already employed was rejected (the Gestattung ends, a Duldung follows):
 * stop if a ban begins now (§ 60a Abs. 6 S. 1 Nr. 3 AufenthG); a trainee continues with an Ausbildungsduldung
 * or § 16g permit (§ 60c / § 16g Abs. 1 S. 1 Nr. 1); otherwise the job is permitted anew on the Duldung.
 */
export function rejectionSteps(ctx: Ctx, draft: Draft): Item[] {
  if (ctx.facts.event !== 'asylum_rejected_while_employed') return [];
  const cite: Cites = ['event.asylum-rejected-while-employed'];
  if (draft.outcome === 'prohibited') {
    return [{ id: 'stop_after_rejection', msg: 'step.stop_after_rejection', cite: [...cite, 'ban.overview'] }];
  }
  if (draft.outcome === 'allowed' || draft.outcome === 'not_possible') return [];
  if (isTrainingJob(ctx)) {
    return [
      {
        id: 'training_after_rejection',
        msg: 'step.training_after_rejection',
        cite: [...cite, 'training.ausbildungsduldung-60c'],
      },
    ];
  }
  return [
    {
      id: 'permission_after_rejection',
      msg: 'step.permission_after_rejection',
      cite: [...cite, 'permission.job-specific'],
    },
  ];
}

/**
 * Review S5-17: the rejection does not end the Gestattung by itself. It ends once the rejection is final or the
 * removal threat enforceable, and goes on while an appeal is suspensive (KB entry event.asylum-rejected-while-
 * employed, § 67 Abs. 1 AsylG, status `check`); after a rejection as manifestly unfounded or inadmissible an
 * appeal is suspensive only by court order (legal-facts 2.3). Whether an appeal against a simple rejection is
 * suspensive (§ 75 AsylG) is not in our sources: said as open, to be confirmed. The kind of rejection is asked; it
 * refines the steps, the outcome stays.
 */
export function rejectionAppeal(ctx: Ctx, draft: Draft): Draft {
  if (!ctx.onGestattungAfterRejection) return draft;
  // Only once the rest is settled (a ban, a document that allows the job or a fact still missing come first).
  if (draft.outcome !== 'permission_required') return draft;
  const cite: Cites = ['event.asylum-rejected-while-employed'];
  const outcome = ctx.facts.asylumOutcome;
  if (outcome === 'rejected') return add(draft, { openPoints: [{ msg: 'open.rejection_appeal', cite }] });
  if (outcome === 'rejected_manifestly_unfounded') {
    return add(draft, { openPoints: [{ msg: 'open.rejection_manifestly_unfounded', cite }] });
  }
  // Asked once; after "weiß nicht" the cautious reading (it may end soon) stands in the open point.
  const ask: FactKey[] = ctx.unknown.has('asylumOutcome') ? [] : ['asylumOutcome'];
  return add(draft, { openPoints: [{ msg: 'open.rejection_kind_unknown', cite }], ask });
}
