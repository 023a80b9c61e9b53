import { describe, expect, it } from 'vitest';
import { deps, ENTRY_CASE, loadQuestions, problems } from './follow-up-set.js';
import { VERDICTS } from './verdicts.js';

const rows = loadQuestions();
const heldOut = rows.filter((r) => r.file === 'held-out.yaml');
const entryRows = rows.filter((r) => r.kind === 'entry' && r.file === 'kb-entries.yaml');
/** Entry questions are asked after this verdict; their entries must be in force on its law date. */
const ENTRY_LAW_DATE = VERDICTS[ENTRY_CASE]?.lawAsOf ?? '';
const heldApartEntries = rows.filter((r) => r.kind === 'entry' && r.file === 'kb-entries-held-apart.yaml');
const tuned = rows.filter((r) => r.file !== 'held-out.yaml' && r.kind === 'case');

describe('follow-up questions after a verdict are answered from the case first', () => {
  it('has the set the issue asks for: at least 80 questions after real verdicts, German and English', () => {
    const questions = tuned.filter((r) => r.kind === 'case');
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(questions.map((r) => r.row.lang))).toEqual(new Set(['de', 'en']));
  });

  it.each(tuned.map((r) => [`${r.file}:${r.line} ${r.row.q}`, r] as const))('%s', (_name, row) => {
    expect(problems(row)).toEqual([]);
  });

  it('finds each knowledge entry added for issue 17 (kb-entries.yaml) with its follow-up question', () => {
    const missed = entryRows.map((r) => ({ q: r.row.q, problems: problems(r) })).filter((r) => r.problems.length > 0);
    console.info(
      `knowledge-entry follow-ups: ${entryRows.length - missed.length}/${entryRows.length} cite their entry`,
      missed,
    );
    expect(missed).toEqual([]);
  });

  // Held apart (written before the change that made the 14 above reach their entries): measured and
  // reported, never tuned on, so no floor; only the set itself must be sound.
  it('reports the held-apart knowledge-entry follow-ups (kb-entries-held-apart.yaml)', () => {
    expect(heldApartEntries.length).toBeGreaterThanOrEqual(20);
    for (const r of heldApartEntries)
      if (r.kind === 'entry')
        expect(deps.citation(r.row.expectEntry, ENTRY_LAW_DATE, r.row.lang), r.row.expectEntry).toBeDefined();
    const right = heldApartEntries.filter((r) => problems(r).length === 0).length;
    console.info(`held-apart knowledge-entry follow-ups: ${right}/${heldApartEntries.length} cite their entry`);
  });

  it('answers the held-out questions (never tuned on) right in at least 80 %', () => {
    const wrong = heldOut.map((r) => ({ q: r.row.q, problems: problems(r) })).filter((r) => r.problems.length > 0);
    const share = 1 - wrong.length / heldOut.length;
    console.info(`held-out follow-ups: ${heldOut.length - wrong.length}/${heldOut.length} right`, wrong);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });
});
