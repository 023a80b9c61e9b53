import type { Lang } from '../conversation/questions.js';
import type { Assessment, Citation } from '../domain/assessment.js';
import type { CaseFacts, FactKey } from '../domain/facts.js';
import type { KnowledgeSearch } from '../knowledge/search.js';

export interface Understanding {
  patch: CaseFacts;
  unknown: FactKey[];
  intents: string[];
  /** Facts the message speaks about without yielding them, with the employer's words. */
  mentions?: Partial<Record<FactKey, string>>;
}

/** What the graph needs from the world, injected by `createConversationGraph`. */
export interface GraphDeps {
  assess(facts: CaseFacts, lawAsOf: string, unknown: FactKey[], lang: Lang): Assessment;
  /** Text of an assessment for the chat: verdict with reason, at most three steps, the facts (src/answer/). */
  renderAssessment(assessment: Assessment, lang: Lang, facts?: CaseFacts): string | Promise<string>;
  understand(
    text: string,
    ctx: {
      lang: Lang;
      today: string;
      pendingFactKey?: FactKey;
      lastFactKeys?: FactKey[];
      facts: CaseFacts;
      /** The bot asked a yes/no question that is no fact (the hand-off consent). */
      expectsYesNo?: boolean;
    },
  ): Promise<Understanding>;
  search: KnowledgeSearch;
  /** The citation of a knowledge entry in force on `date` (follow-up answers cite entries the verdict did not). */
  citation?(id: string, date: string, lang: Lang): Citation | undefined;
  /** At most this many questions before answering on the cautious reading. */
  questionBudget: number;
}
