import { END, START, StateGraph } from '@langchain/langgraph';
import type { BaseCheckpointSaver } from '@langchain/langgraph-checkpoint';
import type { GraphDeps } from './deps.js';
import { afterDecide, decide } from './nodes/decide.js';
import { followUp } from './nodes/follow-up.js';
import { answer, ask, askHandoffConsent, greet, handedBack, handoff, reject, restart } from './nodes/reply.js';
import { understand } from './nodes/understand.js';
import { adviserWait, wait } from './nodes/wait.js';
import { ConversationState, type State } from './state.js';

const routeAfterUnderstand = (state: State) => state.next;

/**
 * understand → decide → ask | answer, or → follow-up | hand-off. Every path ends in `wait`
 * (interrupt: the employer's turn) or `adviserWait` (interrupt: the adviser has the conversation).
 */
export function createConversationGraph(deps: GraphDeps, checkpointer: BaseCheckpointSaver) {
  return new StateGraph(ConversationState)
    .addNode('greet', greet)
    .addNode('wait', wait)
    .addNode('understand', understand(deps))
    .addNode('decide', decide(deps))
    .addNode('ask', ask)
    .addNode('answer', answer(deps))
    .addNode('followUp', followUp(deps))
    .addNode('reject', reject)
    .addNode('restart', restart)
    .addNode('handoffConsent', askHandoffConsent)
    .addNode('handoff', handoff(deps))
    .addNode('adviserWait', adviserWait)
    .addNode('handedBack', handedBack)
    .addEdge(START, 'greet')
    .addEdge('greet', 'decide')
    .addEdge('wait', 'understand')
    .addConditionalEdges('understand', routeAfterUnderstand, [
      'decide',
      'followUp',
      'handoffConsent',
      'handoff',
      'reject',
      'restart',
      'wait',
    ])
    .addConditionalEdges('decide', afterDecide, ['ask', 'answer'])
    .addEdge('restart', 'decide')
    .addEdge('ask', 'wait')
    .addEdge('answer', 'wait')
    .addEdge('followUp', 'wait')
    .addEdge('reject', 'wait')
    .addEdge('handoffConsent', 'wait')
    .addEdge('handoff', 'adviserWait')
    .addEdge('adviserWait', 'handedBack')
    .addEdge('handedBack', 'wait')
    .compile({ checkpointer });
}

export type ConversationGraph = ReturnType<typeof createConversationGraph>;
export { END };
