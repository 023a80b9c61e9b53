import { interrupt } from '@langchain/langgraph';
import type { State, TurnInput, Update } from '../state.js';

/** Waits for the employer. The service resumes with the next TurnInput. */
export function wait(state: State): Update {
  const input = interrupt<{ pending: State['pending'] }, TurnInput>({ pending: state.pending });
  return { input, lawAsOf: input.today, outbox: [] };
}

/** Waits while an adviser has the conversation; the bot stays silent until it is handed back. */
export function adviserWait(state: State): Update {
  interrupt<{ status: State['status'] }, { kind: 'returned' }>({ status: state.status });
  return { status: state.assessment ? 'answered' : 'collecting', handover: null, outbox: [] };
}
