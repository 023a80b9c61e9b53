import { DATE_FACT_KEYS, type FactKey } from '../domain/facts.js';
import { BOOLEAN_KEYS, DENY_RE, UNKNOWN_RE, YES_RE } from './answers.js';
import { parseIso } from './date-math.js';
import { answerPending, applyCorrection, looseNumbers, type Reading, refineKnownMonth } from './dialogue.js';
import { doubtSpans } from './doubt.js';
import { extractEvent } from './events.js';
import { extractFamily, familyBusiness } from './family.js';
import { correctTypos, nameWords } from './fuzzy.js';
import { DEFINITION_QUESTION, detectIntents, isQuestion } from './intents.js';
import { extractHoursAndWage, extractJobKind } from './job.js';
import { JOB_RULES } from './job-rules.js';
import { mentionedFacts } from './mentions.js';
import { factsOf } from './metrics.js';
import { extractNationality } from './nationality.js';
import { fold, maskSpans, spanOf, splitClauses, splitSegments, splitSentences } from './normalize.js';
import { contrastedStretches, otherPersonSpans, RECORD, withoutOtherPersons } from './other-person.js';
import { buildPatch } from './patch.js';
import { permitFromDates } from './permit-date.js';
import { extractPersonNumbers } from './person-numbers.js';
import { HEDGED_DENIAL, PERSON_RULES } from './person-rules.js';
import { PAST_PHASE, PROCEDURE_RULES } from './procedure-rules.js';
import { applyRules } from './rules.js';
import { extractStatus } from './status.js';
import { assignTimes } from './time-cues.js';
import { parseTimes } from './time-parse.js';
import type { Doc, Finding, Intent, NluContext, Understanding } from './types.js';
import { detectUnknown } from './unknown.js';
import { LEXICON } from './vocab.js';
import { clauseOnDocument, DOCUMENT_SAYS, extractWorkClause, ONE_ACTIVITY } from './work-clause.js';
import { leadsWithYesNo, readYesNo } from './yes-no.js';

function prepare(raw: string, ctx: NluContext): Doc {
  const { text, corrected } = correctTypos(fold(raw), LEXICON, nameWords(raw, LEXICON, fold));
  return {
    raw,
    text,
    corrected,
    clauses: splitClauses(text),
    segments: splitSegments(text),
    sentences: splitSentences(text),
    ctx,
  };
}

/** Findings whose text holds numbers that must not be read again as dates ("22 Jahre alt", "§ 60a", "30 Stunden"). */
function withNumbers(doc: Doc): Finding[] {
  return [...extractPersonNumbers(doc), ...extractHoursAndWage(doc), ...extractStatus(doc)];
}

function withoutNumbers(doc: Doc): Finding[] {
  const clause = extractWorkClause(doc);
  const procedure = applyRules(doc, PROCEDURE_RULES);
  const rejected = procedure.some((f) => f.key === 'asylumOutcome' && String(f.value).startsWith('rejected'));
  return [
    ...clause,
    ...extractNationality(doc),
    // The job named in the document's wording ("Beschäftigung als Koch bei … gestattet") is not the job offered.
    ...extractJobKind(doc, clause),
    ...procedure,
    ...extractEvent(doc, rejected),
    ...applyRules(doc, JOB_RULES),
    ...applyRules(doc, PERSON_RULES),
    ...extractFamily(doc),
  ];
}

/**
 * "Her brother is in a Dublin procedure, but she is not", "Der Vater ist vorbestraft, der Sohn nicht": the stretch said
 * of the other person, read alone, gives the yes/no facts the contrast denies for the candidate (flipped); a record
 * told there is the candidate's "none". Other values say nothing about the candidate.
 */
function ellipticDenials(doc: Doc): Finding[] {
  const out: Finding[] = [];
  for (const o of contrastedStretches(doc)) {
    const text = doc.text.slice(o.start, o.end);
    const masked = maskSpans(doc.text, [
      { start: 0, end: o.start },
      { start: o.end, end: doc.text.length },
    ]);
    const alone: Doc = { ...doc, text: masked };
    const said = [...applyRules(alone, PROCEDURE_RULES), ...applyRules(alone, PERSON_RULES)];
    // Not in a Dublin procedure says nothing about other removal measures.
    const dublin = said.some((f) => f.key === 'dublinProcedure');
    // A state the other person had in the past ("…, sondern ihr Mann war damals in der Erstaufnahme") is read as over
    // already; denied for the candidate, she was never in it: the value stands.
    for (const f of said)
      if (typeof f.value === 'boolean' && !(dublin && f.key === 'removalMeasuresPending'))
        out.push({ ...f, value: f.past ? f.value : !f.value });
    if (RECORD.test(text)) out.push({ key: 'criminalConvictions', value: 'none', start: o.start, end: o.end });
  }
  return out;
}

/**
 * A request for an explanation ("Was ist eine Duldung light?") names terms, not facts of the case: its
 * sentences are blanked (offsets kept); the rest of the message is read ("… Er wohnt in einer WG.").
 */
function withoutExplanationRequests(doc: Doc): { doc: Doc; explain: boolean; quoted: Finding[] } {
  const asks = doc.sentences.filter((s) => DEFINITION_QUESTION.test(doc.text.slice(s.start, s.end).trim()));
  if (asks.length === 0) return { doc, explain: false, quoted: [] };
  const text = maskSpans(doc.text, asks);
  // "Was bedeutet „Beschäftigung nur mit Erlaubnis …“? Das steht bei ihm drin.": the words asked about are on his paper.
  const quoted = ON_HIS_PAPER.test(doc.text)
    ? extractWorkClause(doc).filter((f) => asks.some((s) => f.start >= s.start && f.start < s.end))
    : [];
  return { doc: { ...doc, text }, explain: text.trim() === '' && quoted.length === 0, quoted };
}

/** The writer says the words asked about stand on the candidate's document. */
const ON_HIS_PAPER =
  /\b(?:das|so was|sowas|genau das) steht (?:\w+ ){0,2}(?:drin|drauf|bei (?:ihm|ihr)|in (?:seiner|ihrer|der)|auf (?:seiner|ihrer|der))\b|\bsteht (?:so )?(?:bei (?:ihm|ihr)|in (?:seiner|ihrer)|auf (?:seiner|ihrer)) \w+|\b(?:has|have|got) (?:that|this|it) (?:written )?(?:on|in) (?:his|her|their|the) (?:paper|papers|document|card|duldung|permit|id)\b|\b(?:his|her) (?:paper|papers|document|card|duldung|permit) says (?:that|this|so)\b/;

function read(whole: Doc, today: string): Reading {
  const day = parseIso(today);
  const { doc: asked, explain, quoted } = withoutExplanationRequests(whole);
  // "Was passiert, wenn ihr Asylantrag während der Ausbildung abgelehnt wird?", "falls er abgeschoben werden sollte",
  // "what happens if his claim is rejected": the condition's clause states nothing of the case (review S6-28); it is
  // blanked before reading, so that the facts stated elsewhere ("Asylverfahren läuft noch") are read.
  const conditions = conditionalSpans(asked);
  const doc = conditions.length > 0 ? { ...asked, text: maskSpans(asked.text, conditions) } : asked;
  const numeric = explain ? [] : withNumbers(doc);
  const masked = maskSpans(doc.text, numeric);
  // Another person's dates ("Wir beschäftigen schon einen Syrer mit Duldung seit 2022") are not offered to the binder:
  // bound there and dropped after, they would take the candidate's fact from the candidate's own date.
  const times = day && !explain ? parseTimes(maskSpans(masked, otherPersonSpans(doc)), day) : [];
  const assigned = day ? assignTimes(doc, times, day) : { found: [], orphans: [], undecided: false, spans: [] };
  const { found: permit, rest: orphans } = day
    ? permitFromDates(doc, assigned.orphans, day, assigned.spans)
    : { found: [], rest: assigned.orphans };
  const dated = assigned.found;
  const facts = new Map<FactKey, Finding>();
  const read = withinHedgedDenials(doc, [
    ...numeric,
    ...quoted,
    ...(explain ? [] : withoutNumbers(doc)),
    ...dated,
    ...permit,
  ]);
  // What the document says names the work clause, never the job offered (review S6-1).
  const onDocument = documentSpans(doc);
  for (const f of withoutOtherPersons(doc, read)) {
    if (f.key === 'job.kind' && onDocument.some((d) => f.start >= d.start && f.start < d.end)) continue;
    if (!facts.has(f.key)) facts.set(f.key, f);
  }
  if (!facts.has('workClause'))
    for (const d of onDocument)
      for (const f of clauseOnDocument(doc, d.start, d.end)) if (!facts.has(f.key)) facts.set(f.key, f);
  for (const f of ellipticDenials(doc)) if (!facts.has(f.key)) facts.set(f.key, f);
  // A clause that names this job names the job offered too ("Beschäftigung als Verkäuferin bei uns").
  if (facts.get('workClauseNamesThisJob')?.value === true && !facts.has('job.kind')) {
    const named = extractJobKind(doc)[0];
    if (named) facts.set('job.kind', named);
  }
  // A § 60b paper says "Erwerbstätigkeit nicht gestattet" (§ 60b Abs. 5 S. 2); one that allows work with a permission or
  // names a job is an ordinary Duldung, whatever else the message says of the identity (review S6-19).
  const clause = facts.get('workClause')?.value;
  const status = facts.get('status');
  if (
    status?.value === 'duldung_ungeklaerte_identitaet' &&
    clause &&
    clause !== 'erwerbstaetigkeit_nicht_gestattet' &&
    clause !== 'keine_angabe'
  )
    facts.set('status', { ...status, value: 'duldung' });
  const relation = facts.get('job.relation');
  if (relation && familyBusiness(doc, relation.value, facts.get('job.kind')?.value))
    facts.set('job.kind', { ...relation, key: 'job.kind', value: 'family_business' });
  // "He came in 2021 as a student, dropped out": a study abroad or at a university given up is history, no ending of a
  // training with this employer (review S6-7).
  const ending = facts.get('event');
  if (ending?.value === 'training_ends_early') {
    const sentence = spanOf(doc.sentences, ending.start);
    const told = doc.text.slice(sentence.start, sentence.end);
    if (STUDY.test(told) && !TRAINING_HERE.test(told)) facts.delete('event');
  }
  // The day the employer learned of an ending belongs to an ending, of this message or of the case so far
  // ("wir haben es am 2.12. erfahren"): without one it dates nothing.
  const event = facts.get('event')?.value ?? doc.ctx.facts?.event;
  if (event !== 'employment_ends_early' && event !== 'training_ends_early') facts.delete('eventKnownOn');
  // "Im Asylverfahren hatte er eine Arbeitserlaubnis, bis 2025" in a case whose application was rejected, or beside a
  // Duldung: the procedure is the time of the story, over; neither pending nor a Gestattung (review S7-2, S7-15).
  const decided =
    /^rejected|^withdrawn/.test(String(doc.ctx.facts?.asylumOutcome ?? '')) ||
    [doc.ctx.facts?.status, facts.get('status')?.value].some((s) => typeof s === 'string' && s.includes('duldung'));
  for (const key of ['asylumOutcome', 'status'] as const) {
    const f = facts.get(key);
    if (!f || !decided || (f.value !== 'pending' && f.value !== 'aufenthaltsgestattung')) continue;
    const s = spanOf(doc.sentences, f.start);
    if (PAST_PHASE.test(doc.text.slice(s.start, s.end)) && !/gestattung/.test(doc.text.slice(f.start, f.end)))
      facts.delete(key);
  }
  // An application date or an outcome says that an application was made.
  const said = facts.get('asylumAppliedOn') ?? facts.get('asylumOutcome');
  if (said && !facts.has('asylumApplied')) facts.set('asylumApplied', { ...said, key: 'asylumApplied', value: true });
  const numbers = looseNumbers(maskSpans(masked, times));
  // "eingereist 2021 oder 2022": the fact is named, its value is not known (the cautious reading is the rules').
  const unknown = detectUnknown(doc);
  const pending = doc.ctx.pendingFactKey;
  if (assigned.undecided && pending && DATE_FACT_KEYS.includes(pending as never) && !unknown.includes(pending))
    unknown.push(pending);
  // In free text ("She arrived in 2019 or 2020, I am not sure") the dialogue asks; only the answer to its question
  // is a "don't know".
  for (const f of [...facts.values()])
    if (f.unsure && f.key !== pending) {
      facts.delete(f.key);
      if (unknown.includes(f.key)) unknown.splice(unknown.indexOf(f.key), 1);
    } else if (f.either) {
      facts.delete(f.key);
      const i = unknown.indexOf(f.key);
      if (f.key === pending && i < 0) unknown.push(f.key);
      if (f.key !== pending && i >= 0) unknown.splice(i, 1);
    }
  return { doc, today: day, facts, dated, times, orphans, numbers, unknown };
}

/**
 * "Ich glaube nicht, dass er jemals einen Asylantrag gestellt hat", "I don't think she ever applied for asylum": the
 * hedge denies the clause it introduces. A yes/no fact read there is its opposite; any other value is dropped (the
 * dialogue asks), except a criminal record denied this way, which the rules read as none.
 */
const SUPPOSITION =
  /^(?=.*\b(?:what if|suppose|supposing|angenommen|was waere,? wenn|und wenn|was ist,? wenn)\b)(?=.*\b(?:were|waere|haette|had been|would be)\b)/;
const STUDY =
  /\b(?:student|studium|studied|studying|studiert\w*|studentin|university|universitaet|uni|college|hochschule|studienkolleg)\b/;
const TRAINING_HERE =
  /\b(?:bei uns|with us|for us|unser\w*|our|azubi\w*|auszubildend\w*|lehrling\w*|apprentice\w*|trainee\w*|ausbildung\w*|lehre|apprenticeship|training)\b/;

/** From the words that say "the document says" to the end of their segment. */
function documentSpans(doc: Doc): { start: number; end: number }[] {
  // Asked what the document says, "nur die Ausbildung" / "only the apprenticeship" is what it says.
  if (doc.ctx.pendingFactKey === 'workClause' && ONE_ACTIVITY.test(doc.text) && extractWorkClause(doc).length === 0)
    return [{ start: 0, end: doc.text.length }];
  // The segment only: "His Duldung says employment permitted, he would work as a cook with us" offers the job after it.
  return doc.segments.flatMap((s) => {
    const m = DOCUMENT_SAYS.exec(doc.text.slice(s.start, s.end));
    return m ? [{ start: s.start + m.index, end: s.end }] : [];
  });
}

const CONDITION = /\b(?:wenn|falls|sofern|if|in case|once|should)\b/g;
const WHAT_HAPPENS =
  /\b(?:was passiert|was geschieht|was ist|was waere|was machen wir|was muessen wir|was tun wir|und wenn|und falls|what happens|what would happen|what if|and if|what do we do|what should we do|what about)\W*$/;
const THEN_WHAT =
  /^\W*(?:was (?:dann|passiert dann|ist dann|machen wir dann|tun wir dann)|was passiert|was gilt|what (?:then|happens|now)|and then what|then what)\b/;
const FUTURE = /\b(?:wird|werden|wuerde\w*|sollte\w*|would|will|gets?|got|were|waere\w*|haette\w*)\b/;
function conditionalSpans(doc: Doc): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of doc.text.matchAll(CONDITION)) {
    const sentence = spanOf(doc.sentences, m.index);
    const clause = spanOf(doc.segments, m.index);
    const end = clause.end;
    const rest = doc.text.slice(m.index, end);
    const lead = doc.text.slice(Math.max(sentence.start, m.index - 40), m.index);
    const asked = /^\s*\?/.test(doc.text.slice(sentence.end, sentence.end + 2));
    // "Falls sie in die Erstaufnahme zurück muss, was dann?": the question after the condition asks the same.
    const then = asked && THEN_WHAT.test(doc.text.slice(end, sentence.end));
    if ((asked && WHAT_HAPPENS.test(lead)) || then || FUTURE.test(rest)) out.push({ start: m.index, end });
  }
  return out;
}

function withinHedgedDenials(doc: Doc, given: readonly Finding[]): Finding[] {
  let findings = withoutDoubts(doc, given);
  // "What if she were from Albania?", "Was wäre, wenn er 30 wäre?": a supposition states nothing of the case.
  const supposed = doc.sentences.filter((s) => SUPPOSITION.test(doc.text.slice(s.start, s.end)));
  findings = findings.filter((f) => !supposed.some((s) => f.start >= s.start && f.start < s.end));

  const hedges = doc.sentences.flatMap((s) => {
    const m = HEDGED_DENIAL.exec(doc.text.slice(s.start, s.end));
    return m ? [{ start: s.start + m.index, end: s.end }] : [];
  });
  if (hedges.length === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    if (!hedges.some((h) => f.start >= h.start && f.start < h.end) || f.value === 'none') out.push(f);
    else if (typeof f.value === 'boolean') out.push({ ...f, value: !f.value });
  }
  // "nie"/"never" inside the hedge already denies: "I don't think she ever applied" keeps the true from "applied".
  return out;
}

function withoutDoubts(doc: Doc, given: readonly Finding[]): Finding[] {
  const spans = doubtSpans(doc);
  if (spans.length === 0) return [...given];
  return given.filter((f) => !spans.some((d) => f.start >= d.start && f.start < d.end));
}

/** The specific kinds of Duldung; "Duldung" is also the everyday word for each of them. */
const SPECIFIC_DULDUNG = new Set(['ausbildungsduldung', 'beschaeftigungsduldung', 'duldung_ungeklaerte_identitaet']);
/** Words that say the document really changed ("nur noch eine normale Duldung", "no longer", "statt"). */
const STATUS_CHANGED =
  /\b(?:nur (?:noch )?(?:eine? )?(?:normale|einfache|gewoehnliche)|(?:keine|kein) \w*duldung mehr|nicht mehr|jetzt|inzwischen|mittlerweile|widerrufen|entzogen|verloren|statt|sondern|now|no longer|only (?:a )?(?:normal|plain|regular|simple)|instead|revoked|withdrawn|lost)\b/;

/**
 * "seine Duldung gilt bis März 2027" in a case that holds a Beschäftigungsduldung names that document by its
 * everyday word; it states no change of status (review S4-1). Only words of change replace the specific kind.
 */
function genericForKnown(text: string, said: unknown, known: unknown): boolean {
  return said === 'duldung' && typeof known === 'string' && SPECIFIC_DULDUNG.has(known) && !STATUS_CHANGED.test(text);
}

/** Deterministic reading of one free-text message: facts, "don't know"s and intents. Pure; `ctx.today` is the only clock. */
export function understand(raw: string, ctx: NluContext): Understanding {
  const doc = prepare(raw, ctx);
  const intents = new Set<Intent>(detectIntents(doc.text));
  const r = read(doc, ctx.today);
  const answered = answerPending(r, ctx.pendingFactKey);
  const datePending = (DATE_FACT_KEYS as readonly string[]).includes(ctx.pendingFactKey ?? '');
  if (!datePending && !r.facts.has(ctx.pendingFactKey as FactKey)) refineKnownMonth(r);
  if (applyCorrection(r, ctx.lastFactKeys ?? [], ctx.pendingFactKey, answered)) intents.add('correction');
  else if (ctx.expectsYesNo || (ctx.pendingFactKey && BOOLEAN_KEYS.includes(ctx.pendingFactKey))) {
    // The bot asked yes or no: negation decides ("Natürlich nicht" is no), a hedge is neither.
    const said = readYesNo(doc.text);
    if (said) intents.add(said === 'yes' ? 'affirm' : 'deny');
  } else if (!UNKNOWN_RE.test(doc.text)) {
    if (YES_RE.test(doc.text)) intents.add('affirm');
    else if (DENY_RE.test(doc.text)) intents.add('deny');
  }
  // "no clue, sometime in 2016", "weiß nicht genau, 2019": the date said is known; only its precision is not.
  const pending = ctx.pendingFactKey;
  const dated =
    pending !== undefined && (DATE_FACT_KEYS as readonly string[]).includes(pending) && r.facts.has(pending);
  // "keine Ahnung genau, irgendwann Mitte August" asked for the day of 08/2023: nothing more precise than known;
  // the employer cannot say more, so the fact is unknown at its finer precision (review S4-10), not asked again.
  const known = pending ? (ctx.facts as Record<string, unknown> | undefined)?.[pending] : undefined;
  const same = dated && known !== undefined && String(r.facts.get(pending as FactKey)?.value) === String(known);
  if (same && UNKNOWN_RE.test(doc.text)) {
    r.facts.delete(pending as FactKey);
    if (!r.unknown.includes(pending as FactKey)) r.unknown = [...r.unknown, pending as FactKey];
  } else if (dated) r.unknown = r.unknown.filter((k) => k !== pending);
  // "Eingereist 2019, wann genau weiß ich nicht": the same holds for a date said unasked.
  r.unknown = r.unknown.filter((k) => !((DATE_FACT_KEYS as readonly string[]).includes(k) && r.facts.has(k)));
  for (const k of r.unknown) r.facts.delete(k);
  const patch = buildPatch([...r.facts.values()]);
  if (genericForKnown(doc.text, patch.status, ctx.facts?.status)) delete patch.status;
  // "Es laufen keine Abschiebungsmaßnahmen." while the hand-off is offered: facts, not a no to the offer.
  if (ctx.expectsYesNo && Object.keys(patch).length > 0 && !leadsWithYesNo(doc.text)) {
    intents.delete('affirm');
    intents.delete('deny');
  }
  const carriesFacts = Object.keys(patch).length > 0 || r.unknown.length > 0;
  if (isQuestion(raw, doc.text, carriesFacts)) intents.add('question');
  const mentions = mentionedFacts(raw, [
    ...factsOf({ patch, unknown: [] }).map((f) => f.split('=')[0] as FactKey),
    ...r.unknown,
  ]);
  return {
    patch,
    unknown: [...r.unknown],
    intents: [...intents],
    ...(Object.keys(mentions).length > 0 ? { mentions } : {}),
  };
}
