import type { Lang } from '../conversation/questions.js';
import { type CaseFacts, FACT_KEYS, type FactKey } from '../domain/facts.js';
import { assessmentDe } from '../i18n/assessment.de.js';
import { assessmentEn } from '../i18n/assessment.en.js';
import { questionsDe } from '../i18n/questions.de.js';
import { questionsEn } from '../i18n/questions.en.js';
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

/** The label of a fact key in the given language, from the assessment catalogue. */
export const factLabel = (key: FactKey, lang: Lang) => (lang === 'de' ? assessmentDe : assessmentEn)[`fact.${key}`];

function formatValue(key: FactKey, value: unknown, lang: Lang): string {
  const t = adviserTexts(lang);
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (key === 'nationality' && typeof value === 'string' && value !== 'stateless')
    return new Intl.DisplayNames([lang], { type: 'region' }).of(value) ?? value;
  const options = (lang === 'de' ? questionsDe : questionsEn)[key as keyof typeof questionsDe]?.options as
    | Record<string, string>
    | undefined;
  return options?.[String(value)] ?? String(value);
}

/** The known facts as labelled lines, in the order of the contract, for the case card. */
export function factList(facts: CaseFacts, lang: Lang): FactLine[] {
  return FACT_KEYS.flatMap((key) => {
    const value = valueAt(facts, key);
    return value === undefined ? [] : [{ key, label: factLabel(key, lang), value: formatValue(key, value, lang) }];
  });
}
