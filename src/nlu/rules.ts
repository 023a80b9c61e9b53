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
  neg?: 'flip' | 'skip';
  context?: RegExp;
  /** The context also holds when the bot asked one of these facts ("Antrag läuft noch" answering an asylum question). */
  contextKeys?: readonly FactKey[];
  /** The rule does not hold in a sentence that also says this ("war im Asylverfahren": no longer pending). */
  unless?: RegExp;
  window?: number;
  /** A negation in or after the match in its clause counts too ("ein Dublin-Verfahren gibt es bei ihm nicht"). */
  negAfter?: boolean;
}

/** A negator after `at` in the same clause ("… gibt es bei ihm nicht", "… liegt nicht vor"). */
function negatedAfter(doc: Doc, at: number): boolean {
  const clause = spanOf(doc.clauses, Math.max(0, at - 1));
  const rest = doc.text.slice(at, Math.max(at, clause.end));
  return (rest.match(/[\p{L}']+/gu) ?? []).some(negates);
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
    let value = rule.value;
    const end = m.index + m[0].length;
    const inside = rule.negAfter === true && (m[0].match(/[\p{L}']+/gu) ?? []).some(negates);
    const after = rule.negAfter === true && negatedAfter(doc, end);
    if (rule.neg && (isNegated(doc.text, m.index, rule.window ?? 3) || inside || after)) {
      if (rule.neg === 'skip' || typeof value !== 'boolean') continue;
      value = !value;
    }
    found.set(rule.key, { key: rule.key, value, start: m.index, end: m.index + m[0].length });
  }
  return [...found.values()];
}
