import type { CaseFacts, FactKey } from '../domain/facts.js';

/**
 * Later answers win; `job` is merged field by field so "30 Stunden" does not erase the job kind. A later "no
 * asylum application" removes the application's date and outcome.
 */
export function mergeFacts(facts: CaseFacts, patch: CaseFacts): CaseFacts {
  const merged: CaseFacts = { ...facts, ...patch };
  if (facts.job || patch.job) merged.job = { ...facts.job, ...patch.job };
  // "sie hat KEINEN Asylantrag gestellt": a denied application has no date and no outcome (review S4-3).
  if (patch.asylumApplied === false) {
    if (patch.asylumAppliedOn === undefined) delete merged.asylumAppliedOn;
    if (patch.asylumOutcome === undefined) delete merged.asylumOutcome;
  }
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
