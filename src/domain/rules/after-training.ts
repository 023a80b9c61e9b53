import type { Cites } from '../citations.js';
import { type Ctx, TRAINING_KINDS } from '../context.js';
import type { Item, OpenPoint } from '../findings.js';
import { type Step, skip } from './resolve.js';

/** Offers that are no job after a training: a training, an entry qualification, self-employment. */
const NOT_A_JOB: readonly string[] = [...TRAINING_KINDS, 'school_training', 'entry_qualification', 'self_employment'];

/**
 * A job after the completed training of an Ausbildungsduldung (review S6-1): the Duldung and its permission were
 * granted for that training (§ 60c Abs. 1 S. 3, Abs. 3 S. 4 AufenthG); a job after the exam goes through the
 * residence permit of § 19d Abs. 1a (or the six months of § 60c Abs. 6 S. 2), never through the training's entry.
 * A German vocational qualification beside an Ausbildungsduldung is read as that training, completed.
 */
export const isJobAfterTraining = (ctx: Ctx) => {
  const kind = ctx.facts.job?.kind;
  return (
    ctx.facts.status === 'ausbildungsduldung' &&
    ctx.facts.qualification === 'german_vocational' &&
    kind !== undefined &&
    !NOT_A_JOB.includes(kind)
  );
};

/**
 * A job after the completed training of an Ausbildungsduldung (review S6-1): the ABH must act first, by the residence
 * permit of § 19d Abs. 1a for a job matching the qualification ("ist … zu erteilen") or a permission during the six
 * months of § 60c Abs. 6 S. 2. The entry on the training's document does not settle it: an entry "Beschäftigung
 * gestattet" is read cautiously (the Duldung was granted for the training's duration, § 60c Abs. 3 S. 4) and said.
 */
export const jobAfterTraining: Step = (ctx) => {
  if (!isJobAfterTraining(ctx)) return skip;
  const openPoints: OpenPoint[] = [
    { msg: 'open.after_training_19d_1a', cite: ['route.19d-1a', 'training.after-training'] },
    ...(ctx.facts.workClause === 'beschaeftigung_gestattet'
      ? [{ msg: 'open.after_training_clause', cite: ['training.ausbildungsduldung-60c'] } as const]
      : []),
  ];
  return { kind: 'match', outcome: 'permission_required', add: { openPoints } };
};

/** The application step: a matching job after the training is applied for as the § 19d Abs. 1a permit. */
export function employeeApplies(ctx: Ctx): Item {
  const cite: Cites = ['contact.competent-abh', 'paperwork.steps'];
  return isJobAfterTraining(ctx) && ctx.facts.job?.matchesQualification !== false
    ? { id: 'employee_applies', msg: 'step.employee_applies_19d_1a', cite: ['route.19d-1a', 'contact.competent-abh'] }
    : { id: 'employee_applies', msg: 'step.employee_applies', cite };
}
