import type { Ctx } from '../context.js';
import { add, type Draft } from '../findings.js';

/** § 60d Abs. 1 Nr. 3 AufenthG: the employment must be of at least this many hours a week. */
const MIN_HOURS = 20;

/**
 * A Beschäftigungsduldung rests on employment of at least 20 hours a week; when a condition lapses the
 * toleration is revoked (§ 60d Abs. 3 S. 1). A job (or a cut) below that keeps the document's clause for
 * today but costs the person the toleration, so it leads the steps (review S6-27), whatever the outcome.
 */
export function employmentTolerationHours(ctx: Ctx, draft: Draft): Draft {
  const { status, job } = ctx.facts;
  const hours = job?.hoursPerWeek;
  if (status !== 'beschaeftigungsduldung' || hours === undefined || hours >= MIN_HOURS) return draft;
  if (job?.kind !== 'employment' && job?.kind !== 'minijob') return draft;
  const cite: ['employment-toleration.60d'] = ['employment-toleration.60d'];
  return add(draft, {
    steps: [{ id: 'employment_toleration_hours', msg: 'step.employment_toleration_hours', params: { hours }, cite }],
    risks: [{ id: 'employment_toleration_hours', msg: 'risk.employment_toleration_hours', params: { hours }, cite }],
  });
}
