import type { CaseFacts, FactKey } from '../domain/facts.js';

/** Later answers win; `job` is merged field by field so "30 Stunden" does not erase the job kind. */
export function mergeFacts(facts: CaseFacts, patch: CaseFacts): CaseFacts {
  const merged: CaseFacts = { ...facts, ...patch };
  if (facts.job || patch.job) merged.job = { ...facts.job, ...patch.job };
  return merged;
}

/** Flat fact keys present in a patch (`job.kind`, `nationality`, …). */
export function patchKeys(patch: CaseFacts): FactKey[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'job' && value && typeof value === 'object') keys.push(...Object.keys(value).map((k) => `job.${k}`));
    else keys.push(key);
  }
  return keys as FactKey[];
}

/** Unknown facts stay unknown only until the employer gives a value after all. */
export function mergeUnknown(unknown: FactKey[], added: FactKey[], answered: FactKey[]): FactKey[] {
  const answeredSet = new Set(answered);
  return [...new Set([...unknown, ...added])].filter((key) => !answeredSet.has(key));
}

/** Past dates the rules compare with a cut-off; the NLU reads a year given alone ("seit 2022") as 1 January. */
export const YEAR_DATE_KEYS = ['entryDate', 'toleratedSince', 'asylumAppliedOn', 'identityClarifiedOn'] as const;
export type YearDateKey = (typeof YEAR_DATE_KEYS)[number];

export const isYearOnly = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-01-01$/.test(value);

/** The year of a date fact given only as a year, if it is one. */
export function yearOf(facts: CaseFacts, key: string): string | undefined {
  const value: unknown = (facts as Record<string, unknown>)[key];
  return isYearOnly(value) ? value.slice(0, 4) : undefined;
}

/**
 * The cautious reading of dates given only as a year: the last day of that year (not after today).
 * Every cut-off and period in the rules favours an earlier date (§ 104 Abs. 18, § 60a Abs. 6 AufenthG,
 * the four years of § 32 BeschV, the waiting periods), so the latest possible day never assumes the
 * favourable value silently.
 */
export function cautiousDates(facts: CaseFacts, keys: readonly YearDateKey[], lawAsOf: string): CaseFacts {
  const out: CaseFacts = { ...facts };
  for (const key of keys) {
    const value = facts[key];
    if (!isYearOnly(value)) continue;
    const end = `${value.slice(0, 4)}-12-31`;
    out[key] = end < lawAsOf ? end : lawAsOf;
  }
  return out;
}
