import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { assess } from '../../src/domain/assess.js';
import type { CaseFacts, FactKey } from '../../src/domain/facts.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';

// Review S4-5: a Georgian whose asylum application was in August 2023, day unknown. § 104 Abs. 18 Nr. 1 AufenthG
// lifts the ban only for applications "bis zum 30. August 2023"; read at its cautious end the month gives the ban.
// The headline must say the ban and the condition under which a permission is possible — never "Erlaubnis nötig".

const knowledge = createAssessmentKnowledge(loadKnowledgeFromDir('knowledge'));
const LAW = '2026-12-07';
const georgian: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'GE',
  asylumApplied: true,
  asylumAppliedOn: '2023-08',
  asylumOutcome: 'rejected',
  entryDate: '2023-08',
  documentValidUntil: '2027-02-28',
  removalMeasuresPending: false,
  job: { kind: 'minijob' },
};
const tunisian: CaseFacts = {
  status: 'duldung',
  workClause: 'beschaeftigung_nur_mit_erlaubnis',
  nationality: 'TN',
  asylumApplied: true,
  asylumAppliedOn: '2024',
  asylumOutcome: 'rejected',
  toleratedSince: '2025',
  hadWorkPermitOn11June2026: false,
  entryDate: '2024',
  livesInReceptionCentre: false,
  removalMeasuresPending: false,
  job: { kind: 'employment' },
};
const card = (facts: CaseFacts, unknown: FactKey[], lang: 'de' | 'en') =>
  buildAnswerCard(assess(facts, LAW, knowledge, { unknown, lang }), facts, lang);

describe('cautious ban when only the day of a carve-out date is unknown (S4-5)', () => {
  it('leads with the possible ban and the 30.08.2023 condition (de, en)', () => {
    const de = card(georgian, ['asylumAppliedOn'], 'de');
    expect(de.label).toBe('Möglicherweise verboten');
    expect(de.headline).toMatch(/^Möglicherweise verboten: .*30\.08\.2023/);
    expect(de.headline).not.toMatch(/Erlaubnis nötig|muss die Stelle erst erlauben/);
    const en = card(georgian, ['asylumAppliedOn'], 'en');
    expect(en.label).toBe('Possibly prohibited');
    expect(en.headline).toContain('30 August 2023');
  });

  it('names the 06.05.2025 condition for § 104 Abs. 18 Nr. 2', () => {
    expect(card(tunisian, ['toleratedSince'], 'de').headline).toMatch(/^Möglicherweise verboten: .*06\.05\.2025/);
    expect(card(tunisian, ['toleratedSince'], 'en').headline).toContain('6 May 2025');
  });

  it('keeps the plain ban label when the date is certain, and the permission when the day lies before the cut-off', () => {
    const banned = card({ ...georgian, asylumAppliedOn: '2023-08-31' }, [], 'de');
    expect(banned.label).toBe('Verboten');
    expect(banned.headline).not.toContain('Möglicherweise');
    expect(card({ ...georgian, asylumAppliedOn: '2023-08-15' }, [], 'de').label).toBe('Erlaubnis nötig');
  });

  // Session 5 (domain): a date nobody knows at all, or a permission on 11.06.2026 nobody can confirm, is read like a
  // month-only date — the exception is not assumed, so the same honest "possibly prohibited" with an adviser.
  it('says the possible ban, not a certain one nor a permission, when the carve-out date or permission is wholly unknown', () => {
    for (const [facts, unknown] of [
      [{ ...tunisian, toleratedSince: undefined }, ['toleratedSince']],
      [{ ...tunisian, toleratedSince: '2025-08', hadWorkPermitOn11June2026: undefined }, ['hadWorkPermitOn11June2026']],
      [{ ...georgian, asylumAppliedOn: undefined, entryDate: '2022' }, ['asylumAppliedOn']],
    ] as const) {
      const a = assess(facts, LAW, knowledge, { unknown: [...unknown], lang: 'de' });
      const de = buildAnswerCard(a, facts, 'de');
      expect(de.label).toBe('Möglicherweise verboten');
      expect(de.headline).not.toMatch(/Erlaubnis nötig|muss die Stelle erst erlauben/);
      expect(a.escalation.recommended).toBe(true);
      expect(a.steps.find((s) => s.id === 'do_not_employ')?.text).toContain('kann ein Beschäftigungsverbot bestehen');
    }
  });
});

// Review S5-29: § 104 Abs. 18 Nr. 2 AufenthG names Türkei; outside its carve-out a ban is probable, but whether the EU
// list covers a candidate country is open — so "Möglicherweise verboten", never "Erlaubnis nötig" nor a certain ban.
describe('Türkei outside the § 104 Abs. 18 Nr. 2 carve-out (S5-29)', () => {
  const turk: CaseFacts = { ...tunisian, nationality: 'TR', toleratedSince: '2026-02' };
  it('leads with the possible ban, names both cut-off dates and the open coverage (de, en)', () => {
    const de = card(turk, [], 'de');
    expect(de.label).toBe('Möglicherweise verboten');
    expect(de.headline).toMatch(/^Möglicherweise verboten: .*06\.05\.2025.*11\.06\.2026.*Türkei.*offen/);
    expect(de.headline).not.toMatch(/Erlaubnis nötig|gilt als sicherer Herkunftsstaat/);
    const en = card(turk, [], 'en');
    expect(en.label).toBe('Possibly prohibited');
    expect(en.headline).toMatch(/6 May 2025.*11 June 2026.*open/);
  });
  it('keeps the permission procedure for a Turkish national geduldet on 06.05.2025', () => {
    expect(card({ ...turk, toleratedSince: '2025-01-10' }, [], 'de').label).not.toMatch(/verboten/);
  });
});
