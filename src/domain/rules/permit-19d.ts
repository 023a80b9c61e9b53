import { type Step, skip } from './resolve.js';

/**
 * Agency work on a § 19d title: § 40 Abs. 1 Nr. 2 AufenthG makes the BA refuse consent to agency work
 * for residence titles; whether that binds § 19d is unverified, so it is an open point, never "allowed".
 */
export const agencyWorkOn19d: Step = (ctx) =>
  ctx.facts.job?.kind === 'agency_work'
    ? {
        kind: 'match',
        outcome: 'permission_required',
        add: {
          openPoints: [{ msg: 'open.agency_work_19d', cite: ['route.19d', 'ba.agency-work'] }],
          reasons: [{ code: 'open_legal_point', msg: 'reason.agency_work_19d' }],
        },
      }
    : skip;
