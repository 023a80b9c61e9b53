import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { trainee as traineeIn } from '../followup/trainee-cases.js';

// S3 (knowledge 13:15): "bei der Kammer eintragen" was said for every training. A nursing training under the
// PflBG has no chamber register: the contract is made with the provider of the practical training and the
// nursing school approves it (§ 16 Abs. 6 PflBG; § 60c Abs. 3 S. 3 AufenthG). A dual training keeps the chamber.

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LAW = '2026-12-07';
/** The trainee of the follow-up tests in a dual or nursing training. */
const trainee = (trainingBody?: 'chamber' | 'school'): CaseFacts =>
  traineeIn({ kind: 'vocational_training', ...(trainingBody ? { trainingBody } : {}) });

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

// Session 5 (lead, item 3): a Pflegehelfer training (helper_training) still got "bei der Kammer eintragen". A helper
// training under Land law has no chamber register: what counts is the contract with the school or its consent
// (§ 60c Abs. 3 S. 3 AufenthG); what else the Land requires is not in our knowledge base, and the step says so.
describe('a helper training (Land law, e.g. Pflegehilfe) gets no chamber step', () => {
  const helper = (trainingBody?: 'chamber' | 'school'): CaseFacts => ({
    ...trainee(),
    job: { kind: 'helper_training', ...(trainingBody ? { trainingBody } : {}) },
  });
  const NOT_KNOWN = { de: /nicht in (?:meiner|unserer) Wissensbasis/, en: /not in (?:my|our) knowledge base/ } as const;
  const SCHOOL_ANY = { de: /Schule/, en: /school/ } as const;

  it.each([
    ['de', undefined],
    ['en', undefined],
    ['de', 'school'],
    ['en', 'school'],
  ] as const)('%s (%s): school, not chamber, and honest about the Land', (lang, body) => {
    const facts = helper(body);
    const a = assess(facts, LAW, knowledge, { lang });
    const step = a.steps.find((s) => s.id === 'training_contract');
    expect(step?.text).toBeDefined();
    expect(step?.text).not.toMatch(
      lang === 'de' ? /Kammer eintragen|bei der zuständigen Kammer/ : /registered with|with the competent chamber/,
    );
    expect(step?.text).not.toContain('PflBG');
    expect(step?.text).toMatch(SCHOOL_ANY[lang]);
    expect(step?.text).toMatch(NOT_KNOWN[lang]);
    expect(step?.text).toContain('§ 60c Abs. 3 S. 3');
    expect(step?.citations.map((c) => c.entryId)).toContain('training.helper-and-entry-qualification');
    const doc = a.documents.find((d) => d.id === 'training_registration');
    expect(doc?.text).toMatch(SCHOOL_ANY[lang]);
    expect(doc?.text).not.toMatch(
      lang === 'de' ? /Eintragung bei der Kammer beantragt/ : /registration with the chamber has been applied/,
    );
    const card = buildAnswerCard(a, facts, lang);
    const shown = card.steps.map((s) => s.text).join('\n');
    expect(shown).not.toMatch(CHAMBER[lang]);
    expect(shown).not.toMatch(SCHOOL[lang]);
    expect(shown).toMatch(SCHOOL_ANY[lang]);
    expect(shown).toMatch(NOT_KNOWN[lang]);
  });
});
