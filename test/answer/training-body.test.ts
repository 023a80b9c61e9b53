import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';

// S3 (knowledge 13:15): "bei der Kammer eintragen" was said for every training. A nursing training under the
// PflBG has no chamber register: the contract is made with the provider of the practical training and the
// nursing school approves it (§ 16 Abs. 6 PflBG; § 60c Abs. 3 S. 3 AufenthG). A dual training keeps the chamber.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LAW = '2026-12-07';
const trainee = (trainingBody?: 'chamber' | 'school'): CaseFacts => ({
  status: 'duldung',
  nationality: 'GN',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  entryDate: '2022-03-01',
  toleratedSince: '2023-01-01',
  identityClarifiedOn: '2022-05-01',
  identityByPassport: true,
  removalMeasuresPending: false,
  job: { kind: 'vocational_training', ...(trainingBody ? { trainingBody } : {}) },
});

const CHAMBER = { de: /Kammer eintragen/, en: /registered with the chamber/ } as const;
const SCHOOL = { de: /Pflegeschule/, en: /nursing school/ } as const;

describe('the training contract step names the body that takes the contract', () => {
  it.each(['de', 'en'] as const)('%s: nursing (school) — the school approves, no chamber', (lang) => {
    const facts = trainee('school');
    const a = assess(facts, LAW, knowledge, { lang });
    expect(a.outcome).toBe('permission_required');
    const step = a.steps.find((s) => s.id === 'training_contract');
    expect(step?.text).toContain('§ 16 Abs. 6 PflBG');
    expect(step?.citations.map((c) => c.entryId)).toContain('paperwork.documents');
    const doc = a.documents.find((d) => d.id === 'training_registration');
    expect(doc?.text).toMatch(SCHOOL[lang]);
    const card = buildAnswerCard(a, facts, lang);
    const shown = card.steps.map((s) => s.text).join('\n');
    expect(shown).toMatch(SCHOOL[lang]);
    expect(shown).not.toMatch(CHAMBER[lang]);
  });

  it.each([
    ['de', 'chamber'],
    ['en', 'chamber'],
    ['de', undefined],
    ['en', undefined],
  ] as const)('%s: a dual training (%s) keeps the chamber step', (lang, body) => {
    const facts = trainee(body);
    const a = assess(facts, LAW, knowledge, { lang });
    const card = buildAnswerCard(a, facts, lang);
    const shown = card.steps.map((s) => s.text).join('\n');
    expect(shown).toMatch(CHAMBER[lang]);
    expect(shown).not.toMatch(SCHOOL[lang]);
    expect(a.documents.find((d) => d.id === 'training_registration')?.text).toMatch(
      lang === 'de' ? /Kammer/ : /chamber/,
    );
  });
});
