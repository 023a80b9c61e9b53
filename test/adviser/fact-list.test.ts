import { describe, expect, it } from 'vitest';
import { factList } from '../../src/adviser/fact-list.js';
import type { CaseFacts } from '../../src/domain/facts.js';
import { describeValue } from '../../src/i18n/fact-labels.js';

// Review S6-17 / S5-21: the case card said "Bisher beschäftigt: 32" – a number beside its label alone
// does not say months, hours or years. Every number on the card keeps its unit.
describe("the adviser's case card: labelled facts", () => {
  const facts = {
    age: 22,
    priorEmploymentMonths: 32,
    job: { kind: 'employment', hoursPerWeek: 20, hourlyWage: 14.5 },
  } as CaseFacts;
  const shown = (lang: 'de' | 'en', key: string) => factList(facts, lang).find((f) => f.key === key)?.value;

  it('shows numbers with their unit, in German and English', () => {
    expect(shown('de', 'priorEmploymentMonths')).toBe('32 Monate');
    expect(shown('de', 'job.hoursPerWeek')).toBe('20 Std./Woche');
    expect(shown('de', 'job.hourlyWage')).toBe('14,50 €/Std.');
    expect(shown('de', 'age')).toBe('22 Jahre');
    expect(shown('en', 'priorEmploymentMonths')).toBe('32 months');
    expect(shown('en', 'job.hoursPerWeek')).toBe('20 hours a week');
    expect(shown('en', 'age')).toBe('22 years');
  });

  it('keeps every other value as the chips show it', () => {
    expect(shown('de', 'job.kind')).toBe(describeValue('job.kind', 'employment', 'de'));
  });
});
