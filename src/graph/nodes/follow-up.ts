import { onlyRemarks, questionSentences, questionsOf } from '../../conversation/after-verdict.js';
import {
  ACTION_KEY,
  actionOptions,
  CONFIRM_KEY,
  CONSENT_KEY,
  type PendingQuestion,
} from '../../conversation/questions.js';
import type { Assessment } from '../../domain/assessment.js';
import type { FactKey } from '../../domain/facts.js';
import { answerFollowUp } from '../../followup/answer-follow-up.js';
import { glossaryAnswer } from '../../followup/answers-glossary.js';
import { type FollowUpAnswer, type FollowUpInput, sayFollowUp } from '../../followup/types.js';
import { conversationDe } from '../../i18n/conversation.de.js';
import { conversationEn } from '../../i18n/conversation.en.js';
import { factLabel } from '../../i18n/fact-labels.js';
import { assessmentOf } from '../assessed.js';
import type { GraphDeps } from '../deps.js';
import type { OutMessage, State, Update } from '../state.js';

/**
 * Answers a question asked after (or before) the verdict. What it is answered with is decided in
 * src/followup/ (the case first, then the knowledge base, else "I don't know" with the adviser
 * offer); this node only hands over the case as the employer saw it.
 */
export function followUp(deps: GraphDeps) {
  return (state: State): Update => {
    const assessment = assessmentOf(state, deps.assess);
    const input: FollowUpInput = {
      question: state.input?.text ?? '',
      lang: state.lang,
      lawAsOf: state.lawAsOf,
      facts: state.facts,
      unknown: state.unknown,
      assessment,
    };
    const found = answerEach(input, answererDeps(deps));
    const reply = (!assessment && found.source === 'case.pending' && provisionalStart(deps, input)) || found;
    // Before the verdict the question still waiting for its answer is asked again, so the case goes on.
    const again = !assessment && state.pending ? `\n\n${state.pending.text}` : '';
    const citations = reply.citations.length > 0 ? { citations: reply.citations } : {};
    // "I don't know" is marked: the statistics list these questions as the knowledge base's gaps.
    const unknown = reply.source === 'unknown';
    const unanswered = unknown ? { unanswered: true as const } : {};
    // The question asked before is put again after the answer, with its buttons: while facts are collected,
    // and the consent (or a change to confirm) after the verdict, so "Natürlich nicht" still answers it.
    const pending = state.status === 'collecting' || asksYesNo(state.pending) ? state.pending : null;
    // "er ist wirklich zuverlässig" after the verdict: a remark, not a question nobody can answer. It is
    // acknowledged (the assessment stays), without the adviser offer of an unanswered question; what the
    // knowledge base says about it ("she speaks good German now": § 25b asks for A2) follows that line.
    const remark = !pending && assessment !== null && onlyRemarks(state.input?.text ?? '');
    if (remark && unknown)
      return {
        offered: false,
        outbox: [...state.outbox, { role: 'bot', text: ui(state).remarkNoted, options: actionOptions(state.lang) }],
      };
    const lead: OutMessage[] =
      remark && reply.source === 'knowledge' ? [{ role: 'bot', text: ui(state).remarkLead }] : [];
    if (pending) {
      // One yes/no question at a time: before a yes/no question the answer does not offer an adviser as well
      // (before the consent question that question is the offer); before any other question the offer is
      // made, and a plain yes or no to it is taken next turn (`offered`).
      const plain = unknown && asksYesNo(pending);
      const text = plain ? ui(state).followUpUnknownPlain : reply.text;
      return {
        offered: unknown && !plain,
        outbox: [
          ...state.outbox,
          { role: 'bot', text, ...citations, ...unanswered },
          { role: 'bot', text: pending.text, ...(pending.options ? { options: pending.options } : {}) },
        ],
      };
    }
    return {
      offered: unknown,
      outbox: [
        ...state.outbox,
        ...lead,
        { role: 'bot', text: `${reply.text}${again}`, ...citations, ...unanswered, options: actionOptions(state.lang) },
      ],
    };
  };
}

/**
 * Every question of a message is answered (review S5-8: "nein danke. kriegt er dann ne ausbildungsduldung? wann sollen
 * wir das beantragen …" answered only the first): the message as a whole first, then each question sentence whose
 * answer is not in it yet; a question nothing answers is named ("Zu „wann sollen wir das beantragen“ …") instead of
 * being dropped. One question, or none answered at all: the answer to the whole message as before.
 */
function answerEach(input: FollowUpInput, deps: ReturnType<typeof answererDeps>): FollowUpAnswer {
  const whole = answerFollowUp(input, deps);
  const parts = questionSentences(input.question);
  if (parts.length < 2) return whole;
  // A part is answered from the case, the glossary or the fees; from a knowledge search only when the whole message
  // was searched too (a fragment such as "die ausbildung fängt ja erst im august an" retrieves loosely), and never as
  // a what-if of the job it names.
  const searched = whole.source === 'knowledge' || whole.source === 'unknown';
  const usable = (a: FollowUpAnswer) =>
    a.source !== 'unknown' && a.source !== 'case.job_variant' && (a.source !== 'knowledge' || searched);
  const each = parts.map((question) => ({ question, a: answerFollowUp({ ...input, question }, deps) }));
  const known = each.filter((e) => usable(e.a)).map((e) => e.a);
  if (known.length === 0 && whole.source === 'unknown') return whole;
  const answers: FollowUpAnswer[] = whole.source === 'unknown' ? [] : [whole];
  for (const a of known) if (!answers.some((b) => b.text.includes(a.text))) answers.push(a);
  const covered = (a: FollowUpAnswer) => answers.some((b) => b.text.includes(a.text));
  const left = each.filter((e) => !usable(e.a) && !covered(e.a)).map((e) => e.question.replace(/[?!.\s]+$/, ''));
  const t = input.lang === 'de' ? conversationDe : conversationEn;
  const open = left.map((question) => t.followUpLeft.replace('{question}', question));
  const citations = [...new Map(answers.flatMap((a) => a.citations).map((c) => [c.entryId, c])).values()];
  const first = answers[0] ?? whole;
  return { source: first.source, text: [...answers.map((a) => a.text), ...open].join('\n\n'), citations };
}

/** What the follow-up answerer needs of the graph's dependencies. */
const answererDeps = (deps: GraphDeps) => ({
  assess: deps.assess,
  search: deps.search,
  citation: (id: string, date: string, lang: State['lang']) => deps.citation?.(id, date, lang),
});

const ui = (state: State) => (state.lang === 'de' ? conversationDe : conversationEn);

/** Whether the pending question is answered yes or no: the consent, a change to confirm, a yes/no fact. */
export const asksYesNo = (pending: PendingQuestion | null): boolean =>
  pending !== null &&
  pending.factKey !== ACTION_KEY &&
  (pending.factKey === CONSENT_KEY ||
    pending.factKey === CONFIRM_KEY ||
    pending.options.some((o) => o.value === 'true' || o.value === 'yes'));

/**
 * The answer to the questions of a message that also gave facts (`decideThenAnswer`), on the case as it
 * stands after them. Nothing when the message's question is answered anyway: "I don't know" before the
 * verdict, and, with a verdict given in this very turn, what the verdict itself says (only an explanation
 * from the knowledge base or glossary is added then).
 */
export function answerAlongside(
  deps: GraphDeps,
  state: State,
  assessment: Assessment | null,
  afterVerdict: boolean,
): OutMessage[] {
  const question = questionsOf(state.input?.text ?? '');
  if (question === '') return [];
  const found = answerEach(
    { question, lang: state.lang, lawAsOf: state.lawAsOf, facts: state.facts, unknown: state.unknown, assessment },
    answererDeps(deps),
  );
  // "Darf er morgen anfangen?" before the verdict: answered at once on the facts so far, then the questions go on.
  const early =
    !assessment && (found.source === 'unknown' || found.source === 'case.pending')
      ? provisionalStart(deps, {
          question,
          lang: state.lang,
          lawAsOf: state.lawAsOf,
          facts: state.facts,
          unknown: state.unknown,
          assessment,
        })
      : undefined;
  // "Spielt das eine Rolle?" while facts are still open: the case will answer it, said so before the next question.
  const reply: FollowUpAnswer =
    early ??
    (!assessment && found.source === 'unknown'
      ? { source: 'case.pending', text: sayFollowUp(state.lang)('pending.depends'), citations: [] }
      : found);
  const wanted = afterVerdict || !assessment || reply.source === 'knowledge' || reply.source === 'glossary';
  if (!wanted) return [];
  const citations = reply.citations.length > 0 ? { citations: reply.citations } : {};
  const unanswered = reply.source === 'unknown' ? { unanswered: true as const } : {};
  const options = assessment ? { options: actionOptions(state.lang) } : {};
  return [{ role: 'bot', text: reply.text, ...citations, ...unanswered, ...options }];
}

/** Whether `question` asks what a word of the glossary means (see `explainThenDecide`). */
export const explains = (question: string, lang: State['lang']): boolean =>
  question !== '' &&
  glossaryAnswer({ question, lang, lawAsOf: '', facts: {}, unknown: [], assessment: null }) !== undefined;

/**
 * A message that gives facts and asks what a word means ("Was ist eine Erstaufnahmeeinrichtung? Er wohnt
 * in einer WG."): the explanation comes first, then the case goes on (`decide` asks or answers).
 */
export function explainFirst(state: State): Update {
  const question = questionsOf(state.input?.text ?? '');
  const reply = glossaryAnswer({
    question,
    lang: state.lang,
    lawAsOf: state.lawAsOf,
    facts: {},
    unknown: [],
    assessment: null,
  });
  return reply ? { outbox: [...state.outbox, { role: 'bot', text: reply.text }] } : {};
}

/**
 * "Darf er morgen anfangen?", "can she start on Monday?" before the facts are complete (review S6-14/S5-13): an urgent
 * question does not wait behind the fact questions. The rules answer it on what was said so far, each fact still
 * missing read at its cautious reading (as when the question budget is spent), and the answer says that it is
 * provisional and which facts are still open; then the next question comes. Only the start is answered so: the
 * verdict itself ("darf ich ihn einstellen?") comes with the facts.
 */
function provisionalStart(deps: GraphDeps, input: FollowUpInput): FollowUpAnswer | undefined {
  const unknown = [...input.unknown];
  const open = deps.assess(input.facts, input.lawAsOf, unknown, input.lang).missingFacts as FactKey[];
  if (open.length === 0) return undefined;
  const cautious = deps.assess(input.facts, input.lawAsOf, [...new Set([...unknown, ...open])], input.lang);
  const found = answerFollowUp({ ...input, assessment: cautious }, answererDeps(deps));
  if (found.source !== 'case.start') return undefined;
  const t = input.lang === 'de' ? conversationDe : conversationEn;
  const facts = open.map((key) => factLabel(key, input.lang)).join(' · ');
  const text = `${t.provisionalStart.replace('{answer}', found.text)}\n\n${t.provisionalOpen.replace('{facts}', facts)}`;
  return { source: 'case.start', text, citations: found.citations };
}
