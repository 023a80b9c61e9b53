import { nextStep } from '../../conversation/next-step.js';
import type { Assessment } from '../../domain/assessment.js';
import type { GraphDeps } from '../deps.js';
import type { State, Update } from '../state.js';

/** The state update, and the assessment when the case is answered (null when a question comes). */
export interface Decision {
  update: Update;
  assessment: Assessment | null;
}

/** Runs the dialogue policy (`nextStep`) on the state: the next question, or the answer. */
export function decide(deps: GraphDeps) {
  return (state: State): Decision => {
    const step = nextStep(state, deps.assess, deps.questionBudget);
    if (step.kind === 'ask')
      return {
        update: { pending: step.question, asked: step.asked, status: 'collecting', assessed: null, assessment: null },
        assessment: null,
      };
    return {
      // Exactly the arguments of the answer's assess(), so `assessmentOf` computes the same assessment.
      update: {
        assessed: { facts: state.facts, lawAsOf: state.lawAsOf, unknown: step.unknown, lang: state.lang },
        assessment: null,
        unknown: step.unknown,
        pending: null,
        status: 'answered',
      },
      assessment: step.assessment,
    };
  };
}
