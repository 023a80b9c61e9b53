import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/facts.js';
import { type Reading, reassess } from '../../src/watch/reassess.js';
import { differsOn, type Verdict } from '../../src/watch/verdict.js';

const waiting: Verdict = {
  outcome: 'permission_required',
  baConsent: 'required',
  earliestStart: '2026-09-01',
  dates: [{ id: 'waiting_period_ends', kind: 'waiting_period_ends', date: '2026-09-01' }],
};
const ban: Verdict = { outcome: 'prohibited', baConsent: 'not_applicable', dates: [] };
const read = (verdict: Verdict, cited: string[] = ['permission.job-specific']): Reading => ({ verdict, cited });
const knowledge = (hashes: Record<string, { hash: string; seenOn: IsoDate }>) => (id: string) => hashes[id];
const unchanged = knowledge({ 'permission.job-specific': { hash: 'h1', seenOn: '2026-01-01' } });
const baseline = { verdict: waiting, entries: { 'permission.job-specific': 'h1' } };

describe('what counts as a change of the verdict', () => {
  it('a waiting period or a date that has simply arrived is no change', () => {
    const afterTheWait: Verdict = { outcome: 'permission_required', baConsent: 'required', dates: [] };
    expect(differsOn(waiting, afterTheWait, '2026-09-01')).toBe(false);
    expect(differsOn(waiting, afterTheWait, '2026-08-31')).toBe(true);
    const result = reassess({
      baseline,
      baselineOn: '2026-05-03',
      today: '2026-09-02',
      at: () => read(afterTheWait),
      knowledge: unchanged,
    });
    expect(result).toEqual({ kind: 'same' });
  });

  it('a new law is dated to the first day the rules give the new verdict, however long the watch slept', () => {
    const asked: IsoDate[] = [];
    const at = (day: IsoDate) => {
      asked.push(day);
      return day >= '2026-06-12' ? read(ban, ['ban.safe-country-eu']) : read(waiting);
    };
    const result = reassess({ baseline, baselineOn: '2026-05-03', today: '2026-08-03', at, knowledge: unchanged });
    expect(result).toMatchObject({ kind: 'changed', cause: 'law', effectiveOn: '2026-06-12' });
    expect(result.kind === 'changed' && result.entries).toEqual(['ban.safe-country-eu']);
    // A search, not a walk over every day.
    expect(asked.length).toBeLessThan(12);
  });

  it('a moved earliest start is a change; the same verdict read on a later day is not', () => {
    const shorter: Verdict = {
      ...waiting,
      earliestStart: '2026-08-01',
      dates: [{ ...waiting.dates[0], date: '2026-08-01' } as Verdict['dates'][number]],
    };
    const at = (day: IsoDate) => read(day >= '2026-06-12' ? shorter : waiting);
    expect(
      reassess({ baseline, baselineOn: '2026-05-03', today: '2026-06-20', at, knowledge: unchanged }),
    ).toMatchObject({
      kind: 'changed',
      effectiveOn: '2026-06-12',
    });
    expect(
      reassess({
        baseline,
        baselineOn: '2026-05-03',
        today: '2026-06-20',
        at: () => read(waiting),
        knowledge: unchanged,
      }),
    ).toEqual({ kind: 'same' });
  });

  it('a release that reads the baseline’s own day differently dates the change to the day it was deployed', () => {
    const edited = knowledge({ 'permission.job-specific': { hash: 'h2', seenOn: '2026-07-15' } });
    const result = reassess({
      baseline,
      baselineOn: '2026-05-03',
      today: '2026-07-20',
      at: () => read(ban),
      knowledge: edited,
    });
    expect(result).toMatchObject({
      kind: 'changed',
      cause: 'release',
      effectiveOn: '2026-07-15',
      entries: ['permission.job-specific'],
    });
  });

  it('a release of the rules alone (no entry edited) takes effect on the day the watch sees it', () => {
    const result = reassess({
      baseline,
      baselineOn: '2026-05-03',
      today: '2026-07-20',
      at: () => read(ban),
      knowledge: unchanged,
    });
    expect(result).toMatchObject({ kind: 'changed', cause: 'release', effectiveOn: '2026-07-20', entries: [] });
  });
});
