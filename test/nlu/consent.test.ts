import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/index.js';
import { loadDataset, setFile } from './dataset.js';

type Decision = 'yes' | 'no' | 'unclear';
const want = (intents: readonly string[]): Decision =>
  intents.includes('affirm') ? 'yes' : intents.includes('deny') ? 'no' : 'unclear';

describe.each([
  ['consent.yaml', 40],
  ['consent-styles.yaml', 90],
  // Written in session 7 before the fix: a yes-word, a hesitation, then a no ("Ja, äh, nein") is a no.
  ['consent-turned.yaml', 13],
])('yes and no to the hand-off consent (tuning set %s)', (file, size) => {
  const data = loadDataset(setFile(file));
  const runs = data.utterances.map((u) => ({
    text: u.text,
    expected: want(u.intents),
    actual: want(understand(u.text, { lang: u.lang, today: data.today, expectsYesNo: u.expectsYesNo }).intents),
  }));

  it(`has at least ${size} replies in German and English, all to the consent question`, () => {
    expect(runs.length).toBeGreaterThanOrEqual(size);
    expect(data.utterances.every((u) => u.expectsYesNo)).toBe(true);
    expect(data.utterances.some((u) => u.lang === 'en')).toBe(true);
  });

  it('reads every reply right, and never a no or an unclear reply as yes', () => {
    const wrong = runs.filter((r) => r.expected !== r.actual);
    expect(wrong.map((r) => `${r.text}: want ${r.expected}, got ${r.actual}`)).toEqual([]);
  });
});

describe('yes and no to a question about a fact', () => {
  const ask = (text: string) =>
    understand(text, { lang: 'de', today: '2026-11-22', pendingFactKey: 'livesInReceptionCentre' });

  it.each([
    ['Natürlich nicht!', false],
    ['Klar nicht', false],
    ['Nein, er hat eine eigene Wohnung', false],
    ['Ja, leider', true],
    ['Ja, er hat aber keinen Pass', true],
  ])('"%s" answers %s', (text, value) => {
    expect(ask(text).patch.livesInReceptionCentre).toBe(value);
  });

  it('leaves an unclear reply unanswered, so the question comes again with its buttons', () => {
    expect(ask('vielleicht').patch).not.toHaveProperty('livesInReceptionCentre');
    expect(ask('ja, aber was heißt das?').patch).not.toHaveProperty('livesInReceptionCentre');
  });
});
