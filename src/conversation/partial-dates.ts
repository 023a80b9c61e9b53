import type { Assessment } from '../domain/assessment.js';
import { type CaseFacts, DATE_FACT_KEYS, type DateFactKey } from '../domain/facts.js';
import { firstDay, lastDay } from '../domain/partial-date.js';

/** Past date facts whose month the conversation may ask for when only the year was said. */
export const PAST_DATE_KEYS = ['entryDate', 'toleratedSince', 'asylumAppliedOn', 'identityClarifiedOn'] as const;
export type PastDateKey = (typeof PAST_DATE_KEYS)[number];

const isYear = (value: unknown): value is string => typeof value === 'string' && /^\d{4}$/.test(value);

/** The year of a date fact said only as a year ("seit 2022"), if it is one. */
export function yearOf(facts: CaseFacts, key: string): string | undefined {
  const value: unknown = (facts as Record<string, unknown>)[key];
  return isYear(value) ? value : undefined;
}

/** The facts with one date fact read at its first or its last possible day (not after `lawAsOf`). */
function readAt(facts: CaseFacts, key: PastDateKey, end: 'first' | 'last', lawAsOf: string): CaseFacts {
  const value = facts[key];
  if (value === undefined) return facts;
  const day = end === 'first' ? firstDay(value) : lastDay(value);
  return { ...facts, [key]: day > lawAsOf && end === 'last' ? lawAsOf : day };
}

/**
 * Dates said only as a year whose month could change the verdict: read at the first and at the last
 * day of that year, the rules give a different outcome, BA consent or earliest start. The rules read a
 * partial date at its cautious end themselves; this only decides whether asking the month is worth it.
 */
export function decisiveYears(
  facts: CaseFacts,
  lawAsOf: string,
  assessOf: (facts: CaseFacts) => Assessment,
): PastDateKey[] {
  return PAST_DATE_KEYS.filter((key) => {
    if (!isYear(facts[key])) return false;
    const early = assessOf(readAt(facts, key, 'first', lawAsOf));
    const late = assessOf(readAt(facts, key, 'last', lawAsOf));
    return (
      early.outcome !== late.outcome || early.baConsent !== late.baConsent || early.earliestStart !== late.earliestStart
    );
  });
}

/**
 * Checkpoints written before contract v1.1 stored a date said only as a year as `YYYY-01-01` (the
 * conversation kept a separate "approximate" list for the turn only). That value cannot be told from
 * a real 1 January, and the old rules read it at the end of the year anyway: it is read as the year.
 * Other days stay days (the old rules read them as such, so the verdict does not move).
 */
export function migrateYearSentinels(facts: CaseFacts): CaseFacts {
  let out = facts;
  for (const key of DATE_FACT_KEYS as readonly DateFactKey[]) {
    const value = facts[key];
    if (typeof value === 'string' && /^\d{4}-01-01$/.test(value)) out = { ...out, [key]: value.slice(0, 4) };
  }
  return out;
}

/** The representation of stored facts this code writes: 2 = contract v1.1 partial dates. */
export const FACTS_VERSION = 2;

/** The facts in the current representation; a checkpoint from before contract v1.1 is read once. */
export function currentFacts(state: { facts: CaseFacts; factsVersion: number }): {
  facts?: CaseFacts;
  factsVersion?: number;
} {
  return state.factsVersion >= FACTS_VERSION
    ? {}
    : { facts: migrateYearSentinels(state.facts), factsVersion: FACTS_VERSION };
}
