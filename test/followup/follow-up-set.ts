import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { buildAnswerCard } from '../../src/answer/build-card.js';
import { countWords } from '../../src/answer/render-text.js';
import { assess } from '../../src/domain/assess.js';
import { answerFollowUp } from '../../src/followup/answer-follow-up.js';
import type { FollowUpAnswer, FollowUpDeps } from '../../src/followup/types.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { createKnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { VERDICTS } from './verdicts.js';

const Lang = z.enum(['de', 'en']);
/** A question after one of our verdicts, with where its answer must come from. */
const CaseQuestion = z
  .object({
    case: z.string(),
    lang: Lang,
    q: z.string().min(2),
    expect: z
      .object({
        source: z.string(),
        mentions: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
        notMentions: z.array(z.string()).optional(),
        entries: z.array(z.string()).optional(),
      })
      .strict(),
  })
  .strict();
/** A question for a knowledge entry (test/followup/kb-entries.yaml, kept by *knowledge*). */
const EntryQuestion = z.object({ q: z.string().min(2), lang: Lang, expectEntry: z.string() }).strict();
export type Row = { file: string; line: number } & (
  | { kind: 'case'; row: z.infer<typeof CaseQuestion> }
  | { kind: 'entry'; row: z.infer<typeof EntryQuestion> }
);

export const FOLLOWUP_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Every question of every yaml in test/followup/; a malformed row fails naming file and row. */
export function loadQuestions(dir = FOLLOWUP_DIR): Row[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const rows = z.array(z.unknown()).parse(parse(readFileSync(join(dir, file), 'utf8')) ?? []);
      return rows.map((raw, i): Row => {
        const asCase = CaseQuestion.safeParse(raw);
        if (asCase.success) return { file, line: i + 1, kind: 'case', row: asCase.data };
        const asEntry = EntryQuestion.safeParse(raw);
        if (asEntry.success) return { file, line: i + 1, kind: 'entry', row: asEntry.data };
        throw new Error(
          `${file} row ${i + 1}: ${asCase.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
        );
      });
    });
}

const entries = loadKnowledgeFromDir(fileURLToPath(new URL('../../knowledge', import.meta.url)));
const knowledge = createAssessmentKnowledge(entries);
const base = createKnowledgeBase(entries);
export const deps: FollowUpDeps = {
  assess: (facts, lawAsOf, unknown, lang) => assess(facts, lawAsOf, knowledge, { unknown, lang }),
  search: base,
  citation: (id, date, lang) => knowledge.citation(id as never, date, lang),
};

/** Questions of kb-entries.yaml are asked after a plain permission case. */
export const ENTRY_CASE = 'wait-sy';

export function ask(caseId: string, q: string, lang: 'de' | 'en'): { answer: FollowUpAnswer; headline: string } {
  const verdict = VERDICTS[caseId];
  if (!verdict) throw new Error(`no verdict "${caseId}" in verdicts.ts`);
  const assessment = assess(verdict.facts, verdict.lawAsOf, knowledge, { lang });
  if (assessment.outcome !== verdict.outcome)
    throw new Error(`${caseId}: outcome ${assessment.outcome}, expected ${verdict.outcome}`);
  const input = { question: q, lang, lawAsOf: verdict.lawAsOf, facts: verdict.facts, unknown: [], assessment };
  return { answer: answerFollowUp(input, deps), headline: buildAnswerCard(assessment, verdict.facts, lang).headline };
}

/** What is wrong with the answer to one question (empty: right). */
export function problems(row: Row): string[] {
  const caseId = row.kind === 'case' ? row.row.case : ENTRY_CASE;
  const { answer, headline } = ask(caseId, row.row.q, row.row.lang);
  const found: string[] = [];
  const text = answer.text.toLowerCase();
  const cited = answer.citations.map((c) => c.entryId);
  if (row.kind === 'entry') {
    if (!cited.includes(row.row.expectEntry)) found.push(`cites [${cited.join(', ')}], not ${row.row.expectEntry}`);
    return found;
  }
  const expect = row.row.expect;
  if (answer.source !== expect.source) found.push(`source ${answer.source}, expected ${expect.source}`);
  for (const m of expect.mentions ?? []) if (!text.includes(m.toLowerCase())) found.push(`does not mention "${m}"`);
  for (const m of expect.notMentions ?? []) if (text.includes(m.toLowerCase())) found.push(`mentions "${m}"`);
  for (const e of expect.entries ?? []) if (!cited.includes(e)) found.push(`does not cite ${e}`);
  // A follow-up is a few sentences, never the verdict sent again unasked.
  const long = answer.source !== 'case.details' && answer.source !== 'case.sources' && answer.source !== 'knowledge';
  if (long && countWords(answer.text) > 110) found.push(`${countWords(answer.text)} words`);
  if (answer.source !== 'case.reason' && answer.source !== 'case.details' && answer.text.includes(headline))
    found.push('repeats the verdict');
  return found;
}
