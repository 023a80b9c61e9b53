import type { FactKey } from '../domain/facts.js';
import { isNegated, spanOf } from './normalize.js';
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
  window?: number;
}

export function applyRules(doc: Doc, rules: readonly Rule[]): Finding[] {
  const found = new Map<FactKey, Finding>();
  for (const rule of rules) {
    if (found.has(rule.key)) continue;
    const m = rule.re.exec(doc.text);
    if (!m) continue;
    const sentence = spanOf(doc.sentences, m.index);
    const asked = rule.contextKeys?.includes(doc.ctx.pendingFactKey as FactKey) ?? false;
    if (rule.context && !asked && !rule.context.test(doc.text.slice(sentence.start, sentence.end))) continue;
    let value = rule.value;
    if (rule.neg && isNegated(doc.text, m.index, rule.window ?? 3)) {
      if (rule.neg === 'skip' || typeof value !== 'boolean') continue;
      value = !value;
    }
    found.set(rule.key, { key: rule.key, value, start: m.index, end: m.index + m[0].length });
  }
  return [...found.values()];
}
