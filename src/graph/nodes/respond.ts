import { verdictOf } from '../../conversation/after-verdict.js';
import { assessmentOf } from '../assessed.js';
import type { GraphDeps } from '../deps.js';
import type { State, Update } from '../state.js';
import { decide } from './decide.js';
import { answerAlongside, asksYesNo, explainFirst, followUp } from './follow-up.js';
import {
  answer,
  ask,
  askHandoffConsent,
  greet,
  handoff,
  leadWithUnderstood,
  reject,
  restart,
  sameVerdictShown,
  unchangedVerdict,
} from './reply.js';
import type { Next } from './understand.js';

type Step = (state: State) => Update | Promise<Update>;

/** Every channel keeps the last value written, so a step's update applies as a plain overwrite. */
export const applied = (state: State, update: Update): State => ({ ...state, ...update }) as State;

/** Runs steps one after the other, each on the state the previous ones left; returns their joint update. */
async function inSequence(state: State, steps: readonly Step[]): Promise<Update> {
  let current = state;
  let update: Update = {};
  for (const step of steps) {
    const next = await step(current);
    current = applied(current, next);
    update = { ...update, ...next };
  }
  return update;
}

/** Runs the rules, then asks the question they lead to or sends the assessment. */
function decideAndReply(deps: GraphDeps): Step {
  const decideCase = decide(deps);
  const sendAnswer = answer(deps);
  return async (state) => {
    // A fact typed after the verdict that leaves it as it was gets one line; a chip click shows the card again.
    const afterVerdict = state.status === 'answered';
    const typedAfterVerdict = afterVerdict && state.input?.text !== undefined;
    const shown =
      afterVerdict && (!typedAfterVerdict || state.understood.length > 0) ? assessmentOf(state, deps.assess) : null;
    const { update, assessment } = decideCase(state);
    const decided = applied(state, update);
    const same =
      shown !== null &&
      assessment !== null &&
      assessment !== undefined &&
      sameVerdictShown(shown, state.assessed?.facts ?? state.facts, assessment, decided);
    if (same && assessment && typedAfterVerdict) return { ...update, ...unchangedVerdict(decided, assessment) };
    // A chip or button that left the card as it was: the card again (the widget folds it), its text one line.
    const reply = assessment ? await sendAnswer(decided, assessment, { unchanged: same }) : ask(decided);
    return { ...update, ...reply, ...leadWithUnderstood(decided, reply) };
  };
}

/**
 * A message that gives facts and asks a question: the rules run on the new facts, and the question is
 * answered too. While a question is still to be asked the answer comes before it; with a verdict the
 * answer follows it (the verdict is not sent again when it did not change).
 */
function decideThenAnswer(deps: GraphDeps): Step {
  const decideCase = decide(deps);
  const sendAnswer = answer(deps);
  return async (state) => {
    const shown = state.status === 'answered' ? assessmentOf(state, deps.assess) : null;
    const { update, assessment } = decideCase(state);
    const decided = applied(state, update);
    const said = answerAlongside(deps, decided, assessment, shown !== null);
    let reply: Update;
    if (!assessment) reply = ask({ ...decided, outbox: [...decided.outbox, ...said] });
    else if (shown && said.length > 0 && verdictOf(shown) === verdictOf(assessment))
      reply = { outbox: [...decided.outbox, ...said] };
    else {
      const verdict = await sendAnswer(decided, assessment);
      reply = { ...verdict, outbox: [...(verdict.outbox ?? decided.outbox), ...said] };
    }
    // The answer ends with "… Möchten Sie mit einer Beraterin sprechen?" and no yes/no question waits: a plain
    // yes or no next turn answers that offer (as after `followUp`).
    const pending = 'pending' in reply ? applied(decided, reply).pending : decided.pending;
    const offered = reply.outbox?.at(-1)?.unanswered === true && !asksYesNo(pending);
    return { ...update, ...reply, offered, ...leadWithUnderstood(decided, reply) };
  };
}

/** The welcome, then the first question. */
export function opening(deps: GraphDeps): Step {
  const decideCase = decideAndReply(deps);
  return (state) => inSequence(state, [greet, decideCase]);
}

/**
 * The nodes a turn can take after `wait` has understood the input. `decide` runs the rules and asks
 * the next question or sends the assessment in the same node: those always run back to back, and as
 * separate nodes each added LangGraph's per-node work (task, channel writes, routing, tracing
 * context), which cost more than the steps themselves.
 */
export function branches(deps: GraphDeps): Record<Branch, Step> {
  const decideCase = decideAndReply(deps);
  return {
    decide: decideCase,
    decideThenAnswer: decideThenAnswer(deps),
    explainThenDecide: (state) => inSequence(state, [explainFirst, decideCase]),
    followUp: followUp(deps),
    handoffConsent: askHandoffConsent,
    handoff: handoff(deps),
    reject,
    restart: (state) => inSequence(state, [restart, decideCase]),
  };
}

export type Branch = Exclude<Next, 'wait'>;
export const BRANCHES: readonly Branch[] = [
  'decide',
  'decideThenAnswer',
  'explainThenDecide',
  'followUp',
  'handoffConsent',
  'handoff',
  'reject',
  'restart',
];

/** After `wait`: the branch the input leads to, or straight back to waiting (e.g. after a plain "thanks"). */
export const afterUnderstanding = (state: State): Branch | 'wait' | 'adviserWait' =>
  state.next === 'wait' ? afterTurn(state) : state.next;

/** After a turn: the adviser's wait once the conversation was handed over, else the employer's next turn. */
export const afterTurn = (state: State): 'wait' | 'adviserWait' =>
  state.status === 'with_adviser' ? 'adviserWait' : 'wait';
