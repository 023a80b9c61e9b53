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
  /** The days the law changed for these cited entries and the rules (law-days.ts). */
  lawDays(cited: ReadonlySet<string>): readonly IsoDate[];
}

/**
 * law: a knowledge entry's or a rule's law date lies between the two readings; release: today's rules or
 * knowledge read the baseline's own day differently; time: neither, only time passed (four years of stay
 * reached, a Duldung twelve months old): a reminder, not a change of the law (review S3-8).
 */
export type Cause = 'law' | 'release' | 'time';

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
 * Has the verdict changed since the baseline (issue 20)? A date simply arriving (a waiting period ending) is no
 * change. A change has a cause: a release (today's rules or knowledge read the baseline's own day differently:
 * it took effect when the watch first saw the edited entries, or today), else the same rules read on a later day
 * give another verdict, from the first day they do: the law, when a law date of the entries cited on either side
 * (or of the rules) lies after the baseline's day and on or before that day; otherwise time (review S3-8).
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
  const effectiveOn = firstDayDiffering(input, baselineOn, today);
  const cited = new Set([...Object.keys(baseline.entries), ...input.at(effectiveOn).cited]);
  const law = input.lawDays(cited).some((day) => day > baselineOn && day <= effectiveOn);
  return { kind: 'changed', after, effectiveOn, cause: law ? 'law' : 'time', entries };
}

export interface Change {
  /** The reading on the day it took effect (a release: today). */
  after: Reading;
  effectiveOn: IsoDate;
  cause: Cause;
  entries: string[];
}

/**
 * Every change since the baseline, oldest first: time passing on 31.12.2026 and a law on 01.03.2027 seen on
 * 10.03.2027 are two notices with their own causes, not one. Each change becomes the baseline of the next.
 */
export function changesSince(input: ReassessInput, limit = 8): Change[] {
  const changes: Change[] = [];
  let { baseline, baselineOn } = input;
  while (changes.length < limit && baselineOn < input.today) {
    const result = reassess({ ...input, baseline, baselineOn });
    if (result.kind === 'same') break;
    const { effectiveOn, cause, entries } = result;
    // A release is told as of today (its effect on the days between is not the law's): the last change.
    const after = cause === 'release' ? result.after : input.at(effectiveOn);
    changes.push({ after, effectiveOn, cause, entries });
    if (cause === 'release') break;
    const fingerprints = after.cited.map((id) => [id, input.knowledge(id)?.hash ?? ''] as const);
    baseline = { verdict: after.verdict, entries: Object.fromEntries(fingerprints) };
    baselineOn = effectiveOn;
  }
  return changes;
}
