import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { formatDate } from '../../src/domain/format.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { deps } from './follow-up-set.js';

// Review S3-5: "bis wann genau muss ich das melden?" after an ending is answered with the day, which the
// rules computed (14 days from the day the employer learned of the end, else from today), not the duty's
// general text again.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LAW = '2026-12-07';
const plusDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const trainee: CaseFacts = {
  status: 'ausbildungsduldung',
  nationality: 'AF',
  event: 'training_ends_early',
  eventKnownOn: plusDays(LAW, -3),
  job: { kind: 'vocational_training' },
};
const worker: CaseFacts = { status: 'beschaeftigungsduldung', nationality: 'AF', event: 'employment_ends_early' };

function ask(facts: CaseFacts, lang: 'de' | 'en', question: string) {
  const assessment = assess(facts, LAW, knowledge, { lang });
  return answerFollowUp({ question, lang, lawAsOf: LAW, facts, unknown: [], assessment }, deps);
}

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
