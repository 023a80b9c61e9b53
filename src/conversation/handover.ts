import type { Assessment } from '../domain/assessment.js';

/** Why a conversation goes to an adviser; the case card names it. */
export type HandoffTrigger = 'assessment' | 'request' | 'not_understood' | 'employer_choice';

/** What the adviser side receives when the employer has agreed: the trigger and the case as it stands. */
export interface Handover {
  trigger: HandoffTrigger;
  /** The assessment shown to the employer, or one computed from the facts so far (naming what is missing). */
  assessment: Assessment;
}
