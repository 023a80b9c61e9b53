import { END, START, StateGraph } from '@langchain/langgraph';
import type { BaseCheckpointSaver } from '@langchain/langgraph-checkpoint';
import type { GraphDeps } from './deps.js';
import { handedBack } from './nodes/reply.js';
import { afterTurn, opening } from './nodes/respond.js';
import { adviserWait, employerTurn } from './nodes/wait.js';
import { ConversationState } from './state.js';

/**
 * greet → wait → wait → …, or → adviserWait → handedBack → wait after a hand-off.
 *
 * `greet` sends the welcome and the first question. `wait` is the employer's turn: it waits for the
 * input (interrupt), understands it and acts on it (decide → ask | answer, follow-up, hand-off
 * consent, hand-off, …; see nodes/respond.ts). `adviserWait` (interrupt) holds the conversation
 * while an adviser has it. The node names are those of stored checkpoints, which resume at `wait`
 * or `adviserWait`; keep them.
 */
export function createConversationGraph(deps: GraphDeps, checkpointer: BaseCheckpointSaver) {
  return new StateGraph(ConversationState)
    .addNode('greet', opening(deps))
    .addNode('wait', employerTurn(deps))
    .addNode('adviserWait', adviserWait)
    .addNode('handedBack', handedBack)
    .addEdge(START, 'greet')
    .addEdge('greet', 'wait')
    .addConditionalEdges('wait', afterTurn, ['wait', 'adviserWait'])
    .addEdge('adviserWait', 'handedBack')
    .addEdge('handedBack', 'wait')
    .compile({ checkpointer });
}

export type ConversationGraph = ReturnType<typeof createConversationGraph>;
export { END };
