import type { CaseFacts } from '../domain/facts.js';
import type { ConversationGraph } from '../graph/graph.js';
import type { State } from '../graph/state.js';
import type { TranscriptMessage } from '../storage/ports.js';

/** The facts that make a case urgent (the rules and the hand-off: removal measures pending). */
const URGENT_FACTS = ['removalMeasuresPending'] as const;
/** Checkpoints looked at, newest first; a conversation rarely has more turns. */
const MAX_TURNS_BACK = 200;

/**
 * Where an urgent case's urgency comes from (issue 15.6). It always rests on what the employer said,
 * never on anything Lotse checked; advisers see whether the employer wrote it in their own words
 * (which the NLU read, and a script can type) or clicked an answer to Lotse's question.
 */
export interface UrgencyBasis {
  factKey: (typeof URGENT_FACTS)[number];
  source: 'own_words' | 'answered_question';
  /** The employer's message that said it, in the transcript the adviser reads (own words only). */
  messageId?: string;
}

/**
 * Finds the turn that stated the urgent fact: the graph writes one checkpoint per turn with that
 * turn's input, so walking back while the fact holds ends at the turn that set it. Null when the
 * case is not urgent by the employer's facts.
 */
export async function urgencyBasisOf(
  graph: ConversationGraph,
  threadId: string,
  facts: CaseFacts,
  transcript: () => Promise<TranscriptMessage[]>,
): Promise<UrgencyBasis | null> {
  const factKey = URGENT_FACTS.find((key) => facts[key] === true);
  if (!factKey) return null;
  let stating: State['input'] = null;
  let seen = 0;
  for await (const snapshot of graph.getStateHistory({ configurable: { thread_id: threadId } })) {
    const values = snapshot.values as Partial<State>;
    if (values.facts?.[factKey] !== true || ++seen > MAX_TURNS_BACK) break;
    stating = values.input ?? stating;
  }
  if (stating?.choice) return { factKey, source: 'answered_question' };
  const text = stating?.text;
  const message =
    text === undefined ? undefined : (await transcript()).findLast((m) => m.role === 'employer' && m.text === text);
  return { factKey, source: 'own_words', ...(message ? { messageId: message.id } : {}) };
}
