import type { Cites } from '../citations.js';
import { GEAS_FROM } from '../data/legal-dates.js';
import { openOn } from '../tri.js';
import { permissionCoversJob } from './clause-names-job.js';
import { type Step, skip } from './resolve.js';

/**
 * Before 12.06.2026, § 61 Abs. 1 S. 1 AsylG barred gainful activity while an asylum seeker had to live in a
 * reception centre, and the claim of S. 2 (after six months) did not reach an application rejected as
 * manifestly unfounded (Nr. 4) unless the court ordered the suspensive effect of the action. No permission
 * could be given there, so no earliest start either: a ban, with that exception as an open point. From
 * 12.06.2026 the new S. 2 (three months after registration, procedure not finally concluded) applies.
 */
export const receptionCentreBeforeGeas: Step = (ctx) => {
  if (ctx.lawAsOf >= GEAS_FROM || ctx.facts.asylumOutcome !== 'rejected_manifestly_unfounded') return skip;
  const lives = ctx.facts.livesInReceptionCentre;
  if (lives === false) return skip;
  const cite: Cites = ['gestattung.before-geas'];
  const point = { msg: 'open.gestattung_manifestly_unfounded', cite } as const;
  if (lives === undefined) {
    return { kind: 'open', wouldBe: 'prohibited', open: openOn(ctx, ['livesInReceptionCentre']), condition: point };
  }
  const reason = { code: 'ban', msg: 'reason.gestattung_manifestly_unfounded' } as const;
  // A permission already on the document stays effective until revoked (§ 4a Abs. 4 AufenthG): reported, not applied.
  if (permissionCoversJob(ctx)) return { kind: 'skip', add: { openPoints: [point], reasons: [reason] } };
  return {
    kind: 'match',
    outcome: 'prohibited',
    add: { openPoints: [point], reasons: [reason], notes: { banKind: 'reception_centre', banCites: cite } },
  };
};
