import type { FactKey } from '../domain/facts.js';
import { answerFor, INTEGER_KEYS, NUMBER_KEYS } from './answers.js';
import type { Ymd } from './date-math.js';
import { CORRECTION_MARK, SOFT_CORRECTION } from './intents.js';
import { isNegated } from './normalize.js';
import type { TimeExpr } from './time-durations.js';
import { resolveTime } from './time-facts.js';
import type { Doc, Finding } from './types.js';

/** What one message yielded before the dialogue context (pending question, last facts) is applied. */
export interface Reading {
  doc: Doc;
  today: Ymd | undefined;
  facts: Map<FactKey, Finding>;
  /** Findings that came from a date or duration and a cue word. */
  dated: readonly Finding[];
  /** Every date and duration in the message, and those no cue word claimed. */
  times: readonly TimeExpr[];
  orphans: readonly TimeExpr[];
  /** Plain numbers nothing claimed ("22"). */
  numbers: ReadonlyArray<{ value: number; at: number }>;
  unknown: readonly FactKey[];
}

/** A yes to the pending question plus a date dates that fact ("Ja, 2017" → applied for asylum in 2017). */
const COMPANION: Partial<Record<FactKey, FactKey>> = { asylumApplied: 'asylumAppliedOn' };

export function looseNumbers(masked: string): Array<{ value: number; at: number }> {
  const out: Array<{ value: number; at: number }> = [];
  for (const m of masked.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)?)(?![\d.,]*\d)/g)) {
    if (!isNegated(masked, m.index, 1)) out.push({ value: Number((m[1] ?? '').replace(',', '.')), at: m.index });
  }
  return out;
}

/** Puts a left-over date, duration or number into `key` if it fits that fact. */
function fill(key: FactKey, r: Reading, times: readonly TimeExpr[] = r.orphans): Finding | undefined {
  for (const e of times) {
    const v = r.today && resolveTime(e, key, r.today);
    if (v) return { key, ...v, start: e.start, end: e.end };
  }
  if (!NUMBER_KEYS.includes(key)) return undefined;
  const n = r.numbers.find((x) => !INTEGER_KEYS.includes(key) || Number.isInteger(x.value));
  return n && { key, value: n.value, start: n.at, end: n.at };
}

/** Fills the fact the bot asked for from a bare answer ("ja", "2021", "nur mit Erlaubnis", "22"). */
export function answerPending(r: Reading, pending: FactKey | undefined): void {
  if (!pending) return;
  // Asked for the paragraph, "25b" names the basis; the status is already known.
  if (pending === 'permitBasis') r.facts.delete('status');
  const value = answerFor(pending, r.doc.text);
  if (!r.facts.has(pending) && !r.unknown.includes(pending)) {
    const answer = value !== undefined ? { key: pending, value, start: 0, end: 0 } : fill(pending, r);
    if (answer) r.facts.set(pending, answer);
  }
  if (typeof value !== 'boolean') return;
  // In a short yes/no answer a date belongs to the question, not to a cue word ("nein, die kam erst im August").
  for (const f of r.dated) if (r.facts.get(f.key) === f) r.facts.delete(f.key);
  const companion = COMPANION[pending];
  const dated = companion && value ? fill(companion, r, r.times) : undefined;
  if (companion && dated) r.facts.set(companion, dated);
}

/**
 * A correction ("nein, eigentlich seit 2020", "I meant 20 hours, not 30") replaces the most recent
 * earlier fact its value fits. Returns whether the message is a correction.
 */
export function applyCorrection(r: Reading, last: readonly FactKey[], pending: FactKey | undefined): boolean {
  const hasValue = r.facts.size > 0 || r.orphans.length > 0 || r.numbers.length > 0;
  const yesNoPending = pending !== undefined && typeof answerFor(pending, 'ja') === 'boolean';
  const soft = SOFT_CORRECTION.test(r.doc.text) && last.length > 0 && hasValue && !yesNoPending;
  if (!CORRECTION_MARK.test(r.doc.text) && !soft) return false;
  for (const key of [...last].reverse()) {
    const f = r.facts.has(key) ? undefined : fill(key, r);
    if (f) {
      r.facts.set(key, f);
      break;
    }
  }
  return true;
}
