import { buildAnswerCard } from '../../answer/build-card.js';
import { handoffOffer } from '../../answer/handoff-offer.js';
import { actionOptions, consentQuestion } from '../../conversation/questions.js';
import { understoodLine } from '../../conversation/understood.js';
import type { Assessment } from '../../domain/assessment.js';
import { conversationDe } from '../../i18n/conversation.de.js';
import { conversationEn } from '../../i18n/conversation.en.js';
import { assessmentOf } from '../assessed.js';
import type { GraphDeps } from '../deps.js';
import type { OutMessage, State, Update } from '../state.js';

const ui = (state: State) => (state.lang === 'de' ? conversationDe : conversationEn);

/**
 * The reply opens with what the turn understood ("Verstanden: Tunesien · Duldung seit 09/2025"), so
 * the employer sees a misreading before the question or the verdict that rests on it. It is a message
 * of its own: the question and the answer stay exactly as the channels render them.
 */
export function leadWithUnderstood(state: State, reply: Update): Update {
  const line = understoodLine(state.understood, state.lang);
  const outbox = reply.outbox ?? [];
  const first = outbox.findIndex((m) => m.role === 'bot');
  if (!line || first < 0) return {};
  return { outbox: [...outbox.slice(0, first), { role: 'bot', text: line }, ...outbox.slice(first)] };
}

/** Sends the pending question with its quick replies. */
export function ask(state: State): Update {
  if (!state.pending) return {};
  const message: OutMessage = { role: 'bot', text: state.pending.text, options: state.pending.options };
  return { outbox: [...state.outbox, message] };
}

/** Sends the assessment; where the rules recommend an adviser, asks for consent to hand over. */
export function answer(deps: GraphDeps) {
  return async (state: State, assessment: Assessment, options: { unchanged?: boolean } = {}): Promise<Update> => {
    const t = ui(state);
    // The verdict comes first (no intro): the text is short, the card carries the details. The card shown before,
    // sent again after a change that left it as it was: one line in text and Slack; the widget folds the card.
    const text = options.unchanged
      ? t.verdictUnchangedCard
      : await deps.renderAssessment(assessment, state.lang, state.facts);
    const answerCard = {
      ...buildAnswerCard(assessment, state.facts, state.lang),
      ...(options.unchanged ? { unchanged: true as const } : {}),
    };
    const messages: OutMessage[] = [{ role: 'bot', text, citations: assessment.citations, answer: answerCard }];
    if (assessment.escalation.recommended && !state.offerDeclined) {
      const consent = consentQuestion(state.lang);
      // Why the case goes to a counselling service, in the rules' most pressing reason (review S5-20).
      const ask = `${handoffOffer(assessment, state.lang)} ${consent.text}`;
      messages.push({ role: 'bot', text: ask, options: consent.options });
      return {
        outbox: [...state.outbox, ...messages],
        pending: { ...consent, text: ask },
        handoffTrigger: 'assessment',
      };
    }
    messages[0] = { ...messages[0], role: 'bot', text, options: actionOptions(state.lang) } as OutMessage;
    return { outbox: [...state.outbox, ...messages] };
  };
}

/**
 * Whether the verdict the employer would see now is the one shown before: the same card face (verdict,
 * headline, steps, dates, escalation), whatever the employer's own facts and the folded details say. Then a
 * new or corrected fact needs one line, not the whole card again (review S4-9: "er ist übrigens 31" changes
 * only which routes the details list).
 */
export function sameVerdictShown(before: Assessment, beforeFacts: State['facts'], after: Assessment, state: State) {
  const face = (a: Assessment, facts: State['facts']) => {
    const card = buildAnswerCard(a, facts, state.lang);
    return JSON.stringify([
      card.outcome,
      card.tone,
      card.label,
      card.headline,
      card.event,
      card.earliestStart,
      card.steps.map((step) => [step.text, step.date]),
      (card.dates ?? []).map((d) => [d.id, d.kind, d.date, d.text]),
      card.escalation,
    ]);
  };
  return face(before, beforeFacts) === face(after, state.facts);
}

/**
 * "Verstanden: 31 Jahre alt – an der Einschätzung ändert das nichts.": a fact stated after the verdict that
 * leaves it as it was. A hand-off the rules recommend and the employer has not declined is asked for again.
 */
export function unchangedVerdict(state: State, assessment: Assessment): Update {
  const t = ui(state);
  const line = understoodLine(state.understood, state.lang) ?? '';
  const text = t.unchangedVerdict.replace('{understood}', line);
  if (assessment.escalation.recommended && !state.offerDeclined) {
    const consent = consentQuestion(state.lang);
    const ask = `${handoffOffer(assessment, state.lang)} ${consent.text}`;
    return {
      outbox: [...state.outbox, { role: 'bot', text }, { role: 'bot', text: ask, options: consent.options }],
      pending: { ...consent, text: ask },
      handoffTrigger: 'assessment',
    };
  }
  return { outbox: [...state.outbox, { role: 'bot', text, options: actionOptions(state.lang) }] };
}

/** "I did not understand": repeats the pending question so the employer can click. */
export function reject(state: State): Update {
  const t = ui(state);
  const message: OutMessage = state.pending
    ? { role: 'bot', text: `${t.notUnderstood}\n\n${state.pending.text}`, options: state.pending.options }
    : { role: 'bot', text: t.notUnderstood, options: actionOptions(state.lang) };
  return { outbox: [...state.outbox, message] };
}

export function askHandoffConsent(state: State): Update {
  const t = ui(state);
  const consent = consentQuestion(state.lang);
  const lead = state.failedAttempts >= 3 ? `${t.notUnderstoodOffer} ` : '';
  return {
    pending: consent,
    failedAttempts: 0,
    outbox: [...state.outbox, { role: 'bot', text: `${lead}${consent.text}`, options: consent.options }],
  };
}

/**
 * Hand-off is a state, not a phrase: from here the bot is silent until an adviser hands back.
 * The adviser gets the case written up: without an assessment yet (the employer asked for a person
 * early), one is computed from the facts so far, so the missing facts are named on the case card.
 */
export function handoff(deps: GraphDeps) {
  return (state: State): Update => {
    const assessment =
      assessmentOf(state, deps.assess) ?? deps.assess(state.facts, state.lawAsOf, state.unknown, state.lang);
    return {
      status: 'with_adviser',
      pending: null,
      handoffTrigger: null,
      handover: { trigger: state.handoffTrigger ?? 'request', assessment },
      outbox: [...state.outbox, { role: 'system', text: ui(state).handoffStarted }],
    };
  };
}

export function handedBack(state: State): Update {
  return { outbox: [{ role: 'system', text: ui(state).handedBack, options: actionOptions(state.lang) }] };
}

export function restart(state: State): Update {
  return {
    facts: {},
    mentioned: {},
    proposal: null,
    unknown: [],
    asked: [],
    lastFactKeys: [],
    assessed: null,
    assessment: null,
    pending: null,
    offerDeclined: false,
    status: 'collecting',
    outbox: [...state.outbox, { role: 'bot', text: ui(state).restarted }],
  };
}

export function greet(state: State): Update {
  return { outbox: [{ role: 'bot', text: ui(state).welcome }] };
}
