import { describe, expect, it } from 'vitest';
import { ask, dual, helper, nursing } from './trainee-cases.js';

// Session 5 (lead, item 2): the pay of a nursing trainee is set by the PflBG (§ 19 PflBG), which neither the
// statute extracts nor the fact sheet hold, so no knowledge entry could be written from them. The answer must then
// say the knowledge base does not hold the amount – never the BBiG's minimum training allowance (§ 17 BBiG, the
// entry training.practicalities) or the school-training entry. A helper training under Land law: the same honesty.
// A dual training keeps § 17 BBiG.

const PAY = [
  ['de', 'Muss ich ihr den Mindestlohn zahlen?'],
  ['de', 'Wie viel Ausbildungsvergütung bekommt sie?'],
  ['de', 'Ausbildungsvergütung Pflege?'],
  ['de', 'was muss ich der Auszubildenden monatlich zahlen'],
  ['en', 'how much do I have to pay a nursing trainee?'],
  ['en', 'what is the training allowance in nursing?'],
  ['en', 'do I have to pay her the minimum wage?'],
  ['en', "what's the trainee pay?"],
] as const;
const NOT_HELD = { de: /nicht in meiner Wissensbasis/, en: /not in my knowledge base/ } as const;
const AMOUNT = /\d[\d.,]* ?€|€ ?\d/;

describe('trainee pay in nursing and helper trainings', () => {
  it.each(PAY)('%s "%s" — nursing: PflBG, the amount not in the knowledge base, no § 17 BBiG', (lang, q) => {
    const reply = ask(nursing, lang, q);
    expect(reply.source).toBe('case.wage');
    expect(reply.text).toContain('PflBG');
    expect(reply.text).toMatch(NOT_HELD[lang]);
    expect(reply.text).not.toContain('§ 17 BBiG');
    expect(reply.text).not.toMatch(AMOUNT);
    const cited = reply.citations.map((c) => c.entryId);
    expect(cited).not.toContain('training.practicalities');
    expect(cited).not.toContain('activity.school-training');
  });

  it.each(PAY)('%s "%s" — helper training under Land law: the Land\'s pay not in the knowledge base', (lang, q) => {
    const reply = ask(helper, lang, q);
    expect(reply.source).toBe('case.wage');
    expect(reply.text).toMatch(lang === 'de' ? /Landesrecht/ : /Land law/);
    expect(reply.text).toMatch(NOT_HELD[lang]);
    expect(reply.text).not.toMatch(AMOUNT);
    expect(reply.text).not.toContain('PflBG');
  });

  it.each([
    ['de', 'Wie viel Ausbildungsvergütung bekommt sie?'],
    ['en', 'do I have to pay her the minimum wage?'],
  ] as const)('%s "%s" — a dual training keeps § 17 BBiG', (lang, q) => {
    const reply = ask(dual, lang, q);
    expect(reply.text).toContain('§ 17 BBiG');
  });

  it.each([
    ['de', 'Und in der Pflegeausbildung, wie hoch ist da die Vergütung?'],
    ['en', 'what is the training allowance in nursing?'],
  ] as const)('%s "%s" — naming nursing in another training case still gets the PflBG answer', (lang, q) => {
    const reply = ask(dual, lang, q);
    expect(reply.text).toContain('PflBG');
    expect(reply.text).toMatch(NOT_HELD[lang]);
    expect(reply.text).not.toContain('§ 17 BBiG');
  });
});
