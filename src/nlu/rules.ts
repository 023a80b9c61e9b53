import type { FactKey } from '../domain/facts.js';
import { isNegated, NEGATORS, spanOf } from './normalize.js';
import { aboutOtherPerson } from './other-person.js';
import type { Doc, FactValue, Finding } from './types.js';

/**
 * One row of a phrase table. Rows for the same key are tried in order; the first match wins.
 * `neg: 'flip'` turns a negated boolean match into its opposite ("nicht mehr in der EAE"),
 * `neg: 'skip'` ignores a negated match; `context` must also occur in the same sentence.
 */
export interface Rule {
  key: FactKey;
  value: FactValue;
  re: RegExp;
  /** `only`: the rule holds only where its words are negated ("Vorbestraft is der ned", "Abschiebung steht nicht im Raum"). */
  neg?: 'flip' | 'skip' | 'only';
  /**
   * A match in a clause told in the past ("used to live in a reception centre", "war mal in der LEA", "früher") is
   * no present state: `skip` reads nothing, `flip` reads the opposite (the state is over).
   */
  past?: 'flip' | 'skip';
  context?: RegExp;
  /** The context also holds when the bot asked one of these facts ("Antrag läuft noch" answering an asylum question). */
  contextKeys?: readonly FactKey[];
  /** The rule does not hold in a sentence that also says this ("war im Asylverfahren": no longer pending). */
  unless?: RegExp;
  window?: number;
  /** A negation in or after the match in its clause counts too ("ein Dublin-Verfahren gibt es bei ihm nicht"). */
  negAfter?: boolean;
}

/**
 * A negator after `at` in the same clause ("… gibt es bei ihm nicht", "… liegt nicht vor"). A bare topic put as a
 * question ("Dublin? Nö, gibt es bei ihr nicht.", "Vorstrafen? keine") is answered by the clause after it.
 */
function negatedAfter(doc: Doc, at: number): boolean {
  const clause = spanOf(doc.clauses, Math.max(0, at - 1));
  const rest = doc.text.slice(at, Math.max(at, clause.end));
  if ((rest.match(/[\p{L}']+/gu) ?? []).some(negates)) return true;
  const sentence = spanOf(doc.sentences, Math.max(0, at - 1));
  const topic = (doc.text.slice(sentence.start, sentence.end).match(/[\p{L}']+/gu) ?? []).length <= 3;
  if (!topic || !/^\W*$/.test(rest) || doc.text[sentence.end] !== '?') return false;
  const next = spanOf(doc.clauses, sentence.end + 2);
  const answer = doc.text.slice(next.start, next.end).match(/[\p{L}']+/gu) ?? [];
  return answer.some(negates) || /^(?:noe|nee|nope|nah)$/.test(answer[0] ?? '');
}

/**
 * A clause told in the past: the state it names is over (status.ts reads the status the same way). "has lived there
 * since 2023" and "seit" go on to now.
 */
const PAST_CLAUSE =
  /\b(?:frueher|vorher|zuvor|davor|ehemals|damals|used to|previously|formerly|before that|back then|at (?:that|the) time|war mal|was once|wohnte|lebte)\b|(?<!\b(?:has|have|'s|'ve) )\blived\b/;
const GOES_ON = /\b(?:since|seit|seitdem|still|noch)\b/;

/**
 * "Does a Dublin procedure change anything?", "Can asylum seekers even do an apprenticeship?": a question that names
 * no one and asks about people in general or about a consequence states nothing of the case (status.ts asks the
 * same of a status). "a deportation? none planned" is a topic answered, and the answer to the bot's question is read
 * whatever its form.
 */
const IN_GENERAL =
  /\b(?:ueberhaupt|grundsaetzlich|generell|allgemein|even|generally|in general|at all|leute|menschen|personen|jemand|people|persons|someone|anyone|asylum seekers|refugees)\b|\b(?:kann|darf|muss|koennte|duerfte) man\b|\b(?:change|changes|aendert|aendern) (?:\w+ )?(?:anything|something|was|etwas)\b|\bmake (?:a|any) difference\b|\b(?:a|ein) problem\b/;
export const PERSON_WORD =
  /^\W*(?:der|die|den|dem) (?:\w+ )?(?:wohnt|hat|ist|kommt|war|lebt|spricht|arbeitet|hatte|kam)\b|\b(?:er|sie|ihn|ihm|ihr|ihre\w*|seine[mnrs]?|he|she|him|her|his|hers|they|them|their|bewerber\w*|kandidat\w*|mitarbeiter\w*|azubi\w*|candidate|applicant|employee|apprentice|trainee|guy|mann|frau|woman|man|junge|girl|boy|lad)\b|\bsein\b(?!\s*(?:[?.!,;]|$))/;
function askedInGeneral(doc: Doc, at: number): boolean {
  if (doc.ctx.pendingFactKey) return false;
  const s = spanOf(doc.sentences, at);
  const asked = doc.text.slice(s.start, s.end);
  return doc.text[s.end] === '?' && !PERSON_WORD.test(asked) && IN_GENERAL.test(asked);
}

/** Negators that only stand after their noun: "Dublin-Verfahren läuft keins", "a deportation? none planned". */
const POST_NEGATORS = /^(?:keins|none|nein)$/;
function negates(word: string): boolean {
  return NEGATORS.test(word) || POST_NEGATORS.test(word);
}

const GLOBAL = new WeakMap<RegExp, RegExp>();
/** The first match that is about the candidate, not about someone else (other-person.ts). */
function firstAboutCandidate(doc: Doc, re: RegExp): RegExpExecArray | undefined {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  for (const m of doc.text.matchAll(g)) if (!aboutOtherPerson(doc, m.index)) return m as RegExpExecArray;
  return undefined;
}

export function applyRules(doc: Doc, rules: readonly Rule[]): Finding[] {
  const found = new Map<FactKey, Finding>();
  for (const rule of rules) {
    if (found.has(rule.key)) continue;
    const m = firstAboutCandidate(doc, rule.re);
    if (!m) continue;
    const sentence = spanOf(doc.sentences, m.index);
    const sentenceText = doc.text.slice(sentence.start, sentence.end);
    const asked = rule.contextKeys?.includes(doc.ctx.pendingFactKey as FactKey) ?? false;
    // The context may stand in the sentence before ("Asylantrag 01/2020. Abgelehnt 06/2022.").
    const previous = spanOf(doc.sentences, Math.max(0, sentence.start - 2));
    const around = doc.text.slice(previous.start, sentence.end);
    if (rule.context && !asked && !rule.context.test(around)) continue;
    if (rule.unless?.test(sentenceText)) continue;
    if (askedInGeneral(doc, m.index)) continue;
    let value = rule.value;
    const end = m.index + m[0].length;
    const inside = rule.negAfter === true && (m[0].match(/[\p{L}']+/gu) ?? []).some(negates);
    const after = rule.negAfter === true && negatedAfter(doc, end);
    const negated = isNegated(doc.text, m.index, rule.window ?? 3) || inside || after;
    if (rule.neg === 'only' && !negated) continue;
    if (rule.neg && rule.neg !== 'only' && negated) {
      if (rule.neg === 'skip' || typeof value !== 'boolean') continue;
      value = !value;
    }
    let past = false;
    if (rule.past) {
      const clause = spanOf(doc.clauses, m.index);
      const told = doc.text.slice(clause.start, clause.end);
      if (PAST_CLAUSE.test(told) && !GOES_ON.test(told)) {
        if (rule.past === 'skip' || typeof value !== 'boolean') continue;
        value = !value;
        past = true;
      }
    }
    found.set(rule.key, {
      key: rule.key,
      value,
      start: m.index,
      end: m.index + m[0].length,
      ...(past ? { past } : {}),
    });
  }
  return [...found.values()];
}
