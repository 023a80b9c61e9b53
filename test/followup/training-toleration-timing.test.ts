import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/domain/facts.js';
import { askAbout, plainDuldungFacts } from './case-follow-up.js';

// Review S6-11: "wann sollen wir das beantragen?" after a training verdict with the Ausbildungsduldung possible got
// the generic permission steps or the route's standing – never its timing. § 60c Abs. 3 AufenthG: the application
// can be made at the earliest seven months before the training starts, the toleration is granted at the earliest six
// months before, once the entry of the contract in the chamber's register has been applied for; and § 60c Abs. 2
// Nr. 2, 5 look at the day of the application (three months of Duldung, no concrete removal measures).

const trainee: CaseFacts = {
  ...plainDuldungFacts,
  nationality: 'SO',
  asylumApplied: true,
  asylumOutcome: 'rejected',
  entryDate: '2023-03',
  identityClarifiedOn: '2023-06',
  toleratedSince: '2025-01',
  criminalConvictions: 'none',
  job: { kind: 'vocational_training' },
};
const cited = (r: { citations: { entryId: string }[] }) => r.citations.map((c) => c.entryId);

describe('when to apply for the training toleration', () => {
  it.each([
    ['de', 'wann sollen wir das beantragen?'],
    ['de', 'Wann sollen wir die Ausbildungsduldung beantragen?'],
    ['de', 'ab wann kann er den antrag stellen'],
    ['de', 'bis wann muss der Antrag gestellt sein?'],
    ['en', 'when should we apply for it?'],
    ['en', 'how early can he apply for the training toleration?'],
  ] as const)('%s "%s": seven months before the start, granted six months before (§ 60c Abs. 3)', (lang, q) => {
    const { reply } = askAbout(trainee, lang, q);
    expect(reply.text).toMatch(lang === 'de' ? /sieben Monate vor Ausbildungsbeginn/ : /seven months before/);
    expect(reply.text).toMatch(lang === 'de' ? /sechs Monate vorher/ : /six months before/);
    expect(reply.text).toMatch(/§ 60c Abs\. 3/);
    expect(reply.text).toMatch(lang === 'de' ? /Eintragung/ : /entry/);
    // What counts on the day of the application (§ 60c Abs. 2 Nr. 2, 5).
    expect(reply.text).toMatch(lang === 'de' ? /bei Antragstellung/ : /on the day of the application/);
    // The start is not known: said, with no date made up.
    expect(reply.text).toMatch(
      lang === 'de' ? /Ausbildungsbeginn kenne ich nicht/ : /do not know when the training starts/,
    );
    expect(cited(reply)).toContain('training.ausbildungsduldung-60c');
  });

  it.each([
    ['de', 'wann sollen wir das beantragen, die Ausbildung beginnt am 1.8.2027?', '01.01.2027', '01.02.2027'],
    ['de', 'Ausbildungsbeginn ist der 1. September 2027 – wann beantragen?', '01.02.2027', '01.03.2027'],
    ['en', 'when do we apply? training starts in August 2027', '1 January 2027', '1 February 2027'],
  ] as const)('%s "%s": the dates from the start given', (lang, q, from, granted) => {
    const { reply } = askAbout(trainee, lang, q);
    expect(reply.text).toContain(from);
    expect(reply.text).toContain(granted);
  });

  it('a start less than seven months away: the application is possible now', () => {
    const { reply } = askAbout(trainee, 'de', 'wann beantragen wir das? Beginn ist am 1.3.2027');
    expect(reply.text).toMatch(/schon jetzt/);
  });

  it('a case that is no training and names no training toleration is not answered with § 60c', () => {
    const { reply } = askAbout({ ...trainee, job: { kind: 'employment' } }, 'de', 'wann sollen wir das beantragen?');
    expect(reply.text).not.toMatch(/§ 60c Abs\. 3/);
  });
});

describe('no date in the past is given as a start of anything', () => {
  it('a start three months away: possible now, granted now too – no "ab" date before today', () => {
    const { reply } = askAbout(trainee, 'de', 'wann beantragen? Beginn 1.3.2027');
    expect(reply.text).not.toMatch(/ab 01\.08\.2026|ab 01\.09\.2026/);
  });

  it('a start six and a half months away: possible now, granted from six months before', () => {
    const { reply } = askAbout(trainee, 'de', 'wann beantragen? Beginn 15.6.2027');
    expect(reply.text).toMatch(/schon jetzt möglich/);
    expect(reply.text).toContain('ab 15.12.2026');
  });
});
