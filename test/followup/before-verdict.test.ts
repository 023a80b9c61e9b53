import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import { deps } from './follow-up-set.js';

/** A Tunisian kitchen helper whose case is still being collected: no verdict yet. */
const ask = (question: string, lang: 'de' | 'en' = 'de') =>
  answerFollowUp(
    {
      question,
      lang,
      lawAsOf: '2026-12-07',
      facts: { status: 'duldung', nationality: 'TN', job: { kind: 'employment' } },
      unknown: [],
      assessment: null,
    },
    deps,
  );

// The questions the fresh-eyes review (07.12.2026, finding 5) asked before the verdict; each got
// "I cannot answer that reliably … talk to an adviser?".
describe('a case question asked before the verdict', () => {
  it('says it depends on the details still open, never "I don’t know" with an adviser offer', () => {
    for (const [q, lang] of [
      ['Gibts irgendeinen Weg?', 'de'],
      ['When exactly could he start?', 'en'],
      ['Was muss ich an Unterlagen vorbereiten?', 'de'],
    ] as const) {
      const answer = ask(q, lang);
      expect(answer.source, q).toBe('case.pending');
      expect(answer.text, q).toMatch(/hängt noch von Ihren Angaben ab|still depends on your details/);
      expect(answer.text, q).not.toMatch(/Berater|adviser/);
    }
  });

  it('answers what holds for every case: a trial is employment, the minimum wage applies', () => {
    const trial = ask('Darf er Probe arbeiten?');
    expect(trial.text).toMatch(/Probearbeit ist Beschäftigung/);
    expect(trial.citations.map((c) => c.entryId)).toContain('activity.trial-work');
    const wage = ask('muss ich Mindestlohn zahlen?');
    expect(wage.source).toBe('case.wage');
    expect(wage.text).toMatch(/^Ja, der Mindestlohn gilt/);
    expect(wage.text).toMatch(/\d+,\d\d €/);
  });

  it('still says honestly when a question is beyond what Lotse knows', () => {
    expect(ask('Wie wird das Wetter morgen in Dresden?').source).toBe('unknown');
  });
});
