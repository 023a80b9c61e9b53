import type { Assessment } from '../domain/assessment.js';
import { type CaseFacts, DATE_FACT_KEYS, type FactKey } from '../domain/facts.js';
import { describeFact, factLabel } from '../i18n/fact-labels.js';
import { fold } from '../nlu/normalize.js';
import { sentencesOf } from '../nlu/sentences.js';
import { factValue, patchOf } from './fact-values.js';
import { mergeFacts, patchKeys } from './merge-facts.js';
import { understoodChanges } from './understood.js';

/**
 * After the verdict, free text changes a fact only when it states one ("sie ist übrigens seit 2019
 * hier"). A question about a route, a status or a consequence ("Kann er über die Beschäftigungsduldung
 * bleiben?", "what about the permit for qualified tolerated people?", "Verliert er dann seine
 * Duldung?") names facts it does not state: its sentences are answered, never read as the case.
 */
const QUESTION_START =
  /^(?:und |and |aber |but |also |so |ok |okay )?(?:wie|was|wann|warum|wieso|weshalb|wer|wo|woher|welche\w*|wozu|womit|wodurch|kann|koennen|koennte|koennten|darf|duerfen|muss|muessen|soll|sollte|wird|wuerde|gibt es|gilt|verliert|braucht|brauche|brauchen|reicht|what|how|when|why|who|where|which|can|could|may|might|must|should|would|will|what's|whats|how's|(?:is|are|do|does|did)(?!n't| not))\b/;
/** "Was wäre, wenn …", "und wenn er …", "what if …": a hypothesis, not the case. */
const HYPOTHESIS = /^(?:und |and )?(?:wenn|falls|angenommen|what if|if|suppose|assuming)\b/;

/**
 * "Soll als Reinigungskraft 20h anfangen.", "Kann sofort anfangen.", "Muss noch in der Erstaufnahme wohnen." (review
 * S7-8): a German verb-first sentence without a question mark whose verb has no subject after it leaves out "er/sie"
 * and states; with a subject ("kann er morgen anfangen", "gilt das auch …") it asks, typed without its "?".
 */
const ELLIPTIC_STATEMENT =
  /^(?:kann|koennte|darf|duerfte|muss|soll|sollte|wird|wuerde|braucht|brauchen|reicht|gilt)\s+(?!(?:er|sie|es|ich|wir|ihr|man|der|die|das|den|dem|des|ein|eine|einen|einem|einer|unser\w*|mein\w*|dein\w*|sein\w*|ihr\w*|jemand|diese\w*|jede\w*|person|bewerber\w*|kandidat\w*|mitarbeiter\w*|azubi\w*)\b)\w/;

const states = (raw: string) => {
  // Folded: "Können wir ihn …" starts like "koennen" (umlauts spelled out).
  const s = fold(raw).trim();
  if (s === '' || /\?\s*$/.test(s)) return false;
  if (ELLIPTIC_STATEMENT.test(s) && !/\bwas\b|\bwie\b/.test(s)) return true;
  return !QUESTION_START.test(s) && !HYPOTHESIS.test(s);
};

/** The sentences of a message that state something; interrogative and hypothetical ones are dropped. */
export function statementsOf(text: string): string {
  return sentencesOf(text).filter(states).join(' ').trim();
}

/** The message without its hypothetical sentences ("und wenn die Gestattung … sagt?", "what if …"). */
export function withoutHypotheses(text: string): string {
  return sentencesOf(text)
    .filter((raw) => !HYPOTHESIS.test(fold(raw).trim()))
    .join(' ')
    .trim();
}

/** Each sentence of a message that asks (or supposes) something, one by one. */
export function questionSentences(text: string): string[] {
  return sentencesOf(text)
    .filter((raw) => raw.trim() !== '' && !states(raw))
    .map((raw) => raw.trim());
}

/** The sentences of a message that ask (or suppose) something: what `statementsOf` drops. */
export function questionsOf(text: string): string {
  return sentencesOf(text)
    .filter((raw) => raw.trim() !== '' && !states(raw))
    .join(' ')
    .trim();
}

/**
 * What the verdict tells the employer to do or not to do: the outcome, the BA consent, the earliest
 * start, and for an ending the event, the employer's duties (with their deadlines in days) and the day a
 * notice is due. A change to any of them is confirmed before it is taken: a correction that silently turned
 * a Beschäftigungsduldung into a plain Duldung removed the § 60d Abs. 3 S. 3 notice due in two days while
 * outcome, consent and start stayed the same (review S4-1).
 */
export const verdictOf = (a: Assessment) =>
  [
    a.outcome,
    a.baConsent,
    a.earliestStart ?? '',
    a.event ?? '',
    a.employerDuties
      .map((d) => `${d.id}:${d.deadlineDays ?? ''}`)
      .sort()
      .join(','),
    (a.caseDates ?? [])
      .filter((d) => d.kind === 'notice_deadline' || d.kind === 'notice_overdue')
      .map((d) => `${d.id}:${d.kind}:${d.date}`)
      .sort()
      .join(','),
  ].join('|');

/** Whether a change of facts the employer stated after the verdict would change that verdict. */
export function flipsVerdict(before: Assessment, after: Assessment): boolean {
  return verdictOf(before) !== verdictOf(after);
}

const valueAt = (facts: CaseFacts, key: string): unknown =>
  key.startsWith('job.')
    ? (facts.job as Record<string, unknown> | undefined)?.[key.slice(4)]
    : (facts as Record<string, unknown>)[key];

/** The keys of `patch` that would replace a value the case already holds. */
export function changedKeys(known: CaseFacts, patch: CaseFacts): string[] {
  return patchKeys(patch).filter((key) => {
    const before = valueAt(known, key);
    return before !== undefined && before !== valueAt(patch, key);
  });
}

/**
 * While facts are collected a question may still add what it says ("Kann ich einen Syrer einstellen?"),
 * but a question never changes a fact already given: a change is taken only from the message's
 * statements (`stated`, the reading of `statementsOf`). "Wie alt ist Angela Merkel?" leaves Syria as it is.
 */
export function withoutChangesByQuestions(known: CaseFacts, whole: CaseFacts, stated: CaseFacts): CaseFacts {
  const changed = new Set(changedKeys(known, whole));
  if (changed.size === 0) return whole;
  const statedChanges = new Set(changedKeys(known, stated));
  const out: Record<string, unknown> = {};
  const job: Record<string, unknown> = {};
  for (const key of patchKeys(whole)) {
    const fromStatement = statedChanges.has(key);
    if (changed.has(key) && !fromStatement) continue;
    const value = valueAt(fromStatement ? stated : whole, key);
    if (key.startsWith('job.')) job[key.slice(4)] = value;
    else out[key] = value;
  }
  if (Object.keys(job).length > 0) out.job = job;
  return out as CaseFacts;
}

/** One part of a proposed change as the employer sees it, with the facts it sets. */
export interface ChangePart {
  keys: string[];
  text: string;
}

/**
 * The parts of a proposed change, in the order of the "Verstanden" line: one a fact, except the asylum
 * application, its date and its outcome, which are one part ("Asylantrag 2024, abgelehnt": an outcome without
 * the application would say nothing).
 */
export function changeParts(known: CaseFacts, patch: CaseFacts, lang: 'de' | 'en'): ChangePart[] {
  const parts: ChangePart[] = [];
  for (const item of understoodChanges(known, mergeFacts(known, patch), lang)) {
    const asylum = item.factKey.startsWith('asylum') ? parts.find((p) => p.keys[0]?.startsWith('asylum')) : undefined;
    if (asylum) {
      asylum.keys.push(item.factKey);
      asylum.text = `${asylum.text}, ${item.text}`;
    } else parts.push({ keys: [item.factKey], text: item.text });
  }
  return parts;
}

/** The facts of `proposal` named by `keys`: the part of a change the employer took. */
export function partOf(proposal: CaseFacts, keys: readonly string[]): CaseFacts {
  return keys
    .filter((key) => factValue(proposal, key) !== undefined)
    .reduce<CaseFacts>((part, key) => mergeFacts(part, patchOf(key as FactKey, factValue(proposal, key))), {});
}

/** "nur", "only": the reply accepts a part of the proposed change. */
const ONLY = /(?:^|[^\p{L}])(?:nur|lediglich|bloss|only|just)(?![\p{L}])/u;
/** "alles außer dem Datum", "everything except the date": the reply takes all parts but the ones it names. */
const EXCEPT = /(?:^|[^\p{L}])(?:ausser|bis auf|except|apart from|but not|aber nicht)(?![\p{L}])/u;
/** A yes beside a named part: "das Datum ja", "the date is right". */
const YES_WORD = /(?:^|[^\p{L}])(?:ja|yes|ok|okay|passt|stimmt|richtig|korrekt|correct|right)(?![\p{L}])/u;
/** Words for "the date" of a proposed change, in either language (employers mix them). */
const DATE_WORDS = /(?:^|[^\p{L}])(?:datum|daten|tag|date|dates|day)(?![\p{L}])/u;
/** "nur 1", "only the first one": a part by its number in the question. */
const ORDINALS: readonly RegExp[] = [
  /(?:^|[^\p{L}\d.])(?:1|erste\w*|first)(?![\p{L}\d.])/u,
  /(?:^|[^\p{L}\d.])(?:2|zweite\w*|second)(?![\p{L}\d.])/u,
  /(?:^|[^\p{L}\d.])(?:3|dritte\w*|third)(?![\p{L}\d.])/u,
  /(?:^|[^\p{L}\d.])(?:4|vierte\w*|fourth)(?![\p{L}\d.])/u,
];
const DATE_KEYS: ReadonlySet<string> = new Set<string>([...DATE_FACT_KEYS, 'eventKnownOn']);

const escaped = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const saysWords = (text: string, words: string) =>
  words !== '' && new RegExp(`(?:^|[^\\p{L}])${escaped(words)}(?![\\p{L}])`, 'u').test(text);

/** Whether `text` names the part: by a date word (its dates), the fact's name ("Einreise") or its new value ("Duldung"). */
function names(text: string, part: ChangePart, proposal: CaseFacts): boolean {
  return part.keys.some(
    (key) =>
      (DATE_KEYS.has(key) && DATE_WORDS.test(text)) ||
      (['de', 'en'] as const).some((lang) => {
        const label = fold(factLabel(key, lang));
        const now = fold(describeFact(key, factValue(proposal, key), lang, { partial: 'plain' }));
        return (label !== key.toLowerCase() && saysWords(text, label)) || saysWords(text, now);
      }),
  );
}

/**
 * The part of a proposed change ("Soll ich das ändern? 1. Duldung statt Beschäftigungsduldung 2. davon erfahren am
 * 02.12.2026 statt 04.12.2026") that a reply accepts: "nur das Datum, es bleibt die Ausbildung", "Ja, nur die
 * Duldung", "nur 1", "only the first one", "alles außer dem Datum", "everything except the date". A part is named
 * by a date word (the dates of the change), the fact's name ("Gültigkeit", "Einreise"), its new value or its number
 * in the question (`parts`, in the question's order). Undefined when the reply names no part after "nur"/"only" or
 * "außer"/"except": then it is a yes, a no or unclear as before (review S4-2).
 */
export function acceptedPart(reply: string, proposal: CaseFacts, parts?: readonly ChangePart[]): CaseFacts | undefined {
  const text = fold(reply);
  const all = parts ?? patchKeys(proposal).map((key) => ({ keys: [key], text: '' }));
  // "das Datum ja, die Duldung nicht": a part named beside a yes is taken like one named after "nur".
  const only = ONLY.test(text) || YES_WORD.test(text);
  const except = EXCEPT.exec(text);
  if (!only && !except) return undefined;
  // "alles außer dem Datum": the parts named after "außer" are left out. "only 1, not the date", "das Datum nicht,
  // nur die Duldung": a clause with a "not" names what is not taken.
  const scope = except
    ? text.slice(except.index)
    : text
        .split(/[,;.]/)
        .filter((clause) => !/(?:^|[^\p{L}])(?:nicht|not|kein\w*|no|nein)(?![\p{L}])/u.test(clause))
        .join(',');
  let named = all.filter((part) => names(scope, part, proposal));
  if (named.length === 0 && parts) named = parts.filter((_, i) => ORDINALS[i]?.test(scope));
  if (named.length === 0) return undefined;
  const taken = except ? all.filter((part) => !named.includes(part)) : named;
  if (taken.length === 0) return undefined;
  return partOf(
    proposal,
    taken.flatMap((part) => part.keys),
  );
}

/**
 * Whether a statement only says again what the case holds ("die Kündigung war übrigens am 30.11." when the
 * 30.11. is known): nothing to change, nothing to confirm, and no reason to send the verdict again.
 */
export function restatesKnown(known: CaseFacts, patch: CaseFacts): boolean {
  const keys = patchKeys(patch);
  return keys.length > 0 && keys.every((key) => Object.is(factValue(known, key), factValue(patch, key)));
}

/** "Korrektur:", "ich meinte", "hab mich vertippt", "sorry, I meant", "typo": the employer says the message corrects the case. */
const CORRECTION =
  /\b(?:korrektur\w*|korrigier\w*|berichtig\w*|ich meinte|meinte ich|meinte eigentlich|gemeint war|vertippt|verschrieben|tippfehler|verwechselt|vertan|geirrt|mein fehler|war falsch|correction|correcting|i meant|i mean|meant to say|typo|mistyped|misspelled|mix(?:ed)? (?:\w+ )?up|my (?:mistake|bad)|got (?:that|it) wrong|was wrong)\b/;
/** Words that set an old value aside: "nicht Albanien", "statt 2023", "not 2023", "instead of Albania". */
const SET_ASIDE = '(?:nicht|kein\\w*|statt|anstatt|anstelle von|not|instead of|rather than|no longer)';

/** How the employer would write a value of `key`: "albanien" / "albania", the year "2023". */
function spellings(key: string, value: unknown): string[] {
  if (typeof value === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(value)) return [value.slice(0, 4)];
  return (['de', 'en'] as const)
    .map((lang) => fold(describeFact(key, value, lang, { partial: 'plain' })))
    .filter((s) => s !== '' && !s.includes(':'));
}

/**
 * Whether a statement after the verdict says itself that it corrects the case: a correction word ("Moment,
 * Korrektur: …", "sorry, I meant …") or every changed fact's old value set aside ("nicht Albanien, er kommt aus
 * Algerien", "not 2023 but 2019"). Asking back "Soll ich das ändern?" would only repeat what the employer just
 * said: the change is taken and shown with its old value ("Korrigiert: Algerien statt Albanien").
 */
export function saysCorrection(statement: string, known: CaseFacts, patch: CaseFacts): boolean {
  const text = fold(statement);
  if (CORRECTION.test(text)) return true;
  const changed = changedKeys(known, patch);
  return (
    changed.length > 0 &&
    changed.every((key) =>
      spellings(key, valueAt(known, key)).some((old) =>
        new RegExp(`(?:^|[^\\p{L}])${SET_ASIDE} (?:\\S+ ){0,2}${escaped(old)}(?![\\p{L}\\d])`, 'u').test(text),
      ),
    )
  );
}

/**
 * A request rather than a remark: "erklär mir das genauer", "Details", "show me the sources", "ich möchte wissen …".
 * It asks for an answer although it has no question mark.
 */
const REQUEST =
  /^(?:(?:bitte|please|kannst du|koennen sie|could you|can you) )?(?:erklaer\w*|zeig\w*|sag\w*|nenn\w*|gib|schick\w*|schreib\w*|list\w*|wiederhol\w*|fass\w*|details?|quellen|mehr|noch ?mal|explain\w*|show|tell|give|send|list|repeat|summari[sz]e|sources|more|again)\b|(?:moechte|will|wuerde gerne?|haette gerne?|wuesste gerne?) (?:\w+ )?wissen|(?:want|like|need) to know|\b(?:frage|question|bitte|please)\b/;

/**
 * After the verdict, whether a message only remarks on the case ("er ist wirklich zuverlässig", "she speaks good
 * German now"): no sentence asks, supposes or requests anything. When it also gives no fact, it is acknowledged
 * (the assessment stays) instead of being searched for as a question.
 */
export function onlyRemarks(text: string): boolean {
  const sentences = sentencesOf(text).filter((raw) => raw.trim() !== '');
  return sentences.length > 0 && sentences.every((raw) => states(raw) && !REQUEST.test(fold(raw).trim()));
}

/** Words of a plain acknowledgement ("ok", "alles klar, dann machen wir das so", "okay got it"). */
const ACK_WORDS = new Set([
  'ok',
  'okay',
  'okey',
  'oki',
  'okidoki',
  'allesklar',
  'verstanden',
  'verstehe',
  'aha',
  'achso',
  'gut',
  'prima',
  'super',
  'perfekt',
  'toll',
  'passt',
  'ordnung',
  'alright',
  'got',
  'understood',
  'fine',
  'great',
  'cool',
  'perfect',
  'noted',
  'good',
  'see',
  'clear',
  'sense',
  'notiert',
  'wunderbar',
  'schoen',
  'top',
]);
/** Words that may stand beside them without asking or stating anything. */
const ACK_FILLER = new Set([
  'in',
  'dann',
  'das',
  'so',
  'na',
  'machen',
  'wir',
  'es',
  'mal',
  'erstmal',
  'also',
  'sehr',
  'ach',
  'ah',
  'oh',
  'hm',
  'hmm',
  'zu',
  'wissen',
  'ich',
  'i',
  'it',
  'all',
  'right',
  'then',
  'that',
  'we',
  'will',
  'do',
  'well',
  'makes',
  'very',
  'to',
  'know',
  'thats',
  "that's",
  'is',
  'ist',
  'the',
  'plan',
  "we'll",
  'danke',
  'dank',
  'vielen',
  'schon',
  'thanks',
  'thank',
  'you',
  'erst',
  'einmal',
]);

/**
 * Whether a message only acknowledges what was said ("ok danke", "alles klar"): after the verdict it needs one line
 * back, neither an answer nor the verdict; to a question of fact it is no yes ("ok" to "Sind konkrete Schritte zur
 * Abschiebung bekannt?" said nothing about a removal). A plain yes word ("ja", "genau", "klar") is not in it.
 */
export function acknowledges(text: string): boolean {
  const words = fold(text)
    .replace(/\balles klar\b/g, 'allesklar')
    .replace(/[^\p{L}\d' ]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '');
  return words.some((w) => ACK_WORDS.has(w)) && words.every((w) => ACK_WORDS.has(w) || ACK_FILLER.has(w));
}

/** Endings of a job or training (§ 60c Abs. 5, § 60d Abs. 3 AufenthG): after them a job named is the next one. */
const ENDINGS: ReadonlySet<string> = new Set(['employment_ends_early', 'training_ends_early']);

/**
 * Words of a wish, plan or possibility, or of keeping the person on: "wir würden ihn gern als Helfer behalten",
 * "dann beschäftigen wir ihn weiter", "we'd like to keep him on", "he could stay on as a helper".
 */
const NEXT_JOB =
  /\b(?:wuerden?|moechten?|wollen|will|wollten|koennten?|koennen|kann|duerfen|darf|gerne?|weiter ?(?:arbeit|beschaeftig|mach|anstell)\w*|weiter (?:\w+ ){1,3}(?:arbeit|beschaeftig|anstell)\w*|behalten|uebernehm\w*|uebernommen|stattdessen|kuenftig|zukuenftig|ab jetzt|als naechstes|ueberleg\w*|plan\w*|would|'d like|want\w*|wanna|could|can|may|keep (?:him|her|them)|stay on|take (?:him|her|them) on|instead|from now on|going forward|next|afterwards|thinking)\b/;

/**
 * After an ending, the job a statement names as wished, planned or kept on ("können wir ihn als Helfer
 * weiterbeschäftigen", "we'd like to keep him on as a warehouse helper") is the next job, not a correction of the
 * one that ended: its `job` facts are left out (the statement is then answered as a follow-up question: a new job
 * needs a new permission). A correction of the ended job ("er war gar kein Azubi, er war Helfer") names no wish
 * and stays a change.
 */
export function withoutNextJob(known: CaseFacts, statement: string, patch: CaseFacts): CaseFacts {
  if (!known.event || !ENDINGS.has(known.event) || patch.job === undefined) return patch;
  if (!NEXT_JOB.test(fold(statement))) return patch;
  const { job: _next, ...rest } = patch;
  return rest;
}

/**
 * "ja, stimmt so", "genau so", "passt so" (review S7-11): a confirmation of what the bot just said back (a
 * "Korrigiert: …" line), not an answer to the yes/no question that follows it ("Hatte die Person am 11.06.2026 eine
 * Erlaubnis?"): that question is asked again with its buttons (precision first).
 */
const CONFIRMS_SAID =
  /^(?:(?:ja|jo|jup|ok|okay|genau|richtig)\s+)*(?:(?:das\s+)?(?:stimmt|ist richtig|ist korrekt|passt)\s+so|(?:genau|richtig|korrekt)\s+so|so\s+(?:stimmt|passt)\s+(?:es|das)|so\s+ist\s+(?:es|das)\s+richtig)(?:\s+(?:danke|jetzt|nun))*$/;

export function confirmsWhatWasSaid(text: string): boolean {
  const s = fold(text)
    .replace(/[^\p{L}\d ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return CONFIRMS_SAID.test(s);
}
