import { buildQuestion, isAskable } from '../../conversation/questions.js';
import type { FactKey } from '../../domain/facts.js';
import type { GraphDeps } from '../deps.js';
import type { State, Update } from '../state.js';

/**
 * Runs the rules and picks the one question that can still change the verdict, most decisive first.
 * A fact that was asked and still not given, or any fact once the question budget is spent, is
 * treated as unknown: the rules then answer on the cautious reading and say what is open.
 */
export function decide(deps: GraphDeps) {
  return (state: State): Update => {
    let unknown = state.unknown;
    let assessment = deps.assess(state.facts, state.lawAsOf, unknown, state.lang);
    const budgetLeft = state.asked.length < deps.questionBudget;
    const next = assessment.missingFacts.find(
      (key) => isAskable(key) && !state.asked.includes(key) && !unknown.includes(key as FactKey),
    );
    if (next && budgetLeft && isAskable(next)) {
      return {
        pending: buildQuestion(next, state.lang),
        asked: [...state.asked, next],
        status: 'collecting',
        assessment: null,
      };
    }
    const stillMissing = assessment.missingFacts.filter((key) => !unknown.includes(key as FactKey)) as FactKey[];
    if (stillMissing.length > 0) {
      unknown = [...unknown, ...stillMissing];
      assessment = deps.assess(state.facts, state.lawAsOf, unknown, state.lang);
    }
    return { assessment, unknown, pending: null, status: 'answered' };
  };
}

export const afterDecide = (state: State) => (state.assessment ? 'answer' : 'ask');
