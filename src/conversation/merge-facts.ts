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

/** Job kinds that are a training: their early end is the end of the training (§ 60c Abs. 5 AufenthG). */
const TRAINING_KINDS: ReadonlySet<string> = new Set(['vocational_training', 'school_training', 'helper_training']);

/**
 * A trainee who resigns, is dismissed or stops coming ends the training: § 60c Abs. 5 AufenthG speaks of a
 * training "vorzeitig beendet oder abgebrochen", whoever ended it. "Gekündigt" read as the end of an
 * employment stays the training's end when the job is a training, or, with no other job named, when the
 * person holds an Ausbildungsduldung or the case already has the training's end (review S4-2: a corrected
 * day of a trainee's resignation turned the event into "Beschäftigung endet" and dropped the § 60c steps).
 */
export function withTrainingEnding(known: CaseFacts, patch: CaseFacts): CaseFacts {
  if (patch.event !== 'employment_ends_early') return patch;
  const merged = mergeFacts(known, patch);
  const kind = merged.job?.kind;
  const training =
    kind !== undefined
      ? TRAINING_KINDS.has(kind)
      : merged.status === 'ausbildungsduldung' || known.event === 'training_ends_early';
  return training ? { ...patch, event: 'training_ends_early' } : patch;
}
