import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import { MINIMUM_WAGE, minimumWageOn } from '../../src/domain/data/minimum-wage.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { formatNumber } from '../../src/domain/messages.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { knowledge, LAW, plainDuldungFacts as plain } from './case-follow-up.js';
import { deps } from './follow-up-set.js';

// Review S4-13: follow-ups answered beside the question. Training elsewhere after a training ended early, an
// old permission from another employer, a wage given as a monthly sum for some hours, "kostet das was?", and
// the pay of a nursing trainee (PflBG, not § 17 BBiG).

const CASES = {
  /** d7: a nursing trainee with an Ausbildungsduldung, dismissed in the probation period. */
  nurseEnds: {
    status: 'ausbildungsduldung',
    nationality: 'AF',
    event: 'training_ends_early',
    eventKnownOn: '2026-11-30',
    job: { kind: 'vocational_training', trainingBody: 'school' },
  },
  /** The same with a § 16g residence permit. */
  permit16gEnds: {
    status: 'aufenthaltserlaubnis',
    permitBasis: '16g',
    nationality: 'AF',
    event: 'training_ends_early',
    job: { kind: 'vocational_training' },
  },
  /** e7: a Tunisian cleaner who held a permission for another firm on 11.06.2026. */
  cleaner: {
    ...plain,
    nationality: 'TN',
    asylumApplied: true,
    asylumAppliedOn: '2023-03',
    asylumOutcome: 'rejected',
    entryDate: '2023',
    toleratedSince: '2025-08',
    hadWorkPermitOn11June2026: true,
    job: { kind: 'employment', hoursPerWeek: 30 },
  },
  /** e8: a Moldovan minijob on Sundays. */
  minijob: {
    ...plain,
    nationality: 'MD',
    asylumApplied: true,
    asylumAppliedOn: '2022',
    asylumOutcome: 'rejected',
    entryDate: '2022',
    toleratedSince: '2023',
    job: { kind: 'minijob' },
  },
  /** A nursing trainee to be hired (PflBG). */
  nurseHire: {
    ...plain,
    nationality: 'AF',
    entryDate: '2022',
    toleratedSince: '2023',
    job: { kind: 'vocational_training', trainingBody: 'school' },
  },
} satisfies Record<string, CaseFacts>;

function ask(caseId: keyof typeof CASES, lang: 'de' | 'en', question: string, withVerdict = true) {
  const facts: CaseFacts = CASES[caseId];
  const assessment = withVerdict ? assess(facts, LAW, knowledge, { lang }) : null;
  return { reply: answerFollowUp({ question, lang, lawAsOf: LAW, facts, unknown: [], assessment }, deps), assessment };
}
const cited = (r: { citations: { entryId: string }[] }) => r.citations.map((c) => c.entryId);

describe('training elsewhere after the training ended early (§ 60c Abs. 6 / § 16g Abs. 5)', () => {
  it.each([
    ['de', 'kann sie die ausbildung bei nem anderen pflegedienst weitermachen?'],
    ['de', 'Kann sie woanders mit der Ausbildung weitermachen'],
    ['de', 'darf die bei einem anderen betrieb ne neue ausbildung anfangen?'],
    ['en', 'can she continue the training with another nursing service?'],
    ['en', 'could she do her apprenticeship somewhere else'],
  ] as const)('%s "%s" — yes, with a new contract and a new permission; six months to search', (lang, q) => {
    const { reply } = ask('nurseEnds', lang, q);
    expect(reply.source).toBe('case.after_end');
    expect(reply.text).toMatch(lang === 'de' ? /^Ja\b/ : /^Yes\b/);
    expect(reply.text).toMatch(lang === 'de' ? /neue[nm]? Ausbildungsvertrag/ : /new training contract/);
    expect(reply.text).toMatch(/§ 60c Abs\. 6/);
    expect(reply.text).toMatch(lang === 'de' ? /sechs Monate/ : /six months/);
    // Not "working on for you": the question is about another company.
    expect(reply.text).not.toMatch(/Weiterarbeiten bei Ihnen|Working on for you/);
    expect(cited(reply)).toContain('training.after-training');
  });

  it('with a § 16g permit: the permit is extended once by six months (§ 16g Abs. 5)', () => {
    const { reply } = ask('permit16gEnds', 'de', 'kann er die ausbildung in einem anderen betrieb fortsetzen?');
    expect(reply.text).toMatch(/^Ja\b/);
    expect(reply.text).toMatch(/§ 16g Abs\. 5/);
    expect(reply.text).not.toMatch(/§ 60c Abs\. 6/);
  });
});

describe('an old permission from another employer (§ 4a Abs. 4 AufenthG)', () => {
  it.each([
    ['en', 'she have still the old permit from the other firm, can she not use that one?'],
    ['en', 'can we just use the permission she had for her previous employer?'],
    ['de', 'sie hat doch noch die alte erlaubnis von der anderen firma, gilt die nicht?'],
    ['de', 'Reicht die bisherige Arbeitserlaubnis vom alten Arbeitgeber?'],
    ['de', 'kann er nicht einfach die erlaubnis vom vorherigen job nehmen'],
  ] as const)('%s "%s" — no, it is for one employer and one job', (lang, q) => {
    const { reply } = ask('cleaner', lang, q);
    expect(reply.source).toBe('case.start');
    expect(reply.text).toMatch(lang === 'de' ? /^Nein\b/ : /^No\b/);
    expect(reply.text).toMatch(/§ 4a Abs\. 4/);
    expect(reply.text).toMatch(lang === 'de' ? /neue Erlaubnis/ : /new permission/);
    expect(cited(reply)).toContain('permission.job-specific');
  });
});

describe('a monthly pay for some hours, checked against the minimum wage in force', () => {
  const start = minimumWageOn(LAW);
  const next = MINIMUM_WAGE.find((r) => r.from > LAW);
  it.each([
    ['en', '450 euro a month for 4 sundays x 8 hours, is this ok?', 450, 32],
    ['en', 'we pay 450€ per month, she works 32 hours a month. enough?', 450, 32],
    ['de', '450 euro im monat für 4 sonntage à 8 stunden, passt das?', 450, 32],
    ['de', 'reichen 500 € monatlich für 36 stunden im monat?', 500, 36],
  ] as const)('%s "%s"', (lang, q, pay, hours) => {
    if (!start) throw new Error('no minimum wage row');
    const { reply } = ask('minijob', lang, q);
    expect(reply.source).toBe('case.wage');
    const hourly = Math.floor((pay / hours) * 100) / 100;
    expect(reply.text).toContain(formatNumber(hourly, lang));
    expect(reply.text).toContain(formatNumber(start.hourly, lang));
    expect(cited(reply)).toContain(start.entry);
    // The rate that comes into force next decides a job that starts after the permission: the sum needed then.
    if (next && hourly < next.hourly) {
      expect(reply.text).toContain(formatNumber(next.hourly, lang));
      expect(reply.text).toContain(formatNumber(Math.round(next.hourly * hours * 100) / 100, lang));
      expect(cited(reply)).toContain(next.entry);
    }
  });
});

describe('"kostet das was?"', () => {
  it.each([
    ['de', 'hm, kommt drauf an. kostet das was?', true],
    ['de', 'Was kostet die Beratung?', true],
    ['en', 'does that cost anything?', true],
    ['en', 'is the adviser free of charge?', false],
    ['de', 'kostet die erlaubnis was?', false],
  ] as const)('%s "%s" — what the knowledge base holds, never "I don’t know"', (lang, q, verdict) => {
    const { reply } = ask('cleaner', lang, q, verdict);
    expect(reply.source).not.toBe('unknown');
    expect(reply.text).not.toMatch(/nicht sicher beantworten|cannot answer that reliably/);
    // The permission: free of charge, as immigration offices state (paperwork.steps).
    expect(reply.text).toMatch(lang === 'de' ? /gebührenfrei/ : /free of charge/);
    expect(cited(reply)).toContain('paperwork.steps');
    // The counselling: its price is not in the knowledge base, and the answer says so instead of inventing one.
    if (!/erlaubnis/.test(q)) expect(reply.text).toMatch(lang === 'de' ? /Beratung/ : /adviser|counselling/);
  });
});

describe('the pay of a nursing trainee', () => {
  it.each([
    ['de', 'muss ich ihr den mindestlohn zahlen?'],
    ['en', 'do i have to pay her minimum wage?'],
  ] as const)('%s "%s" — not the minimum wage, and not § 17 BBiG: nursing training is under the PflBG', (lang, q) => {
    const { reply } = ask('nurseHire', lang, q);
    expect(reply.source).toBe('case.wage');
    expect(reply.text).not.toMatch(/BBiG/);
    expect(reply.text).toMatch(/Pflegeberufegesetz|PflBG/);
  });

  it('a trainee in a dual training keeps the minimum training allowance of § 17 BBiG', () => {
    const facts: CaseFacts = { ...CASES.nurseHire, job: { kind: 'vocational_training' } };
    const assessment = assess(facts, LAW, knowledge, { lang: 'de' });
    const reply = answerFollowUp(
      { question: 'muss ich mindestlohn zahlen?', lang: 'de', lawAsOf: LAW, facts, unknown: [], assessment },
      deps,
    );
    expect(reply.text).toMatch(/§ 17 BBiG/);
  });
});
