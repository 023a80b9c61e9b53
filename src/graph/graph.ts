import { END, START, StateGraph } from '@langchain/langgraph';
import type { BaseCheckpointSaver } from '@langchain/langgraph-checkpoint';
import type { GraphDeps } from './deps.js';
import { handedBack } from './nodes/reply.js';
import { afterTurn, afterUnderstanding, BRANCHES, branches, opening } from './nodes/respond.js';
import { adviserWait, employerTurn } from './nodes/wait.js';
import { ConversationState } from './state.js';

/**
 * greet → wait → decide | followUp | handoffConsent | handoff | reject | restart → wait …, and after a
 * hand-off → adviserWait → handedBack → wait.
 *
 * `greet` sends the welcome and the first question. `wait` is the employer's turn: it waits for the
 * input (interrupt) and understands it. `decide` runs the rules, then asks the next question or sends
 * the assessment; `followUp` answers from the knowledge base; `handoffConsent` and `handoff` take the
 * case to an adviser; `adviserWait` (interrupt) holds the conversation while an adviser has it. The
 * node names `wait` and `adviserWait` are those stored checkpoints resume at; keep them.
 */
export function createConversationGraph(deps: GraphDeps, checkpointer: BaseCheckpointSaver) {
  const branch = branches(deps);
  const toWait = ['wait', 'adviserWait'] as const;
  return new StateGraph(ConversationState)
    .addNode('greet', opening(deps))
    .addNode('wait', employerTurn(deps))
    .addNode('decide', branch.decide)
    .addNode('decideThenAnswer', branch.decideThenAnswer)
    .addNode('explainThenDecide', branch.explainThenDecide)
    .addNode('followUp', branch.followUp)
    .addNode('handoffConsent', branch.handoffConsent)
    .addNode('handoff', branch.handoff)
    .addNode('reject', branch.reject)
    .addNode('restart', branch.restart)
    .addNode('adviserWait', adviserWait)
    .addNode('handedBack', handedBack)
    .addEdge(START, 'greet')
    .addEdge('greet', 'wait')
    .addConditionalEdges('wait', afterUnderstanding, [...BRANCHES, ...toWait])
    .addConditionalEdges('decide', afterTurn, [...toWait])
    .addConditionalEdges('decideThenAnswer', afterTurn, [...toWait])
    .addConditionalEdges('explainThenDecide', afterTurn, [...toWait])
    .addConditionalEdges('followUp', afterTurn, [...toWait])
    .addConditionalEdges('handoffConsent', afterTurn, [...toWait])
    .addConditionalEdges('handoff', afterTurn, [...toWait])
    .addConditionalEdges('reject', afterTurn, [...toWait])
    .addConditionalEdges('restart', afterTurn, [...toWait])
    .addEdge('adviserWait', 'handedBack')
    .addEdge('handedBack', 'wait')
    .compile({ checkpointer });
}

export type ConversationGraph = ReturnType<typeof createConversationGraph>;
export { END };
