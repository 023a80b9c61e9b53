import { type CaseFacts, DATE_FACT_KEYS, type DateFactKey } from '../domain/facts.js';

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
export function currentFacts(state: { facts?: CaseFacts; factsVersion?: number }): {
  facts?: CaseFacts;
  factsVersion?: number;
} {
  // No facts at all: a conversation row without a checkpoint (created, never resumed).
  return !state.facts || (state.factsVersion ?? 1) >= FACTS_VERSION
    ? {}
    : { facts: migrateYearSentinels(state.facts), factsVersion: FACTS_VERSION };
}
