import type { Ctx } from '../context.js';
import { add, type Draft, type OpenPoint } from '../findings.js';

/**
 * Trial work (Probetag, Probearbeit, Hospitation, a § 45 SGB III measure at the employer). Paid or
 * productive trial work is employment: it needs the permission like any job (§ 4a Abs. 4 AufenthG), so the
 * verdict is that of employment. Whether a short unpaid observation without a duty to work is employment is
 * disputed: said, escalated, never stated as free of permission. A § 45 SGB III measure at an employer needs
 * the ABH's permission too. Nothing to add where the job is already allowed or barred.
 */
export function trialWork(ctx: Ctx, draft: Draft): Draft {
  const job = ctx.facts.job;
  if (job?.kind !== 'trial_work' || draft.outcome === 'allowed' || draft.outcome === 'prohibited') return draft;
  if (draft.outcome === 'not_possible') return draft;
  const unpaid = job.hourlyWage === 0;
  const points: OpenPoint[] = [{ msg: 'open.trial_work', cite: ['activity.trial-work'] }];
  if (unpaid) points.push({ msg: 'open.trial_work_unpaid', cite: ['activity.trial-work'] });
  return add(draft, {
    openPoints: points,
    reasons: unpaid ? [{ code: 'open_legal_point', msg: 'reason.trial_work_unpaid' }] : [],
  });
}
