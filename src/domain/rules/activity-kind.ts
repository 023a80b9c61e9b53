import { openOn } from '../tri.js';
import { type Step, skip } from './resolve.js';

/**
 * What the activity is, for Geduldete and asylum seekers. A purely school-based training needs no permission.
 * Self-employment: a business may commission only a person with a residence title (§ 4a Abs. 5 S. 1
 * AufenthG), which neither document is, and § 61 AsylG permits asylum seekers employment only. For a
 * Geduldeter the ABH could in law permit another gainful activity (§ 4a Abs. 4); that is said, not assumed.
 */
export const activityKind: Step = (ctx) => {
  const kind = ctx.facts.job?.kind;
  if (kind === 'self_employment') {
    const tolerated = ctx.facts.status !== 'aufenthaltsgestattung';
    return {
      kind: 'match',
      outcome: 'not_possible',
      ...(tolerated
        ? { add: { openPoints: [{ msg: 'open.self_employment_duldung', cite: ['activity.self-employment'] }] } }
        : {}),
    };
  }
  if (kind === 'school_training') return { kind: 'match', outcome: 'allowed' };
  if (kind !== undefined) return skip;
  return {
    kind: 'open',
    wouldBe: 'any',
    open: openOn(ctx, ['job.kind']),
    condition: { msg: 'open.unknown_job_kind', cite: ['permission.duldung-basics'] },
  };
};
