import { describe, expect, it } from 'vitest';
import { loadQuestions, problems } from './follow-up-set.js';

const rows = loadQuestions();
const heldOut = rows.filter((r) => r.file === 'held-out.yaml');
const tuned = rows.filter((r) => r.file !== 'held-out.yaml');

describe('follow-up questions after a verdict are answered from the case first', () => {
  it('has the set the issue asks for: at least 80 questions after real verdicts, German and English', () => {
    const questions = tuned.filter((r) => r.kind === 'case');
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(questions.map((r) => r.row.lang))).toEqual(new Set(['de', 'en']));
  });

  it.each(tuned.map((r) => [`${r.file}:${r.line} ${r.row.q}`, r] as const))('%s', (_name, row) => {
    expect(problems(row)).toEqual([]);
  });

  it('answers the held-out questions (never tuned on) right in at least 80 %', () => {
    const wrong = heldOut.map((r) => ({ q: r.row.q, problems: problems(r) })).filter((r) => r.problems.length > 0);
    const share = 1 - wrong.length / heldOut.length;
    console.info(`held-out follow-ups: ${heldOut.length - wrong.length}/${heldOut.length} right`, wrong);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });
});
