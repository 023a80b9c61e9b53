import type { IsoDate } from '../domain/facts.js';
import { addDays, daysBetween } from '../domain/law-date.js';
import { differsOn, type Verdict } from './verdict.js';

/** The case read on one day with today's rules and knowledge: its verdict and the entries it cites. */
export interface Reading {
  verdict: Verdict;
  cited: string[];
}

/** What the employer was last told, and the fingerprints of the entries it rested on. */
export interface Baseline {
  verdict: Verdict;
  /** Cited entry id → fingerprint (content and validity dates) when the baseline was taken. */
  entries: Record<string, string>;
}

export interface ReassessInput {
  baseline: Baseline;
  /** The day the baseline was computed for. */
  baselineOn: IsoDate;
  today: IsoDate;
  at(day: IsoDate): Reading;
  /** An entry's fingerprint now, and the day the watch first saw that fingerprint (the release's day). */
  knowledge(id: string): { hash: string; seenOn: IsoDate } | undefined;
}

export type Cause = 'law' | 'release';

export type Reassessment =
  | { kind: 'same' }
  | { kind: 'changed'; after: Reading; effectiveOn: IsoDate; cause: Cause; entries: string[] };

/**
 * The first day in (lo, hi] on which the verdict differs from the baseline, given that it does not on lo and
 * does on hi. The rules are a pure function of the date, so a transition (12.06.2026) is found in a few steps.
 */
function firstDayDiffering(input: ReassessInput, lo: IsoDate, hi: IsoDate): IsoDate {
  let [good, bad] = [lo, hi];
  while (daysBetween(good, bad) > 1) {
    const mid = addDays(good, Math.floor(daysBetween(good, bad) / 2));
    if (differsOn(input.baseline.verdict, input.at(mid).verdict, mid)) bad = mid;
    else good = mid;
  }
  return bad;
}

/**
 * Has the verdict changed since the baseline (issue 20)? Time passing alone (a waiting period ending, a date
 * falling due) is no change. A change has a cause: the law (the same rules read on a later day give another
 * verdict: the day it first does is the day it took effect) or a release (today's rules or knowledge read the
 * baseline's own day differently: it took effect when the watch first saw the edited entries, or today).
 */
export function reassess(input: ReassessInput): Reassessment {
  const { baseline, baselineOn, today } = input;
  const after = input.at(today);
  if (!differsOn(baseline.verdict, after.verdict, today)) return { kind: 'same' };
  const edited = Object.entries(baseline.entries)
    .filter(([id, hash]) => input.knowledge(id)?.hash !== hash)
    .map(([id]) => id);
  const added = after.cited.filter((id) => !(id in baseline.entries));
  const entries = [...new Set([...added, ...edited])];
  const sameDayNow = baselineOn < today ? input.at(baselineOn) : after;
  if (differsOn(baseline.verdict, sameDayNow.verdict, baselineOn)) {
    const seen = entries
      .map((id) => input.knowledge(id)?.seenOn)
      .filter((d): d is IsoDate => d !== undefined && d > baselineOn)
      .sort();
    return { kind: 'changed', after, effectiveOn: seen[0] ?? today, cause: 'release', entries };
  }
  return { kind: 'changed', after, effectiveOn: firstDayDiffering(input, baselineOn, today), cause: 'law', entries };
}
