import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/domain/facts.js';
import { formatDate } from '../../src/domain/format.js';
import { askAbout, LAW, plusDays } from './case-follow-up.js';

// Review S3-5: "bis wann genau muss ich das melden?" after an ending is answered with the day, which the
// rules computed (14 days from the day the employer learned of the end, else from today), not the duty's
// general text again.

const trainee: CaseFacts = {
  status: 'ausbildungsduldung',
  nationality: 'AF',
  event: 'training_ends_early',
  eventKnownOn: plusDays(LAW, -3),
  job: { kind: 'vocational_training' },
};
const worker: CaseFacts = { status: 'beschaeftigungsduldung', nationality: 'AF', event: 'employment_ends_early' };

const ask = (facts: CaseFacts, lang: 'de' | 'en', question: string) => askAbout(facts, lang, question).reply;

describe('the notice deadline asked after an ending', () => {
  it.each([
    ['de', 'bis wann genau muss ich das melden?'],
    ['de', 'bis wann muss die meldung raus?'],
    ['en', 'when exactly is the deadline?'],
    ['en', 'when is the deadline for telling the authorities?'],
  ] as const)('%s: "%s" starts with the day (counted from the day the employer learned of it)', (lang, q) => {
    const known = trainee.eventKnownOn ?? '';
    const answer = ask(trainee, lang, q);
    expect(answer.source).toBe('case.duties');
    expect(
      answer.text.startsWith(
        lang === 'de' ? `Bis ${formatDate(plusDays(known, 14), lang)}` : `By ${formatDate(plusDays(known, 14), lang)}`,
      ),
    ).toBe(true);
    expect(answer.text).toContain(formatDate(known, lang));
  });

  it('without the day of learning, says the days and the day it would be if learned today', () => {
    const answer = ask(worker, 'de', 'Bis wann muss ich das melden?');
    expect(answer.text).toMatch(/^Innerhalb von 14 Tagen ab dem Tag, an dem Sie davon erfahren haben/);
    expect(answer.text).toContain(formatDate(plusDays(LAW, 14), 'de'));
  });

  it('still answers what the notice must contain with the duty, not a date first', () => {
    const answer = ask(trainee, 'de', 'was muss in die meldung rein?');
    expect(answer.source).toBe('case.duties');
    expect(answer.text).not.toMatch(/^Bis \d/);
  });
});
