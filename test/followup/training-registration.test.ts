import { describe, expect, it } from 'vitest';
import { ask, dual, helper, nursing } from './trainee-cases.js';

// Review S4-13 (nursing, still present S3-14) and session 5 item 3: "nursing is not registered at a chamber, or?"
// repeated the checklist's "registration with the chamber", and "Muss das bei der Kammer eingetragen werden?" got
// "kann ich nicht sicher beantworten". A question about registering the training contract is answered with the
// case's own contract step: the nursing school (PflBG), the school for a helper training under Land law (and that
// the Land's rule is not in the knowledge base), the chamber for a dual training.

const ASKED = [
  ['de', 'Muss das bei der Kammer eingetragen werden?'],
  ['de', 'wer trägt den Ausbildungsvertrag eigentlich ein?'],
  ['de', 'brauchen wir die IHK dafür?'],
  ['en', 'nursing is not registered at a chamber, or?'],
  ['en', 'do we have to register the contract with the chamber?'],
  ['en', 'who registers the training contract?'],
] as const;

describe("a question about registering the training contract gets the case's own step", () => {
  it.each(ASKED)('%s "%s" — nursing: the nursing school approves (§ 16 Abs. 6 PflBG), no chamber', (lang, q) => {
    const reply = ask(nursing, lang, q);
    expect(reply.source).toBe('case.steps');
    expect(reply.text).toContain('§ 16 Abs. 6 PflBG');
    expect(reply.text).toMatch(lang === 'de' ? /Pflegeschule/ : /nursing school/);
    expect(reply.citations.map((c) => c.entryId)).toContain('paperwork.documents');
  });

  it.each(ASKED)(
    '%s "%s" — helper training: the school, and the Land\'s rule is not in the knowledge base',
    (lang, q) => {
      const reply = ask(helper, lang, q);
      expect(reply.source).toBe('case.steps');
      expect(reply.text).toMatch(lang === 'de' ? /Schule/ : /school/);
      expect(reply.text).toMatch(lang === 'de' ? /nicht in unserer Wissensbasis/ : /not in our knowledge base/);
      expect(reply.text).not.toContain('PflBG');
      expect(reply.citations.map((c) => c.entryId)).toContain('training.helper-and-entry-qualification');
    },
  );

  it.each(ASKED)('%s "%s" — dual training: the chamber', (lang, q) => {
    const reply = ask(dual, lang, q);
    expect(reply.source).toBe('case.steps');
    expect(reply.text).toMatch(lang === 'de' ? /Kammer/ : /chamber/);
  });

  it.each([
    ['de', 'Was bedeutet der Eintrag in der Duldung?'],
    ['en', 'is she registered at the job centre?'],
  ] as const)('%s "%s" is no question about the training contract', (lang, q) => {
    expect(ask(nursing, lang, q).source).not.toBe('case.steps');
  });
});
