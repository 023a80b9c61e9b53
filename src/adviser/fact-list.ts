import type { Lang } from '../conversation/questions.js';
import { type CaseFacts, FACT_KEYS, type FactKey } from '../domain/facts.js';
import { describeFact, describeListValue, factLabel } from '../i18n/fact-labels.js';
import { adviserTexts } from './texts.js';

export interface FactLine {
  key: FactKey;
  label: string;
  value: string;
}

const valueAt = (facts: CaseFacts, key: FactKey): unknown => {
  const [head, tail] = key.split('.') as [string, string | undefined];
  const top = (facts as Record<string, unknown>)[head];
  return tail === undefined ? top : (top as Record<string, unknown> | undefined)?.[tail];
};

/**
 * The known facts as labelled lines, in the order of the contract, in the reader's language (not
 * the employer's): the same words the widget uses (src/i18n/fact-labels.ts).
 */
export function factList(facts: CaseFacts, lang: Lang): FactLine[] {
  return FACT_KEYS.flatMap((key) => {
    const value = valueAt(facts, key);
    return value === undefined
      ? []
      : [{ key, label: factLabel(key, lang), value: describeListValue(key, value, lang) }];
  });
}

/** What a queue line says about the case: status · nationality · activity · hours · language. */
const SUMMARY_KEYS = ['status', 'nationality', 'job.kind', 'job.hoursPerWeek'] as const satisfies readonly FactKey[];

export function caseSummary(facts: CaseFacts, caseLang: Lang, lang: Lang): string {
  const parts = SUMMARY_KEYS.flatMap((key) => {
    const value = valueAt(facts, key);
    return value === undefined || value === 'unknown' ? [] : [describeFact(key, value, lang)];
  });
  const t = adviserTexts(lang);
  return [...(parts.length ? parts : [t.noFacts.replace(/\.$/, '')]), t[`lang.${caseLang}`]].join(' · ');
}
