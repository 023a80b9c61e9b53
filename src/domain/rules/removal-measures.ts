import { type Ctx, isDuldungFamily, isUnknown } from '../context.js';
import { add, type Draft } from '../findings.js';

/**
 * § 60a Abs. 5b S. 2 AufenthG: imminent concrete removal measures are not a ban, but the permission
 * will normally be refused, and § 60c / § 16g are excluded (Abs. 2 Nr. 5). Urgent for an adviser.
 */
export function removalMeasures(ctx: Ctx, draft: Draft): Draft {
  if (!isDuldungFamily(ctx)) return draft;
  const pending = ctx.facts.removalMeasuresPending;
  if (pending === true) {
    return add(draft, {
      // The second entry says what the employer can do now (answers' urgent card, review S5-7).
      risks: [
        {
          id: 'removal_pending',
          msg: 'risk.removal_pending',
          cite: ['ban.removal-measures', 'event.deportation-or-detention'],
        },
      ],
      reasons: [{ code: 'removal_pending', msg: 'reason.removal_pending' }],
    });
  }
  // A school-based training needs no permission, so removal measures cannot change the answer.
  const noPermission = draft.notes.provisional === 'allowed' && ctx.facts.job?.kind === 'school_training';
  const decided =
    draft.notes.provisional === 'prohibited' || draft.notes.provisional === 'not_possible' || noPermission;
  if (pending === false || decided) return draft;
  if (isUnknown(ctx, 'removalMeasuresPending')) {
    return add(draft, { openPoints: [{ msg: 'open.unknown_removal', cite: ['ban.removal-measures'] }] });
  }
  return add(draft, { ask: ['removalMeasuresPending'] });
}
