import type { Assessment } from '../domain/assessment.js';
import type { CaseFacts } from '../domain/facts.js';
import { sentencesOf } from '../nlu/sentences.js';
import { patchKeys } from './merge-facts.js';

/**
 * After the verdict, free text changes a fact only when it states one ("sie ist übrigens seit 2019
 * hier"). A question about a route, a status or a consequence ("Kann er über die Beschäftigungsduldung
 * bleiben?", "what about the permit for qualified tolerated people?", "Verliert er dann seine
 * Duldung?") names facts it does not state: its sentences are answered, never read as the case.
 */
const QUESTION_START =
  /^(?:und |and |aber |but |also |so |ok |okay )?(?:wie|was|wann|warum|wieso|weshalb|wer|wo|woher|welche\w*|wozu|womit|wodurch|kann|koennen|koennte|darf|duerfen|muss|muessen|soll|sollte|wird|wuerde|gibt es|gilt|verliert|braucht|brauche|brauchen|reicht|what|how|when|why|who|where|which|can|could|may|might|must|should|would|will|what's|whats|how's)\b/;
/** "Was wäre, wenn …", "und wenn er …", "what if …": a hypothesis, not the case. */
const HYPOTHESIS = /^(?:und |and )?(?:wenn|falls|angenommen|what if|if|suppose|assuming)\b/;

const states = (raw: string) => {
  const s = raw.trim().toLowerCase();
  if (s === '' || /\?\s*$/.test(s)) return false;
  return !QUESTION_START.test(s) && !HYPOTHESIS.test(s);
};

/** The sentences of a message that state something; interrogative and hypothetical ones are dropped. */
export function statementsOf(text: string): string {
  return sentencesOf(text).filter(states).join(' ').trim();
}

/** The message without its hypothetical sentences ("und wenn die Gestattung … sagt?", "what if …"). */
export function withoutHypotheses(text: string): string {
  return sentencesOf(text)
    .filter((raw) => !HYPOTHESIS.test(raw.trim().toLowerCase()))
    .join(' ')
    .trim();
}

/** The sentences of a message that ask (or suppose) something: what `statementsOf` drops. */
export function questionsOf(text: string): string {
  return sentencesOf(text)
    .filter((raw) => raw.trim() !== '' && !states(raw))
    .join(' ')
    .trim();
}

/** The three parts of a verdict; a change to any of them is confirmed before it is taken. */
export const verdictOf = (a: Assessment) => `${a.outcome}|${a.baConsent}|${a.earliestStart ?? ''}`;

/** Whether a change of facts the employer stated after the verdict would change that verdict. */
export function flipsVerdict(before: Assessment, after: Assessment): boolean {
  return verdictOf(before) !== verdictOf(after);
}

const valueAt = (facts: CaseFacts, key: string): unknown =>
  key.startsWith('job.')
    ? (facts.job as Record<string, unknown> | undefined)?.[key.slice(4)]
    : (facts as Record<string, unknown>)[key];

/** The keys of `patch` that would replace a value the case already holds. */
export function changedKeys(known: CaseFacts, patch: CaseFacts): string[] {
  return patchKeys(patch).filter((key) => {
    const before = valueAt(known, key);
    return before !== undefined && before !== valueAt(patch, key);
  });
}

/**
 * While facts are collected a question may still add what it says ("Kann ich einen Syrer einstellen?"),
 * but a question never changes a fact already given: a change is taken only from the message's
 * statements (`stated`, the reading of `statementsOf`). "Wie alt ist Angela Merkel?" leaves Syria as it is.
 */
export function withoutChangesByQuestions(known: CaseFacts, whole: CaseFacts, stated: CaseFacts): CaseFacts {
  const changed = new Set(changedKeys(known, whole));
  if (changed.size === 0) return whole;
  const statedChanges = new Set(changedKeys(known, stated));
  const out: Record<string, unknown> = {};
  const job: Record<string, unknown> = {};
  for (const key of patchKeys(whole)) {
    const fromStatement = statedChanges.has(key);
    if (changed.has(key) && !fromStatement) continue;
    const value = valueAt(fromStatement ? stated : whole, key);
    if (key.startsWith('job.')) job[key.slice(4)] = value;
    else out[key] = value;
  }
  if (Object.keys(job).length > 0) out.job = job;
  return out as CaseFacts;
}
