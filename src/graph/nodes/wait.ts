import { interrupt } from '@langchain/langgraph';
import { currentFacts } from '../../conversation/partial-dates.js';
import type { GraphDeps } from '../deps.js';
import type { State, TurnInput, Update } from '../state.js';
import { applied } from './respond.js';
import { understand } from './understand.js';

/**
 * The employer's turn: waits for the input (interrupt; the service resumes with the next
 * TurnInput), then understands it; `next` names the node that acts on it. Waiting and understanding
 * are one node, LangGraph's own pattern for an interrupt whose answer is used at once: on resume the
 * node runs again from the start and `interrupt()` returns the input, so nothing runs twice.
 */
export function employerTurn(deps: GraphDeps) {
  const understandInput = understand(deps);
  return async (state: State): Promise<Update> => {
    const input = interrupt<{ pending: State['pending'] }, TurnInput>({ pending: state.pending });
    const received: Update = { input, lawAsOf: input.today, outbox: [], understood: [], ...currentFacts(state) };
    return { ...received, ...(await understandInput(applied(state, received))) };
  };
}

/** Waits while an adviser has the conversation; the bot stays silent until it is handed back. */
export function adviserWait(state: State): Update {
  interrupt<{ status: State['status'] }, { kind: 'returned' }>({ status: state.status });
  const answered = state.assessed !== null || state.assessment !== null;
  return { status: answered ? 'answered' : 'collecting', handover: null, outbox: [], understood: [] };
}
