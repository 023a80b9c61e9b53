import type { Lang } from '../conversation/questions.js';
import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts, FactKey } from '../domain/facts.js';
import type { GraphDeps } from './deps.js';

/**
 * What the assessment shown to the employer was computed from. The rules are deterministic, so
 * these few facts are checkpointed instead of the assessment itself (tens of KB, serialised and
 * parsed again on every later turn); the assessment is computed again where it is needed.
 */
export interface AssessedCase {
  /** The facts as the rules read them (dates given only as a year at their cautious reading). */
  facts: CaseFacts;
  lawAsOf: string;
  unknown: FactKey[];
  lang: Lang;
}

/** The parts of the state an assessment is read from; `assessment` only in checkpoints written before `assessed`. */
export interface AssessedState {
  assessed: AssessedCase | null;
  assessment: Assessment | null;
}

/** The assessment shown to the employer, or null while facts are still being collected. */
export function assessmentOf(state: AssessedState, assess: GraphDeps['assess']): Assessment | null {
  const c = state.assessed;
  return c ? assess(c.facts, c.lawAsOf, c.unknown, c.lang) : state.assessment;
}
