import type { Ctx } from '../context.js';
import type { Item } from '../findings.js';

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
