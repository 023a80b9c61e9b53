import { describe, expect, it } from 'vitest';
import { GEAS_FROM } from '../../src/domain/data/legal-dates.js';
import type { IsoDate } from '../../src/domain/facts.js';
import { addDays } from '../../src/domain/law-date.js';
import { lawDays, RULE_LAW_DAYS, type Validity } from '../../src/watch/law-days.js';
import { type Cause, changesSince, type Reading, reassess } from '../../src/watch/reassess.js';
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
/** Validity dates of the entries these tests cite (as in knowledge/), and no rule dates unless a row asks. */
const VALIDITY: Record<string, Validity> = {
  'permission.job-specific': { validFrom: '2024-03-01', validUntil: null },
  'permission.after-four-years': { validFrom: '2024-03-01', validUntil: null },
  'ban.safe-country-eu': { validFrom: '2026-06-12', validUntil: null },
  'waiting.reception-centre-2024': { validFrom: '2024-02-27', validUntil: '2026-06-11' },
  'wage.minimum-wage-2027': { validFrom: '2027-01-01', validUntil: null },
};
const noRuleDays = (cited: ReadonlySet<string>) => lawDays(cited, (id) => VALIDITY[id], []);

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
      lawDays: noRuleDays,
    });
    expect(result).toEqual({ kind: 'same' });
  });

  it('a new law is dated to the first day the rules give the new verdict, however long the watch slept', () => {
    const asked: IsoDate[] = [];
    const at = (day: IsoDate) => {
      asked.push(day);
      return day >= '2026-06-12' ? read(ban, ['ban.safe-country-eu']) : read(waiting);
    };
    const result = reassess({
      baseline,
      baselineOn: '2026-05-03',
      today: '2026-08-03',
      at,
      knowledge: unchanged,
      lawDays: noRuleDays,
    });
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
      reassess({
        baseline,
        baselineOn: '2026-05-03',
        today: '2026-06-20',
        at,
        knowledge: unchanged,
        lawDays: noRuleDays,
      }),
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
        lawDays: noRuleDays,
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
      lawDays: noRuleDays,
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
      lawDays: noRuleDays,
    });
    expect(result).toMatchObject({ kind: 'changed', cause: 'release', effectiveOn: '2026-07-20', entries: [] });
  });
});

const consentNeeded: Verdict = { outcome: 'permission_required', baConsent: 'required', dates: [] };
const noConsent: Verdict = { ...consentNeeded, baConsent: 'not_required' };
/** A verdict that changes on given days: [from, verdict, cited] steps, the first from the start. */
const steps =
  (...list: Array<[IsoDate, Verdict, string[]]>) =>
  (day: IsoDate): Reading => {
    const step = list.filter(([from]) => from <= day).at(-1) ?? list[0];
    return step ? read(step[1], step[2]) : read(consentNeeded);
  };
const job = ['permission.job-specific'];

/**
 * Review S3-8: a verdict that changes only because time passed is no change of the law. It is the law's when a
 * validity date of an entry cited before or after, or a rule's own law date, lies after the baseline's day and on
 * or before the day the verdict changed (valid_until: the day after it).
 */
const ROWS: Array<{
  name: string;
  baselineOn: IsoDate;
  today: IsoDate;
  at: (day: IsoDate) => Reading;
  ruleDays?: readonly IsoDate[];
  expected: Array<{ cause: Cause; effectiveOn: IsoDate }>;
}> = [
  {
    name: 'four years of stay reached on 31.12.2026 (Moldovan case, asked 07.12.2026): time',
    baselineOn: '2026-12-07',
    today: '2027-01-03',
    at: steps(['2026-01-01', consentNeeded, job], ['2026-12-31', noConsent, [...job, 'permission.after-four-years']]),
    expected: [{ cause: 'time', effectiveOn: '2026-12-31' }],
  },
  {
    name: 'an entry valid from 12.06.2026 gives a ban from that day: the law',
    baselineOn: '2026-05-03',
    today: '2026-06-20',
    at: steps(['2026-01-01', consentNeeded, job], ['2026-06-12', ban, ['ban.safe-country-eu']]),
    expected: [{ cause: 'law', effectiveOn: '2026-06-12' }],
  },
  {
    name: 'an entry valid until 11.06.2026 no longer holds the next day: the law',
    baselineOn: '2026-05-03',
    today: '2026-07-01',
    at: steps(['2026-01-01', consentNeeded, ['waiting.reception-centre-2024']], ['2026-06-12', noConsent, job]),
    expected: [{ cause: 'law', effectiveOn: '2026-06-12' }],
  },
  {
    name: "a rule's own law date (GEAS) with no dated entry cited: the law",
    baselineOn: '2026-05-03',
    today: '2026-07-01',
    at: steps(['2026-01-01', consentNeeded, job], [GEAS_FROM, ban, job]),
    ruleDays: RULE_LAW_DAYS,
    expected: [{ cause: 'law', effectiveOn: GEAS_FROM }],
  },
  {
    name: 'the same change a day after the law date: still within the interval, the law',
    baselineOn: '2026-05-03',
    today: '2026-07-01',
    at: steps(['2026-01-01', consentNeeded, job], [addDays('2026-06-12', 1), ban, ['ban.safe-country-eu']]),
    expected: [{ cause: 'law', effectiveOn: '2026-06-13' }],
  },
  {
    name: 'a law date of an entry neither reading cites (minimum wage 2027) does not make time the law',
    baselineOn: '2026-12-07',
    today: '2027-01-10',
    at: steps(['2026-01-01', consentNeeded, job], ['2027-01-02', noConsent, [...job, 'permission.after-four-years']]),
    expected: [{ cause: 'time', effectiveOn: '2027-01-02' }],
  },
  {
    name: 'both in one interval: four years on 31.12.2026, then a ban valid from 01.03.2027, seen on 10.03.2027',
    baselineOn: '2026-12-07',
    today: '2027-03-10',
    at: steps(
      ['2026-01-01', consentNeeded, job],
      ['2026-12-31', noConsent, [...job, 'permission.after-four-years']],
      ['2027-03-01', ban, ['ban.new-law']],
    ),
    expected: [
      { cause: 'time', effectiveOn: '2026-12-31' },
      { cause: 'law', effectiveOn: '2027-03-01' },
    ],
  },
  {
    name: 'both in one interval, the law first: a ban lifted by law on 12.06.2026, four years on 31.12.2026',
    baselineOn: '2026-05-03',
    today: '2027-01-03',
    at: steps(
      ['2026-01-01', ban, ['waiting.reception-centre-2024']],
      ['2026-06-12', consentNeeded, job],
      ['2026-12-31', noConsent, [...job, 'permission.after-four-years']],
    ),
    expected: [
      { cause: 'law', effectiveOn: '2026-06-12' },
      { cause: 'time', effectiveOn: '2026-12-31' },
    ],
  },
  {
    name: 'a waiting period that simply ends: nothing',
    baselineOn: '2026-05-03',
    today: '2026-09-02',
    at: steps(['2026-01-01', waiting, job], ['2026-09-01', consentNeeded, job]),
    expected: [],
  },
];

describe('time passed or the law changed (review S3-8)', () => {
  it.each(ROWS)('$name', ({ baselineOn, today, at, ruleDays, expected }) => {
    const validity = (id: string) =>
      VALIDITY[id] ?? (id === 'ban.new-law' ? { validFrom: '2027-03-01', validUntil: null } : undefined);
    const first = at(baselineOn);
    const changes = changesSince({
      baseline: { verdict: first.verdict, entries: Object.fromEntries(first.cited.map((id) => [id, 'h1'])) },
      baselineOn,
      today,
      at,
      knowledge: () => ({ hash: 'h1', seenOn: '2024-01-01' }),
      lawDays: (cited) => lawDays(cited, validity, ruleDays ?? []),
    });
    expect(changes.map(({ cause, effectiveOn }) => ({ cause, effectiveOn }))).toEqual(expected);
    // Each change's reading is the verdict of its own day.
    for (const change of changes) expect(change.after).toEqual(at(change.effectiveOn));
  });
});
