import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { tokenize } from '../src/knowledge/analyse-text.js';
import { loadKnowledgeFromDir } from '../src/knowledge/load-node.js';
import { createKnowledgeSearch, type KnowledgeSearch } from '../src/knowledge/search.js';

/** Date the evaluation set is asked on unless a question names its own `lawAsOf`. */
export const DEFAULT_LAW_AS_OF = '2026-11-22';
export const QUESTIONS_FILE = fileURLToPath(new URL('../test/knowledge/retrieval-questions.yaml', import.meta.url));
/** Held apart: never tuned on, scored separately (figures only, never the misses). */
export const FRESH_QUESTIONS_FILE = fileURLToPath(new URL('../test/knowledge/retrieval-fresh.yaml', import.meta.url));
/**
 * Every held-apart set, each written before a ranking change it then measures: the first by *tests*
 * before the knowledge work of issue 17, the second by *retrieval* before its ranking work.
 */
export const FRESH_QUESTIONS_FILES: readonly string[] = [
  FRESH_QUESTIONS_FILE,
  fileURLToPath(new URL('../test/knowledge/retrieval-fresh-2.yaml', import.meta.url)),
];
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));

/** Ranks looked at for MRR; a question whose answer is not in the top `MRR_DEPTH` scores 0. */
export const MRR_DEPTH = 10;
const LATENCY_REPETITIONS = 20;

const RetrievalQuestion = z
  .object({
    q: z.string().min(1),
    lang: z.enum(['de', 'en']),
    ids: z.array(z.string().min(1)).min(1).max(3),
    lawAsOf: z.iso.date().optional(),
  })
  .strict();
export type RetrievalQuestion = z.infer<typeof RetrievalQuestion>;

/** Reads and validates the evaluation set; throws with the offending question index on a malformed entry. */
export function loadRetrievalQuestions(path: string = QUESTIONS_FILE): RetrievalQuestion[] {
  return z
    .array(RetrievalQuestion)
    .min(1)
    .parse(parse(readFileSync(path, 'utf8')));
}

export const lawAsOfOf = (question: RetrievalQuestion): string => question.lawAsOf ?? DEFAULT_LAW_AS_OF;

export interface RankedQuestion {
  question: RetrievalQuestion;
  /** 1-based rank of the first labelled id within the top `MRR_DEPTH`, or null when none is there. */
  rank: number | null;
  /** Ids returned, best first (at most `MRR_DEPTH`). */
  top: string[];
}

export function rankQuestions(search: KnowledgeSearch, questions: readonly RetrievalQuestion[]): RankedQuestion[] {
  return questions.map((question) => {
    const top = search
      .search(question.q, { lang: question.lang, limit: MRR_DEPTH, lawAsOf: lawAsOfOf(question) })
      .map((hit) => hit.id);
    const index = top.findIndex((id) => question.ids.includes(id));
    return { question, rank: index === -1 ? null : index + 1, top };
  });
}

/** Share of questions with at least one labelled id in the top k. */
export function recallAt(ranked: readonly RankedQuestion[], k: number): number {
  if (ranked.length === 0) return 0;
  return ranked.filter((r) => r.rank !== null && r.rank <= k).length / ranked.length;
}

export function meanReciprocalRank(ranked: readonly RankedQuestion[]): number {
  if (ranked.length === 0) return 0;
  return ranked.reduce((sum, r) => sum + (r.rank === null ? 0 : 1 / r.rank), 0) / ranked.length;
}

/** A question's words for comparing question texts: lower-cased, four letters or more (a crude filter of function words). */
const wordsOf = (text: string) => new Set(tokenize(text).filter((word) => word.length >= 4));

/**
 * How close a question comes to the nearest question of the same language in `others`: the Jaccard
 * overlap of their words (0 … 1). Fresh sets and the tuning set are written from the same entries,
 * so some fresh questions turn out to be near-paraphrases of tuning questions; those measure tuning,
 * not generalisation, and the bench also reports the fresh figures without them.
 */
export function nearestOverlap(question: RetrievalQuestion, others: readonly RetrievalQuestion[]): number {
  const words = wordsOf(question.q);
  let best = 0;
  for (const other of others) {
    if (other.lang !== question.lang) continue;
    const otherWords = wordsOf(other.q);
    const shared = [...words].filter((word) => otherWords.has(word)).length;
    const union = words.size + otherWords.size - shared;
    if (union > 0) best = Math.max(best, shared / union);
  }
  return best;
}
/** From this overlap on, a fresh question counts as a near-paraphrase of a tuning question. */
export const NEAR_PARAPHRASE = 0.5;

/** One line per question not answered in the top k: the question, its labels, and what came first instead. */
export function describeMisses(ranked: readonly RankedQuestion[], k: number): string[] {
  return ranked
    .filter((r) => r.rank === null || r.rank > k)
    .map(
      (r) =>
        `[${r.question.lang}] "${r.question.q}" expected ${r.question.ids.join(' | ')}; ` +
        `rank ${r.rank ?? `>${MRR_DEPTH}`}; top ${k}: ${r.top.slice(0, k).join(', ') || '(nothing)'}`,
    );
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Recall@1, recall@3, MRR@10 and warm search latency over the retrieval evaluation set. */
export async function benchRetrieval(): Promise<string[]> {
  const questions = loadRetrievalQuestions();
  const search = createKnowledgeSearch(loadKnowledgeFromDir(KNOWLEDGE_DIR));

  // The first pass doubles as warm-up for the latency measurement.
  const ranked = rankQuestions(search, questions);

  const timings: number[] = [];
  for (let rep = 0; rep < LATENCY_REPETITIONS; rep++) {
    for (const question of questions) {
      const start = performance.now();
      search.search(question.q, { lang: question.lang, limit: MRR_DEPTH, lawAsOf: lawAsOfOf(question) });
      timings.push(performance.now() - start);
    }
  }
  timings.sort((a, b) => a - b);

  const count = (set: readonly RetrievalQuestion[], lang: 'de' | 'en') => set.filter((q) => q.lang === lang).length;
  const freshLines = FRESH_QUESTIONS_FILES.map((file) => {
    const fresh = loadRetrievalQuestions(file);
    const freshRanked = rankQuestions(search, fresh);
    const unlike = freshRanked.filter((r) => nearestOverlap(r.question, questions) < NEAR_PARAPHRASE);
    return (
      `retrieval fresh set ${basename(file)} (held apart, never tuned on): ${fresh.length} questions ` +
      `(de ${count(fresh, 'de')}, en ${count(fresh, 'en')}), ` +
      `recall@1 ${recallAt(freshRanked, 1).toFixed(3)}, recall@3 ${recallAt(freshRanked, 3).toFixed(3)}, ` +
      `MRR@${MRR_DEPTH} ${meanReciprocalRank(freshRanked).toFixed(3)}; ` +
      `without the ${fresh.length - unlike.length} near-paraphrases of tuning questions: ` +
      `recall@3 ${recallAt(unlike, 3).toFixed(3)} over ${unlike.length}`
    );
  });
  return [
    `retrieval questions (tuning set): ${questions.length} (de ${count(questions, 'de')}, en ${count(questions, 'en')})`,
    `retrieval recall@1: ${recallAt(ranked, 1).toFixed(3)}`,
    `retrieval recall@3: ${recallAt(ranked, 3).toFixed(3)}`,
    `retrieval MRR@${MRR_DEPTH}: ${meanReciprocalRank(ranked).toFixed(3)}`,
    ...freshLines,
    `retrieval search latency: p50 ${percentile(timings, 50).toFixed(3)} ms, p99 ${percentile(timings, 99).toFixed(3)} ms ` +
      `(${timings.length} searches = ${questions.length} questions × ${LATENCY_REPETITIONS}, warm)`,
  ];
}

// `npx tsx bench/retrieval.ts` runs this bench alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchRetrieval()) console.log(line);
}
