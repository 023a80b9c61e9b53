import {
  acceptedPart,
  acknowledges,
  changedKeys,
  changeParts,
  confirmsWhatWasSaid,
  flipsVerdict,
  partOf,
  questionsOf,
  restatesKnown,
  saysCorrection,
  statementsOf,
  withoutChangesByQuestions,
  withoutHypotheses,
  withoutNextJob,
} from '../../conversation/after-verdict.js';
import { factValue, parseFactChoice, patchOf } from '../../conversation/fact-values.js';
import { mergeFacts, mergeUnknown, patchKeys, withTrainingEnding } from '../../conversation/merge-facts.js';
import { type OfferReply, offerReply, reopensOffer } from '../../conversation/offer-replies.js';
import { turnsToAnotherApplicant } from '../../conversation/other-case.js';
import { maskPersonalData } from '../../conversation/personal-data.js';
import {
  ACTION_KEY,
  actionOptions,
  CONFIRM_KEY,
  CONSENT_KEY,
  confirmQuestion,
  ONLY_PART,
  otherApplicantQuestion,
  type PendingQuestion,
} from '../../conversation/questions.js';
import { opensWithYesNo } from '../../conversation/replies.js';
import { factsText, understoodChanges } from '../../conversation/understood.js';
import type { FactKey } from '../../domain/facts.js';
import { conversationDe } from '../../i18n/conversation.de.js';
import { conversationEn } from '../../i18n/conversation.en.js';
import { factLabel } from '../../i18n/fact-labels.js';
import { followUpDe } from '../../i18n/followup.de.js';
import { followUpEn } from '../../i18n/followup.en.js';
import { assessmentOf } from '../assessed.js';
import type { GraphDeps, Understanding } from '../deps.js';
import type { State, Update } from '../state.js';
import { explains } from './follow-up.js';
import { restart } from './reply.js';

const MAX_FAILED = 3;

/** What the turn does after understanding the input (see `respond`). */
export type Next =
  | 'decide'
  | 'decideThenAnswer'
  | 'explainThenDecide'
  | 'followUp'
  | 'handoffConsent'
  | 'handoff'
  | 'reject'
  | 'restart'
  | 'wait';
export type Understood = Update & { next: Next };

const ui = (state: State) => (state.lang === 'de' ? conversationDe : conversationEn);

/**
 * Turns the employer's input (click or free text) into facts, unknowns and where to go next. The
 * choices it makes (what a reply means, when a change needs confirming) are the dialogue policy of
 * src/conversation; this node only reads and writes the state.
 */
export function understand(deps: GraphDeps) {
  const turn = reading(deps);
  // An adviser offer made outside the consent question holds for the next turn only.
  return async (state: State): Promise<Understood> => {
    const u: Understood = { offered: false, ...(await turn(state)) };
    // "Herrn Mohammed Rahimi, geb. 03.04.1998": said once that names are not needed (the transcript keeps neither).
    const text = state.input?.text;
    if (!text || state.privacyNoted || !maskPersonalData(text, state.lang).found) return u;
    const line = { role: 'bot' as const, text: ui(state).noNames };
    return { ...u, privacyNoted: true, outbox: [...(u.outbox ?? state.outbox), line] };
  };
}

function reading(deps: GraphDeps) {
  const turn = async (state: State): Promise<Understood> => {
    const input = state.input;
    if (!input) return { next: 'wait' };
    const t = ui(state);
    const read = (
      text: string,
      extra: { pendingFactKey?: FactKey; expectsYesNo?: boolean; lastFactKeys?: FactKey[] } = {},
    ) =>
      deps.understand(text, {
        lang: state.lang,
        today: input.today,
        facts: state.facts,
        lastFactKeys: state.lastFactKeys,
        ...extra,
      });

    if (input.choice) {
      const { factKey, value } = input.choice;
      if (factKey === ACTION_KEY)
        return value === 'restart'
          ? { next: 'restart' }
          : { next: 'handoffConsent', handoffTrigger: 'employer_choice' };
      if (factKey === CONSENT_KEY) return value === 'yes' ? { next: 'handoff' } : declined(state, t.handoffDeclined);
      if (factKey === CONFIRM_KEY) {
        // "Nur: davon erfahren am 02.12.2026 statt 04.12.2026": that part of the change, the rest stays.
        if (value.startsWith(ONLY_PART) && state.proposal)
          return {
            ...apply(state, partOf(state.proposal.patch, value.slice(ONLY_PART.length).split('+')), []),
            pending: null,
          };
        return value === 'yes' ? takeProposal(state) : keepFacts(state);
      }
      // Any fact may be set or corrected by a click at any time (contract v1.1), not only the one asked.
      const parsed = parseFactChoice(factKey, value);
      if (!parsed.ok) return { next: 'reject' };
      const { choice } = parsed;
      return 'unknown' in choice ? apply(state, {}, [choice.key]) : apply(state, patchOf(choice.key, choice.value), []);
    }

    const text = input.text ?? '';
    const pendingKey = state.pending?.factKey;
    if (state.offered && pendingKey !== CONSENT_KEY && pendingKey !== CONFIRM_KEY) {
      // "Ja gerne" / "Absolutely not" to "… Möchten Sie mit einer Beraterin sprechen?": the offer is answered,
      // a yes asks for the consent (never the same "I don't know" again), a no keeps the case where it was.
      const reply = await read(text, { expectsYesNo: true, lastFactKeys: [] });
      const plain = !carriesFacts(reply);
      // "we learned it on 2 December, not on friday" is a statement with a "not" in it, not a no to the offer.
      const no = reply.intents.includes('deny') && opensWithYesNo(text);
      if (plain && !reply.intents.includes('question')) {
        if (reply.intents.includes('affirm')) return { next: 'handoffConsent', handoffTrigger: 'request' };
        if (no) return offerDeclined(state, t.handoffDeclined);
      }
      // "nein danke, er hat übrigens am 2.12. gekündigt": the no is said back, and the facts are taken.
      if (!plain && no)
        return withNo(await turn({ ...state, offered: false }), [{ role: 'bot', text: t.handoffDeclined }]);
    }
    // "nur das Datum, es bleibt die Ausbildung" to "Soll ich das ändern: … · …?": that part is taken.
    const proposed = pendingKey === CONFIRM_KEY ? state.proposal?.patch : undefined;
    const part = proposed && acceptedPart(text, proposed, changeParts(state.facts, proposed, state.lang));
    if (part) return { ...apply(state, part, []), pending: null };
    if (pendingKey === CONSENT_KEY || pendingKey === CONFIRM_KEY) {
      // A hand-off needs an unambiguous yes: "Natürlich nicht" is no, "vielleicht" is asked again.
      // Read as a reply to this question, not as a correction of the facts given last ("nein danke. er ist 31").
      const reply = await read(text, { expectsYesNo: true, lastFactKeys: [] });
      const consent = pendingKey === CONSENT_KEY;
      // "vielleicht später", "was heißt das?", "kostet das was?", "hmm weiß nicht": neither a yes nor a no.
      const hesitant = consent ? offerReply(text) : undefined;
      if (hesitant) {
        const handled = await onOfferReply(state, text, hesitant, reply, turn);
        if (handled) return handled;
      }
      if (reply.intents.includes('affirm')) return consent ? { next: 'handoff' } : takeProposal(state);
      if (reply.intents.includes('deny')) {
        const no = consent ? declined(state, t.handoffDeclined) : keepFacts(state);
        if (carriesFacts(reply)) {
          // "nein danke. er ist übrigens 31 jahre alt": the no is taken (no offer again this turn), and the facts.
          const settled = consent
            ? { pending: null, handoffTrigger: null, offerDeclined: true }
            : { pending: null, proposal: null };
          const rest = await turn({ ...state, ...settled, failedAttempts: 0 });
          return { ...settled, ...withNo(rest, no.outbox ?? []) };
        }
        // "Lieber erstmal nicht. Wie lange dauert das?": the no is taken, then the question answered.
        return questionsOf(text) !== '' && state.status === 'answered' ? { ...no, next: 'followUp' } : no;
      }
      // "er hat es uns schon am mittwoch gesagt" while "davon erfahren am 02.12. statt 04.12.?" waits: the same
      // change said again is the employer's answer; it is taken.
      const proposed = state.proposal?.patch;
      const again =
        proposed !== undefined &&
        patchKeys(reply.patch).some((key) => changedKeys(state.facts, proposed).includes(key)) &&
        restatesKnown(mergeFacts(state.facts, proposed), reply.patch);
      if (!consent && again) return takeProposal(state);
      // "Wie lange dauert das?" / "was können wir tun?" instead of yes or no: answered, and the question is
      // asked again with its buttons (it stays pending), so the next "Natürlich nicht" or "ja bitte" answers it.
      const onlyAsks = !carriesFacts(reply);
      if (onlyAsks && reply.intents.includes('question')) return { next: 'followUp', failedAttempts: 0 };
      if (onlyAsks) return { next: 'reject' };
    }
    const asked = pendingKey && pendingKey !== CONSENT_KEY && pendingKey !== CONFIRM_KEY;
    // "ok danke" to "Sind konkrete Schritte zur Abschiebung bekannt?" is no yes: the question is asked again.
    if (
      asked &&
      state.pending?.options.some((o) => o.value === 'true') &&
      (acknowledges(text) || confirmsWhatWasSaid(text))
    )
      return { failedAttempts: state.failedAttempts + 1, next: 'reject' };
    const context = asked ? { pendingFactKey: pendingKey as FactKey } : {};
    const understood = await read(text, context);
    if (understood.intents.includes('handoff')) return { next: 'handoffConsent', handoffTrigger: 'request' };
    // "ok doch, mach mal" after "lieber nicht": the hand-off is wanted after all; the consent is asked again.
    if (
      state.status === 'answered' &&
      state.offerDeclined &&
      !state.pending &&
      reopensOffer(text) &&
      !carriesFacts(understood) &&
      questionsOf(text) === ''
    )
      return { next: 'handoffConsent', handoffTrigger: 'request' };
    // "Ok vergessen Sie den letzten Fall. Neuer Fall: Syrer mit Aufenthaltserlaubnis …": the new case keeps its facts.
    if (understood.intents.includes('restart'))
      return carriesFacts(understood)
        ? restartWith(state, understood.patch, understood.unknown, understood.mentions)
        : { next: 'restart' };
    // "Noch was anderes: unser anderer Bewerber ist aus Georgien …" (review S7-17): another person's facts are no
    // correction of this case; whether a new case begins is asked before anything changes.
    const caseOpen = patchKeys(state.facts).length > 0;
    if (caseOpen && turnsToAnotherApplicant(text) && changedKeys(state.facts, understood.patch).length > 0) {
      const question = otherApplicantQuestion(state.lang, factsText(understood.patch, state.lang));
      return {
        next: 'wait',
        pending: question,
        proposal: { patch: understood.patch, unknown: understood.unknown, newCase: true },
        failedAttempts: 0,
        outbox: [{ role: 'bot', text: question.text, options: question.options }],
      };
    }
    if (state.status === 'answered') return afterVerdict(deps, state, text, understood, read);
    // "er hat KEINEN Asylantrag gestellt" when the case says so: it is known, and the question waiting is asked
    // again as it was (no new try at it; a reply that gives the asked fact again is still its answer).
    if (
      state.pending &&
      understood.unknown.length === 0 &&
      !patchKeys(understood.patch).includes(state.pending.factKey as FactKey) &&
      restatesKnown(state.facts, understood.patch) &&
      questionsOf(text) === ''
    )
      return {
        next: 'wait',
        failedAttempts: 0,
        outbox: [
          { role: 'bot', text: t.alreadyKnown.replace('{facts}', factsText(understood.patch, state.lang)) },
          { role: 'bot', text: state.pending.text, options: state.pending.options },
        ],
      };
    const hasFacts = patchKeys(understood.patch).length > 0 || understood.unknown.length > 0;
    if (hasFacts) {
      const statement = statementsOf(text);
      // "Was ist eine Erstaufnahmeeinrichtung? Er wohnt in einer WG.": the word is explained, then the questions go on.
      // "…, abgelehnt. Spielt das eine Rolle?": the facts are taken and the question answered before the case goes on.
      const then = (u: Understood): Understood => {
        if (u.next !== 'decide' || statement === text) return u;
        if (explains(questionsOf(text), state.lang)) return { ...u, next: 'explainThenDecide' };
        return statement !== '' ? { ...u, next: 'decideThenAnswer' } : u;
      };
      if (statement === text)
        return then(apply(state, understood.patch, understood.unknown, understood.mentions, true));
      // The opening message may be a question that states the case ("Kann ich einen Syrer einstellen?"); a
      // hypothesis never does ("und wenn die Gestattung … sagt?"), and once the case has facts only the
      // statements of a message add to it ("could she do a 2 week internship first?" adds nothing).
      const opening = patchKeys(state.facts).length === 0 && state.unknown.length === 0;
      const source = opening ? withoutHypotheses(text) : statement;
      const taken = source === text ? understood : source === '' ? undefined : await read(source, context);
      if (taken) {
        const stated = statement === '' ? { patch: {} } : statement === source ? taken : await read(statement, context);
        const patch = withoutChangesByQuestions(state.facts, taken.patch, stated.patch);
        if (patchKeys(patch).length > 0 || taken.unknown.length > 0)
          return then(apply(state, patch, taken.unknown, taken.mentions, true));
      }
      // "Eine Duldung, reicht das?", "2019?": an unsure answer to the question asked is still its answer.
      const value = asked && withoutHypotheses(text) === text ? factValue(understood.patch, pendingKey) : undefined;
      if (value !== undefined)
        return then(apply(state, patchOf(pendingKey as FactKey, value), [], understood.mentions));
    }
    if (understood.intents.includes('question')) return { next: 'followUp', failedAttempts: 0 };
    const failedAttempts = state.failedAttempts + 1;
    if (failedAttempts >= MAX_FAILED)
      return { failedAttempts, next: 'handoffConsent', handoffTrigger: 'not_understood' };
    return { failedAttempts, next: 'reject' };
  };
  return turn;
}

const carriesFacts = (u: Understanding) => patchKeys(u.patch).length > 0 || u.unknown.length > 0;

/**
 * A reply to the hand-off consent that is neither yes nor no (review S5-9): "vielleicht später" declines for now,
 * kindly; a question about the offer ("kostet das was?", "muss das sein?") is answered and the consent asked again
 * with its buttons; "hmm weiß nicht" gets what the hand-off is and the question again, and a question about the
 * case beside it is answered (the consent stays pending). Undefined: the reply is read as before.
 */
async function onOfferReply(
  state: State,
  text: string,
  hesitant: OfferReply,
  reply: Understanding,
  turn: (state: State) => Promise<Understood>,
): Promise<Understood | undefined> {
  const t = ui(state);
  const pending = state.pending;
  // "ja, später gern" is a yes; only a question about the offer is answered before a yes is taken.
  if ((!pending || reply.intents.includes('affirm')) && hesitant.kind !== 'about') return undefined;
  const again = pending ? [{ role: 'bot' as const, text: pending.text, options: pending.options }] : [];
  if (hesitant.kind === 'later') {
    const later = declined(state, t.handoffLater);
    if (carriesFacts(reply)) {
      const settled = { pending: null, handoffTrigger: null, offerDeclined: true };
      const rest = await turn({ ...state, ...settled, failedAttempts: 0 });
      return { ...settled, ...withNo(rest, later.outbox ?? []) };
    }
    return questionsOf(text) !== '' && state.status === 'answered' ? { ...later, next: 'followUp' } : later;
  }
  if (carriesFacts(reply)) return undefined;
  if (hesitant.kind === 'unsure' && hesitant.asksElse) return { next: 'followUp', failedAttempts: 0 };
  const about = hesitant.kind === 'unsure' || hesitant.what;
  const cost = hesitant.kind === 'about' && hesitant.cost ? [followUps(state)['cost.adviser']] : [];
  const lead = hesitant.kind === 'unsure' || hesitant.unsure ? [t.handoffUnsure] : [];
  return {
    next: 'wait',
    failedAttempts: 0,
    outbox: [{ role: 'bot', text: [...lead, ...(about ? [t.handoffAbout] : []), ...cost].join(' ') }, ...again],
  };
}

const followUps = (state: State) => (state.lang === 'de' ? followUpDe : followUpEn);

/** The reply to a yes/no question said first, then what the rest of the message does. */
const withNo = (rest: Understood, no: Understood['outbox']): Understood => ({
  ...rest,
  outbox: [...(no ?? []), ...(rest.outbox ?? [])],
});

/**
 * After the verdict only the sentences that state something can change the case; a question goes to
 * the follow-up answer with the facts untouched. A change that would flip the verdict is confirmed first.
 */
async function afterVerdict(
  deps: GraphDeps,
  state: State,
  text: string,
  whole: Understanding,
  read: (text: string) => Promise<Understanding>,
): Promise<Understood> {
  const t = ui(state);
  const statement = statementsOf(text);
  const said = statement === '' ? undefined : statement === text ? whole : await read(statement);
  // "wir würden ihn gern als Helfer behalten" after the training ended: the next job, asked about, not a change.
  const stated = said && {
    ...said,
    patch: withTrainingEnding(state.facts, withoutNextJob(state.facts, statement, said.patch)),
  };
  const hasFacts = stated !== undefined && (patchKeys(stated.patch).length > 0 || stated.unknown.length > 0);
  if (stated && hasFacts && stated.unknown.length === 0 && restatesKnown(state.facts, stated.patch)) {
    // Said again: one line that it is noted and changes nothing; a question beside it is answered.
    if (questionsOf(text) !== '') return { next: 'followUp', failedAttempts: 0 };
    const said = t.alreadyKnownVerdict.replace('{facts}', factsText(stated.patch, state.lang));
    // The consent or a change to confirm still waits: it is asked again with its buttons.
    const waiting = state.pending;
    return {
      next: 'wait',
      failedAttempts: 0,
      outbox: waiting
        ? [
            { role: 'bot', text: said },
            { role: 'bot', text: waiting.text, options: waiting.options },
          ]
        : [{ role: 'bot', text: said, options: actionOptions(state.lang) }],
    };
  }
  if (stated && hasFacts) {
    const facts = mergeFacts(state.facts, stated.patch);
    const unknown = mergeUnknown(state.unknown, stated.unknown, patchKeys(stated.patch));
    const before = assessmentOf(state, deps.assess);
    const after = deps.assess(facts, state.lawAsOf, unknown, state.lang);
    // New facts plus a question ("Er hat übrigens eine Duldung. Ändert das etwas?"): the verdict, then the answer.
    const taken = (): Understood => {
      const u = apply(state, stated.patch, stated.unknown, stated.mentions, true);
      return questionsOf(text) !== '' ? { ...u, next: 'decideThenAnswer' } : u;
    };
    // Only a change of a fact the case holds is confirmed; a fact not known before (the status given after
    // a provisional verdict) is taken, whatever it does to the verdict.
    if (!before || changedKeys(state.facts, stated.patch).length === 0 || !flipsVerdict(before, after)) return taken();
    // "Moment, Korrektur: nicht Albanien, er kommt aus Algerien": the employer said it is a change; asking back
    // would repeat it. The "Korrigiert: … statt …" line shows the old value.
    if (saysCorrection(statement, state.facts, stated.patch)) return taken();
    const question: PendingQuestion = confirmQuestion(state.lang, changeParts(state.facts, stated.patch, state.lang));
    return {
      next: 'wait',
      pending: question,
      proposal: { patch: stated.patch, unknown: stated.unknown },
      failedAttempts: 0,
      outbox: [{ role: 'bot', text: question.text, options: question.options }],
    };
  }
  // "nein danke. kriegt er dann ne ausbildungsduldung? wann sollen wir das beantragen …": a question beside the
  // thanks is asked even when the reader saw facts in it and no question intent (review S5-8).
  const asks = whole.intents.includes('question') || questionsOf(text) !== '';
  // "nein", "danke" after an answer closes the topic; searching the knowledge base for it would invent a reply.
  if (!asks && whole.intents.some((i) => i === 'deny' || i === 'thanks'))
    return { next: 'wait', outbox: [{ role: 'bot', text: t.followUpAck, options: actionOptions(state.lang) }] };
  // "ok", "alles klar, dann machen wir das so": one line, not the verdict's reason again.
  if (!asks && acknowledges(text))
    return { next: 'wait', outbox: [{ role: 'bot', text: t.okAck, options: actionOptions(state.lang) }] };
  return { next: 'followUp', failedAttempts: 0 };
}

/** No hand-off: while facts are still collected the questions go on; after the verdict the bot waits. */
const declined = (state: State, text: string): Understood => ({
  next: state.status === 'collecting' ? 'decide' : 'wait',
  pending: null,
  handoffTrigger: null,
  offerDeclined: true,
  failedAttempts: 0,
  outbox: [{ role: 'bot', text }],
});

/** No to an adviser offered beside an answer: said so; a question still open is asked again with its buttons. */
function offerDeclined(state: State, text: string): Understood {
  const pending = state.pending;
  return {
    next: 'wait',
    failedAttempts: 0,
    outbox: pending
      ? [
          { role: 'bot', text },
          { role: 'bot', text: pending.text, options: pending.options },
        ]
      : [{ role: 'bot', text, options: actionOptions(state.lang) }],
  };
}

/** The employer confirmed the change the last statement would make: take it and decide again. */
function takeProposal(state: State): Understood {
  const proposal = state.proposal;
  if (!proposal) return { next: 'decide', pending: null };
  if (proposal.newCase) return { ...restartWith(state, proposal.patch, proposal.unknown), pending: null };
  return { ...apply(state, proposal.patch, proposal.unknown), pending: null };
}

/** The employer did not want the change: the case stays as it was (while collecting, its questions go on). */
function keepFacts(state: State): Understood {
  if (state.status === 'collecting')
    return { next: 'decide', pending: null, proposal: null, outbox: [{ role: 'bot', text: ui(state).changeKept }] };
  return {
    next: 'wait',
    pending: null,
    proposal: null,
    outbox: [{ role: 'bot', text: ui(state).changeKept, options: actionOptions(state.lang) }],
  };
}

/**
 * "weiß nicht" typed to a question (or a fact said to be unknown): one line that it is noted, so the employer sees
 * the answer was taken ("Notiert: Abschiebung – nicht bekannt."); the rules then read it cautiously.
 */
function notedUnknown(state: State, unknown: readonly FactKey[], answered: readonly string[]): Understood['outbox'] {
  const fresh = unknown.filter((key) => !state.unknown.includes(key) && !answered.includes(key));
  if (fresh.length === 0) return [];
  const labels = fresh.map((key) => factLabel(key, state.lang)).join(' · ');
  return [{ role: 'bot', text: ui(state).notedUnknown.replace('{facts}', labels) }];
}

function apply(
  state: State,
  patch: State['facts'],
  unknown: FactKey[],
  mentions: Understanding['mentions'] = {},
  typed = false,
): Understood {
  const taken = withTrainingEnding(state.facts, patch);
  const answered = patchKeys(taken);
  const facts = mergeFacts(state.facts, taken);
  const settled = new Set<string>([...answered, ...unknown]);
  const mentioned = Object.fromEntries(
    Object.entries({ ...state.mentioned, ...mentions }).filter(([key]) => !settled.has(key)),
  );
  return {
    facts,
    mentioned,
    understood: understoodChanges(state.facts, facts, state.lang),
    unknown: mergeUnknown(state.unknown, unknown, answered),
    lastFactKeys: answered.length > 0 ? answered : state.lastFactKeys,
    failedAttempts: 0,
    proposal: null,
    next: 'decide',
    ...(typed && unknown.length > 0
      ? { outbox: [...state.outbox, ...(notedUnknown(state, unknown, answered) ?? [])] }
      : {}),
  };
}

/** A new case begun with the facts of the message that begins it ("Neuer Fall: Syrer mit …"): cleared, then taken. */
function restartWith(
  state: State,
  patch: State['facts'],
  unknown: FactKey[],
  mentions: Understanding['mentions'] = {},
): Understood {
  const cleared = restart(state);
  const fresh = { ...state, ...cleared } as State;
  return { ...cleared, ...apply(fresh, patch, unknown, mentions, true), next: 'decide' };
}
