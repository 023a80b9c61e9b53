import { describe, expect, it } from 'vitest';
import { elapsedLabel, elapsedText } from '../../src/watch/notice-texts.js';
import type { Verdict } from '../../src/watch/verdict.js';

/** Review S3-8: the reminder for time reached names what was reached and says the law is the same, in de and en. */
const before: Verdict = { outcome: 'permission_required', baConsent: 'required', dates: [] };
const after: Verdict = { ...before, baConsent: 'not_required' };
const input = { effectiveOn: '2027-01-01', toldOn: '2026-12-07', before, after, afterDates: [], today: '2027-01-03' };

describe('the words of a reminder for time reached (review S3-8)', () => {
  it.each([
    [
      'de',
      /^Seit dem 01\.01\.2027 hält sich die Person vier Jahre .* auf\. Das Recht ist dasselbe geblieben/,
      /vorher nötig, jetzt nicht nötig/,
    ],
    [
      'en',
      /^Since 1 January 2027, the person has stayed in Germany for four years .*The law has stayed the same/,
      /before needed, now not needed/i,
    ],
  ] as const)('%s: four years of stay, and what that changed', (lang, opening, delta) => {
    const text = elapsedText({ ...input, lang, milestone: { key: 'four_years' } });
    expect(text).toMatch(opening);
    expect(text).toMatch(delta);
    // Never worded as a change of the law.
    expect(text).not.toMatch(/gilt „|ändert sich\.|applies:|assessment of .* changes\./);
  });

  it('names a case date reached on the day by its label, and a span without one generically', () => {
    expect(elapsedText({ ...input, lang: 'de', milestone: { key: 'date', label: 'Wartezeit endet' } })).toMatch(
      /^Seit dem 01\.01\.2027 ist ein Termin Ihres Falls erreicht: Wartezeit endet\./,
    );
    expect(elapsedText({ ...input, lang: 'en', milestone: { key: 'time' } })).toMatch(
      /^Since 1 January 2027, your case/,
    );
    expect(elapsedLabel('de', { key: 'four_years' })).toBe('Vier Jahre Aufenthalt erreicht');
    expect(elapsedLabel('en', { key: 'four_years' })).toBe('Four years of stay reached');
    expect(elapsedLabel('de', { key: 'date', label: 'Wartezeit endet' })).toBe('Wartezeit endet');
  });
});
