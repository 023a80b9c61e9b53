import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { sayFollowUp } from '../../src/followup/types.js';
import { conversationDe } from '../../src/i18n/conversation.de.js';
import { conversationEn } from '../../src/i18n/conversation.en.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { deps } from './follow-up-set.js';

// Review S5-7 (third session open): "was können wir gegen die abschiebung machen?" got only the § 60d route line,
// "would a job stop the deportation?" was never answered. Answered from what the knowledge base holds
// (event.deportation-or-detention, ban.removal-measures): the employer cannot stop it; the person needs counselling
// or a lawyer today, who checks a right to stay, an urgent court application, the hardship commission or a petition;
// the employer helps with a written confirmation of the job. Whether any of it succeeds is individual legal advice:
// said so, with the hand-off. A job alone does not stop a deportation.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LAW = '2026-12-07';
const UI = { de: conversationDe, en: conversationEn } as const;

const cook: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'NG',
  entryDate: '2017',
  removalMeasuresPending: true,
  job: { kind: 'employment' },
  priorEmploymentMonths: 24,
};
const plainCase: CaseFacts = { ...cook, removalMeasuresPending: false };

function ask(facts: CaseFacts, lang: 'de' | 'en', question: string, verdict = true) {
  const assessment = verdict ? assess(facts, LAW, knowledge, { lang }) : null;
  return answerFollowUp({ question, lang, lawAsOf: LAW, facts, unknown: [], assessment }, deps);
}

const AGAINST_DE = [
  'was können wir gegen die abschiebung machen?',
  'er arbeitet doch schon bei uns!! was können wir gegen die abschiebung machen? kann er ne beschäftigungsduldung kriegen?',
  'Kann man die Abschiebung noch irgendwie verhindern?',
  'wie können wir helfen, dass er nicht abgeschoben wird?',
  'Was passiert jetzt mit der Abschiebung?',
];
const AGAINST_EN = [
  'what about the deportation??',
  'what can we do against the deportation?',
  'is there any way to stop her being deported?',
  'can we help prevent the deportation?',
];
const JOB_DE = [
  'Hilft ein fester Arbeitsvertrag gegen die Abschiebung?',
  'schützt ihn die Stelle vor der Abschiebung?',
];
const JOB_EN = ['would a job stop the deportation?', 'does a work contract protect him from deportation?'];

const cases = [
  ...AGAINST_DE.map((q) => ['de', q, false] as const),
  ...AGAINST_EN.map((q) => ['en', q, false] as const),
  ...JOB_DE.map((q) => ['de', q, true] as const),
  ...JOB_EN.map((q) => ['en', q, true] as const),
];

describe('a question about the deportation is answered from the knowledge base (S5-7)', () => {
  it.each(cases)('%s: %s', (lang, question, job) => {
    const say = sayFollowUp(lang);
    const reply = ask(cook, lang, question);
    expect(reply.source).toBe('case.removal');
    const ids = reply.citations.map((c) => c.entryId);
    expect(ids).toContain('event.deportation-or-detention');
    expect(ids).toContain('ban.removal-measures');
    expect(reply.text).toContain(say('removal.what'));
    // Whether it succeeds is individual legal advice: said, and the hand-off follows.
    expect(reply.text).toContain(say('removal.individual'));
    if (job) expect(reply.text.startsWith(say('removal.job_no'))).toBe(true);
    else expect(reply.text).not.toContain(say('removal.job_no'));
    // The case's measures are pending: a new permission is discretion; the routes still open are named.
    expect(reply.text).toContain(say('removal.pending'));
    expect(reply.text).toContain('§ 60d');
    expect(reply.text).not.toBe(UI[lang].followUpUnknown);
  });

  it.each(['de', 'en'] as const)('%s: without measures pending the answer does not claim they are', (lang) => {
    const say = sayFollowUp(lang);
    const reply = ask(plainCase, lang, lang === 'de' ? (AGAINST_DE[0] ?? '') : (AGAINST_EN[1] ?? ''));
    expect(reply.source).toBe('case.removal');
    expect(reply.text).toContain(say('removal.what'));
    expect(reply.text).not.toContain(say('removal.pending'));
  });

  it.each(['de', 'en'] as const)('%s: before the verdict the general answer, no case claims', (lang) => {
    const say = sayFollowUp(lang);
    const reply = ask(
      cook,
      lang,
      lang === 'de' ? 'und was ist mit der Abschiebung?' : 'what about the deportation??',
      false,
    );
    expect(reply.text).toContain(say('removal.what'));
    expect(reply.text).not.toContain(say('removal.pending'));
    expect(reply.citations.map((c) => c.entryId)).toContain('event.deportation-or-detention');
  });
});
