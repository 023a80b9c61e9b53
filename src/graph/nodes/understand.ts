import { parseFactChoice, patchOf } from '../../conversation/fact-values.js';
import { mergeFacts, mergeUnknown, patchKeys } from '../../conversation/merge-facts.js';
import { ACTION_KEY, actionOptions, CONSENT_KEY } from '../../conversation/questions.js';
import { understoodChanges } from '../../conversation/understood.js';
import type { FactKey } from '../../domain/facts.js';
import { conversationDe } from '../../i18n/conversation.de.js';
import { conversationEn } from '../../i18n/conversation.en.js';
import type { GraphDeps } from '../deps.js';
import type { State, Update } from '../state.js';

const MAX_FAILED = 3;

/** What the turn does after understanding the input (see `respond`). */
export type Next = 'decide' | 'followUp' | 'handoffConsent' | 'handoff' | 'reject' | 'restart' | 'wait';
export type Understood = Update & { next: Next };

/** Turns the employer's input (click or free text) into facts, unknowns and where to go next. */
export function understand(deps: GraphDeps) {
  return async (state: State): Promise<Understood> => {
    const input = state.input;
    if (!input) return { next: 'wait' };
    const t = state.lang === 'de' ? conversationDe : conversationEn;

    if (input.choice) {
      const { factKey, value } = input.choice;
      if (factKey === ACTION_KEY)
        return value === 'restart'
          ? { next: 'restart' }
          : { next: 'handoffConsent', handoffTrigger: 'employer_choice' };
      if (factKey === CONSENT_KEY) {
        if (value === 'yes') return { next: 'handoff' };
        return declined(t.handoffDeclined);
      }
      // Any fact may be set or corrected by a click at any time (contract v1.1), not only the one asked.
      const parsed = parseFactChoice(factKey, value);
      if (!parsed.ok) return { next: 'reject' };
      const { choice } = parsed;
      return 'unknown' in choice ? apply(state, {}, [choice.key]) : apply(state, patchOf(choice.key, choice.value), []);
    }

    const text = input.text ?? '';
    const pendingKey = state.pending?.factKey;
    if (pendingKey === CONSENT_KEY) {
      const understood = await deps.understand(text, { lang: state.lang, today: input.today, facts: state.facts });
      if (understood.intents.includes('affirm')) return { next: 'handoff' };
      if (understood.intents.includes('deny')) return declined(t.handoffDeclined);
    }
    const understood = await deps.understand(text, {
      lang: state.lang,
      today: input.today,
      facts: state.facts,
      lastFactKeys: state.lastFactKeys,
      ...(pendingKey && pendingKey !== CONSENT_KEY ? { pendingFactKey: pendingKey as FactKey } : {}),
    });
    if (understood.intents.includes('handoff')) return { next: 'handoffConsent', handoffTrigger: 'request' };
    if (understood.intents.includes('restart')) return { next: 'restart' };
    const hasFacts = patchKeys(understood.patch).length > 0 || understood.unknown.length > 0;
    if (hasFacts) return apply(state, understood.patch, understood.unknown);
    const asks = understood.intents.includes('question');
    // "nein", "danke" after an answer closes the topic; searching the knowledge base for it would invent a reply.
    if (state.status === 'answered' && !asks && understood.intents.some((i) => i === 'deny' || i === 'thanks'))
      return { next: 'wait', outbox: [{ role: 'bot', text: t.followUpAck, options: actionOptions(state.lang) }] };
    if (state.status === 'answered' || asks) return { next: 'followUp', failedAttempts: 0 };
    const failedAttempts = state.failedAttempts + 1;
    if (failedAttempts >= MAX_FAILED)
      return { failedAttempts, next: 'handoffConsent', handoffTrigger: 'not_understood' };
    return { failedAttempts, next: 'reject' };
  };
}

const declined = (text: string): Understood => ({
  next: 'wait',
  pending: null,
  handoffTrigger: null,
  outbox: [{ role: 'bot', text }],
});

function apply(state: State, patch: State['facts'], unknown: FactKey[]): Understood {
  const answered = patchKeys(patch);
  const facts = mergeFacts(state.facts, patch);
  return {
    facts,
    understood: understoodChanges(state.facts, facts, state.lang),
    unknown: mergeUnknown(state.unknown, unknown, answered),
    lastFactKeys: answered.length > 0 ? answered : state.lastFactKeys,
    failedAttempts: 0,
    next: 'decide',
  };
}
