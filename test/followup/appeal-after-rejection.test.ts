import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts, FactKey } from '../../src/domain/facts.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { deps } from './follow-up-set.js';

// Review S5-17 / S6-3 (d13, d9): after "Asylantrag abgelehnt … er will klagen" the employer asks "er hat doch klage
// eingereicht, darf er dann nicht weiterarbeiten bis das gericht entschieden hat?" and got "kann ich nicht sicher
// beantworten". The case's answer is the rules' own point on when the Gestattung (and the permission on it) ends:
// only once the rejection is final or the removal threat enforceable, longer while an appeal is suspensive
// (KB entry event.asylum-rejected-while-employed, § 67 Abs. 1 AsylG) — by the kind of rejection the employer gave.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LAW = '2026-12-07';

const rejected: CaseFacts = {
  status: 'aufenthaltsgestattung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'CM',
  livesInReceptionCentre: false,
  event: 'asylum_rejected_while_employed',
  job: { kind: 'employment' },
};

function ask(facts: CaseFacts, lang: 'de' | 'en', question: string, unknown: FactKey[] = []) {
  const assessment = assess(facts, LAW, knowledge, { lang, unknown });
  return answerFollowUp({ question, lang, lawAsOf: LAW, facts, unknown, assessment }, deps);
}

const DE = [
  'er hat doch klage eingereicht, darf er dann nicht weiterarbeiten bis das gericht entschieden hat?',
  'darf er bis zum Urteil weiterarbeiten?',
  'Er will klagen. Darf er solange noch bei uns arbeiten?',
];
const EN = [
  'he has appealed, can he keep working until the court decides?',
  'can he keep working while the appeal runs?',
  'he will sue – may we employ him until the judgment?',
];
const WRONG =
  /nicht sicher beantworten|cannot answer that reliably|endet die Aufenthaltsgestattung und mit ihr|Toleration expired/;
const cases = [
  ['de', DE],
  ['en', EN],
] as const;

describe('an appeal after the asylum rejection gets the case’s answer (S5-17)', () => {
  for (const [lang, questions] of cases) {
    for (const q of questions) {
      it(`kind unknown ("weiß nicht"): ${q}`, () => {
        const r = ask(rejected, lang, q, ['asylumOutcome', 'removalMeasuresPending']);
        expect(r.text).not.toMatch(WRONG);
        expect(r.text).toMatch(lang === 'de' ? /Art der Ablehnung/ : /kind of rejection/);
        expect(r.citations.map((c) => c.entryId)).toContain('event.asylum-rejected-while-employed');
      });
      it(`simple rejection: ${q}`, () => {
        const r = ask({ ...rejected, asylumOutcome: 'rejected' }, lang, q);
        expect(r.text).not.toMatch(WRONG);
        expect(r.text).toMatch(
          lang === 'de'
            ? /aufschiebende Wirkung.*nicht in unserer Wissensbasis/
            : /suspensive effect.*not in our knowledge base/,
        );
      });
      it(`manifestly unfounded: ${q}`, () => {
        const r = ask({ ...rejected, asylumOutcome: 'rejected_manifestly_unfounded' }, lang, q);
        expect(r.text).not.toMatch(WRONG);
        expect(r.text).toMatch(
          lang === 'de'
            ? /nur dann aufschiebende Wirkung, wenn das Verwaltungsgericht/
            : /only if the administrative court orders/,
        );
      });
    }
  }

  it('a Duldung already issued after the rejection: no appeal point, the Gestattung has ended', () => {
    const facts: CaseFacts = {
      ...rejected,
      status: 'duldung',
      asylumOutcome: 'rejected',
      toleratedSince: '2026-12-01',
    };
    const r = ask(facts, 'de', DE[1] ?? '');
    expect(r.text).not.toMatch(/Die Ablehnung allein beendet/);
  });
});
