import { actionOptions } from '../../conversation/questions.js';
import type { Citation } from '../../domain/assessment.js';
import { formatDate } from '../../domain/messages.js';
import { conversationDe } from '../../i18n/conversation.de.js';
import { conversationEn } from '../../i18n/conversation.en.js';
import type { GraphDeps } from '../deps.js';
import type { State, Update } from '../state.js';

/** Below this BM25 score a hit is too weak to answer with: say "I don't know" instead of guessing. */
export const MIN_ANSWER_SCORE = 8;
const MAX_HITS = 2;

/** Answers a follow-up question only from knowledge entries in force, with their citations. */
export function followUp(deps: GraphDeps) {
  return (state: State): Update => {
    const t = state.lang === 'de' ? conversationDe : conversationEn;
    const question = state.input?.text ?? '';
    const hits = deps.search
      .search(question, { lang: state.lang, limit: MAX_HITS, lawAsOf: state.lawAsOf })
      .filter((hit, i, all) => hit.score >= MIN_ANSWER_SCORE && (i === 0 || hit.score >= (all[0]?.score ?? 0) * 0.6));
    if (hits.length === 0) {
      return {
        outbox: [
          ...state.outbox,
          { role: 'bot', text: t.followUpUnknown, options: actionOptions(state.lang), unanswered: true },
        ],
      };
    }
    const citations: Citation[] = hits.map((h) => ({
      entryId: h.id,
      title: h.title,
      legalBasis: h.legalBasis,
      reviewedAt: h.reviewedAt,
      sources: h.sources,
    }));
    const body = hits
      .map(
        (h) =>
          `• ${h.title}: ${h.snippet} (${h.legalBasis.join(', ')}; ${t.stand} ${formatDate(h.reviewedAt, state.lang)})`,
      )
      .join('\n');
    return {
      outbox: [
        ...state.outbox,
        { role: 'bot', text: `${t.followUpIntro}\n${body}`, citations, options: actionOptions(state.lang) },
      ],
    };
  };
}
