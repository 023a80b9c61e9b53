import { type Ctx, isTrainingJob, isUnknown } from '../context.js';
import { GEAS_FROM } from '../data/legal-dates.js';
import type { OpenPoint } from '../findings.js';
import { dayAfterPeriod } from '../law-date.js';
import { openOn } from '../tri.js';
import { isJobAfterTraining } from './after-training.js';
import { type Step, skip } from './resolve.js';

/** A plain Duldung in a reception centre whose six months of § 61 Abs. 1 S. 6 AsylG still run on lawAsOf. */
const receptionWaitRuns = (ctx: Ctx) => {
  const { status, livesInReceptionCentre, toleratedSince } = ctx.facts;
  return (
    status === 'duldung' &&
    livesInReceptionCentre === true &&
    toleratedSince !== undefined &&
    dayAfterPeriod(toleratedSince, 6) > ctx.lawAsOf
  );
};

/** "Erwerbstätigkeit nicht gestattet" on the document: the ABH assumes a ban; it may be reviewable. */
export const clauseBan: Step = (ctx) => {
  const clause = ctx.facts.workClause;
  // On an Aufenthaltsgestattung the entry is the statutory state, not a ban: § 61 Abs. 1 S. 1 AsylG bars work while
  // the reception-centre obligation lasts and S. 2 / Abs. 2 S. 1 say the job "ist … zu erlauben" after the waiting
  // period (review S3-2). The Gestattung rules decide (safe-country ban, waiting period); the point is said there.
  if (clause === 'erwerbstaetigkeit_nicht_gestattet' && ctx.facts.status === 'aufenthaltsgestattung') return skip;
  // The same for a Geduldeter still obliged to live in a reception centre while the six months of § 61 Abs. 1 S. 6
  // AsylG run: S. 1 itself bars gainful activity then, so the entry need not be a § 60a Abs. 6 ban (lead/tests,
  // session 7). The wait decides the start; the point says that another ground on the paper would be a ban.
  if (clause === 'erwerbstaetigkeit_nicht_gestattet' && receptionWaitRuns(ctx)) {
    const cite = ctx.lawAsOf >= GEAS_FROM ? 'waiting.reception-centre-2026' : 'waiting.reception-centre-2024';
    const point: OpenPoint = {
      msg: 'open.reception_clause_waiting',
      cite: [cite, 'permission.nebenbestimmung-wording'],
    };
    return { kind: 'skip', add: { openPoints: [point] } };
  }
  if (clause === 'erwerbstaetigkeit_nicht_gestattet') {
    return {
      kind: 'match',
      outcome: 'prohibited',
      add: {
        reasons: [{ code: 'ban', msg: 'reason.ban_clause' }],
        notes: { banKind: 'clause', banCites: ['permission.nebenbestimmung-wording', 'ban.overview'] },
      },
    };
  }
  if (clause !== undefined) return skip;
  const condition = { msg: 'open.unknown_work_clause', cite: ['permission.nebenbestimmung-wording'] } as const;
  // § 60c Abs. 1 S. 3: with the Ausbildungsduldung the permission for the training "ist zu erteilen", so a
  // missing entry does not block the answer (it is still asked); "weiß nicht" is read cautiously. A job after the
  // completed training needs the ABH whatever the entry says (jobAfterTraining), so the entry decides nothing there.
  if (ctx.facts.status === 'ausbildungsduldung' && (isTrainingJob(ctx) || isJobAfterTraining(ctx))) {
    if (!isUnknown(ctx, 'workClause')) return skip;
    return { kind: 'open', wouldBe: 'permission_required', open: openOn(ctx, ['workClause']), condition };
  }
  return {
    kind: 'open',
    wouldBe: 'prohibited',
    open: openOn(ctx, ['workClause']),
    condition: { msg: 'open.unknown_work_clause', cite: ['permission.nebenbestimmung-wording'] },
  };
};
