import { describe, expect, it } from 'vitest';
import { MINIMUM_WAGE, minimumWageOn } from '../../src/domain/data/minimum-wage.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { formatNumber } from '../../src/domain/messages.js';
import { askAbout, LAW, plainDuldungFacts } from './case-follow-up.js';

// Review S6-2: "is 450 a month enough?" was answered "Yes, the minimum wage applies in a minijob too" – a yes the
// facts do not back: whether a monthly sum meets the minimum wage turns on the hours, and no hours were given.

const minijob: CaseFacts = {
  ...plainDuldungFacts,
  nationality: 'SY',
  asylumApplied: true,
  asylumOutcome: 'rejected',
  entryDate: '2021',
  toleratedSince: '2023',
  job: { kind: 'minijob' },
};
const employment: CaseFacts = { ...minijob, job: { kind: 'employment' } };
const cited = (r: { citations: { entryId: string }[] }) => r.citations.map((c) => c.entryId);
const row = minimumWageOn(LAW);
const next = MINIMUM_WAGE.find((r) => r.from > LAW);

describe('a monthly sum asked about without hours', () => {
  it.each([
    ['en', 'is 450 a month enough?'],
    ['en', 'is 450 € a month enough?'],
    ['en', 'is 450 euro a month enough pay?'],
    ['en', 'we pay him 450 per month, is that ok?'],
    ['de', 'sind 450 euro im monat genug?'],
    ['de', 'reichen 450 im Monat?'],
    ['de', 'Reichen 450 € monatlich?'],
    ['de', 'passt das mit 450 € pro monat'],
  ] as const)('%s "%s": no yes/no, the hours a month the sum pays at the minimum wage, cited', (lang, q) => {
    if (!row || !next) throw new Error('minimum wage table');
    const { reply } = askAbout(minijob, lang, q);
    expect(reply.source).toBe('case.wage');
    expect(reply.text).not.toMatch(lang === 'de' ? /^(?:Ja|Nein)\b/ : /^(?:Yes|No)\b/);
    // What is not decided is said: the hours decide.
    expect(reply.text).toMatch(lang === 'de' ? /hängt von den Arbeitsstunden ab/ : /depends on the working hours/);
    // What is known: 450 € at the rate in force, and at the next one, pay at most this many hours.
    expect(reply.text).toContain(formatNumber(Math.floor((450 / row.hourly) * 100) / 100, lang));
    expect(reply.text).toContain(formatNumber(Math.floor((450 / next.hourly) * 100) / 100, lang));
    expect(reply.text).toContain(formatNumber(row.minijobCeiling, lang));
    expect(cited(reply)).toEqual(expect.arrayContaining([row.entry, next.entry, 'activity.minijob']));
  });

  it('a job that is no minijob gets no minijob ceiling above the ceiling', () => {
    const { reply } = askAbout(employment, 'en', 'is 2000 € a month enough?');
    expect(reply.text).toMatch(/^Whether €2,?000 a month is enough depends on the working hours/);
    expect(reply.text).not.toMatch(/minijob/);
    expect(cited(reply)).not.toContain('activity.minijob');
  });

  it('with the hours given the sum is checked as before', () => {
    const { reply } = askAbout(minijob, 'en', 'is 450 € a month for 32 hours a month enough?');
    expect(reply.text).not.toMatch(/depends on the working hours/);
    expect(reply.text).toMatch(/€14\.06 an hour/);
  });
});

describe('"must I pay the minimum wage?" still opens with its yes', () => {
  it.each([
    ['de', 'Muss ich im Minijob Mindestlohn zahlen?', /^Ja, der Mindestlohn gilt auch im Minijob/],
    ['en', 'Do I have to pay the minimum wage?', /^Yes, the minimum wage applies in a minijob too/],
  ] as const)('%s "%s"', (lang, q, opening) => {
    expect(askAbout(minijob, lang, q).reply.text).toMatch(opening);
  });

  it('"is the pay enough?" without a sum is not answered with a yes', () => {
    expect(askAbout(minijob, 'en', 'is the pay enough?').reply.text).not.toMatch(/^Yes\b/);
  });
});
