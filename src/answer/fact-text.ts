import type { CaseFacts } from '../domain/facts.js';
import { FACT_KEYS } from '../domain/facts.js';
import { describeFact, factLabel } from '../i18n/fact-labels.js';

type Lang = 'de' | 'en';

/** The short name of a fact ("Staatsangehörigkeit"), shared with the understood line and the case card. */
export const factName = (key: string, lang: Lang): string => factLabel(key, lang);

/** A fact and its value in plain words ("Tunesien", "Duldung seit 09/2025", "Einreise 2021 (Monat?)"). */
export const factText = (key: string, value: unknown, lang: Lang): string => describeFact(key, value, lang);

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
