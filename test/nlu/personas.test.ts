import { describe, expect, it } from 'vitest';
import { DATE_FACT_KEYS } from '../../src/domain/facts.js';
import { loadDataset, setFile } from './dataset.js';

// The persona tuning sets of *corpus* (session 5). They carry no score floor: the reader's engineers add
// one when they tune on them. What holds here is that every label is valid against CaseFacts (the
// Dataset is strict) and sane against the set's own reference date, so a wrong label cannot teach code.
describe.each([
  ['personas-1.yaml', 'single messages by persona', 100],
  ['personas-2.yaml', 'single messages by persona, second round', 80],
  ['personas-multi-date.yaml', 'two to six dates or durations per message, by persona', 50],
  // Session 6: new personas (care-home admin, vineyard, Turkish-German grill, Denglisch founder, mentor, union
  // rep, recruiter, HR-system email, voice dictation, run-on worried owner …).
  ['personas-3.yaml', 'single messages by persona, third round', 120],
  ['personas-4.yaml', 'single messages by persona, fourth round', 80],
  // Held apart by *tests* until 07.12.2026 21:15 (session 6), then retired to tuning.
  ['single-messages-heldout3-retired.yaml', 'single messages by *tests*, held apart until session 6', 120],
  ['multi-date-heldout3-retired.yaml', 'multi-date messages by *tests*, held apart until session 6', 30],
  // Held apart by *tests* from session 6 until 08.12.2026 00:15 (session 7), measured twice (figures only), then
  // retired to tuning with their figures frozen at 3a0d814: P 0.907 / R 0.900 and 0.973 / 0.940.
  ['single-messages-heldout4-retired.yaml', 'single messages by *tests*, held apart until session 7', 120],
  ['multi-date-heldout4-retired.yaml', 'multi-date messages by *tests*, held apart until session 7', 30],
])('%s: %s (tuning)', (file, _name, size) => {
  const data = loadDataset(setFile(file));

  it(`loads at least ${size} messages, more than a third of them in English`, () => {
    expect(data.utterances.length).toBeGreaterThanOrEqual(size);
    expect(data.utterances.filter((u) => u.lang === 'en').length / data.utterances.length).toBeGreaterThan(1 / 3);
  });

  it('dates no past fact after the reference date and lists no message twice', () => {
    const late: string[] = [];
    for (const u of data.utterances) {
      const patch = u.patch as Record<string, unknown>;
      for (const key of DATE_FACT_KEYS) {
        const v = patch[key];
        if (key !== 'documentValidUntil' && typeof v === 'string' && v > data.today)
          late.push(`${u.text}: ${key} ${v}`);
      }
    }
    expect(late).toEqual([]);
    const keys = data.utterances.map((u) => `${u.pending ?? ''}|${u.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
