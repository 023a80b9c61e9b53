import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { deps } from './follow-up-set.js';

/**
 * A follow-up question asked about one case's facts after its verdict, on the real knowledge base, as the
 * conversation asks it (law date 07.12.2026). Shared by the follow-up tests that each used to build this.
 */
export const entries = loadKnowledgeFromDir('knowledge');
export const knowledge = createAssessmentKnowledge(entries);
export const LAW = '2026-12-07';

/** An ISO date `days` after (or before, when negative) `iso`. */
export const plusDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A plain Duldung: work only with the immigration office's permission, no removal measures. */
export const plainDuldungFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  removalMeasuresPending: false,
} as const;

/** A plain Duldung (work only with permission) whose employment ends early. */
export const plainEnding: CaseFacts = {
  status: 'duldung',
  nationality: 'AF',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  event: 'employment_ends_early',
};

/** The verdict for `facts` and the answer to `question` asked after it. */
export function askAbout(facts: CaseFacts, lang: 'de' | 'en', question: string) {
  const assessment = assess(facts, LAW, knowledge, { lang });
  const reply = answerFollowUp({ question, lang, lawAsOf: LAW, facts, unknown: [], assessment }, deps);
  return { reply, assessment };
}
