import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { deps } from './follow-up-set.js';

// Review S3-10: "could she do a 2 week internship first to see if it works?" before a minijob is trial
// employment (same permission, BA consent, minimum wage), not an orientation internship before a training.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LAW = '2026-12-07';
const minijob: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'MD',
  asylumApplied: true,
  asylumAppliedOn: '2022',
  asylumOutcome: 'rejected',
  removalMeasuresPending: false,
  job: { kind: 'minijob', hoursPerWeek: 10 },
};

const ask = (question: string, lang: 'de' | 'en') => {
  const assessment = assess(minijob, LAW, knowledge, { lang });
  return {
    assessment,
    answer: answerFollowUp({ question, lang, lawAsOf: LAW, facts: minijob, unknown: [], assessment }, deps),
  };
};

describe('an internship "first, to see if it works" before the job', () => {
  it.each([
    ['en', 'could she do a 2 week internship first to see if it works?'],
    ['de', 'Kann sie vorher zwei Wochen ein Praktikum machen, zur Probe?'],
  ] as const)('%s: "%s" is answered as trial employment, never "no BA consent needed"', (lang, q) => {
    const { assessment, answer } = ask(q, lang);
    expect(assessment.outcome).toBe('permission_required');
    expect(answer.source).toBe('case.trial_work');
    expect(answer.text).toMatch(/Beschäftigung|employment/);
    expect(answer.text).not.toMatch(/keine Zustimmung|No consent of the Federal Employment Agency|no BA consent/i);
  });

  it('still answers a plain internship question with the internship variant', () => {
    const { answer } = ask('Geht auch ein Praktikum?', 'de');
    expect(answer.source).toBe('case.job_variant');
  });
});
