import type { CaseFacts } from '../domain/facts.js';
import { FACT_KEYS } from '../domain/facts.js';
import { formatDate } from '../domain/messages.js';
import { assessmentDe } from '../i18n/assessment.de.js';
import { assessmentEn } from '../i18n/assessment.en.js';
import { questionsDe } from '../i18n/questions.de.js';
import { questionsEn } from '../i18n/questions.en.js';

type Lang = 'de' | 'en';

/**
 * Plain words for a fact (interim: until the shared fact-label module of *understanding* lands,
 * names come from the assessment catalogue and values from the question options).
 */
export function factName(key: string, lang: Lang): string {
  const catalogue = (lang === 'de' ? assessmentDe : assessmentEn) as Readonly<Record<string, string>>;
  return catalogue[`fact.${key}`] ?? key;
}

export function factText(key: string, value: unknown, lang: Lang): string {
  const questions = (lang === 'de' ? questionsDe : questionsEn) as Readonly<
    Record<string, { options: Readonly<Record<string, string>> }>
  >;
  if (key === 'nationality' && typeof value === 'string' && /^[A-Z]{2}$/.test(value)) return countryName(value, lang);
  if (typeof value === 'boolean')
    return `${factName(key, lang)}: ${value ? (lang === 'de' ? 'ja' : 'yes') : lang === 'de' ? 'nein' : 'no'}`;
  if (typeof value === 'string') {
    const option = questions[key]?.options[value];
    if (option) return option;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${factName(key, lang)}: ${formatDate(value, lang)}`;
  }
  return `${factName(key, lang)}: ${String(value)}`;
}

export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The facts as flat key/value pairs in the contract's order (`job.kind`, not `job`). */
export function flatFacts(facts: CaseFacts): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const key of FACT_KEYS) {
    const value = key.startsWith('job.')
      ? (facts.job as Record<string, unknown> | undefined)?.[key.slice(4)]
      : (facts as Record<string, unknown>)[key];
    if (value !== undefined) out.push([key, value]);
  }
  return out;
}
