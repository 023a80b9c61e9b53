import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Inputs of an exact length: ordinary ones (what employers write) and the worst shapes found for the
 * text analysis (stemming, German decompounding, fuzzy matching, the NLU's patterns). Shared by
 * test/hardening/input-cost.test.ts (work counted) and bench/input-cost.ts (time measured).
 */

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Texts joined with spaces, cut to `length`; `offset` picks a different stretch of the pool. */
const joined = (pool: readonly string[], length: number, offset = 0) => {
  let text = '';
  for (let i = offset; text.length < length; i++) text += `${pool[i % pool.length]} `;
  return text.slice(0, length);
};

const utterances = (): string[] =>
  (
    parse(readFileSync(fileURLToPath(new URL('../../nlu/utterances.yaml', import.meta.url)), 'utf8')) as {
      utterances: Array<{ text: string; lang?: string }>;
    }
  ).utterances
    .filter((u) => (u.lang ?? 'de') === 'de')
    .map((u) => u.text);

const questions = (): string[] =>
  (
    parse(
      readFileSync(fileURLToPath(new URL('../../knowledge/retrieval-questions.yaml', import.meta.url)), 'utf8'),
    ) as Array<{ q: string; lang: string }>
  )
    .filter((q) => q.lang === 'de')
    .map((q) => q.q);

/** Every German text of the labelled sets (NLU utterances and retrieval questions). */
export const realGermanTexts = () => [...utterances(), ...questions()];

/** A German employer's message of `length` characters: labelled NLU utterances, one after another. */
export const ordinaryMessage = (length: number, offset = 0) => joined(utterances(), length, offset);

/** A German search query of `length` characters: retrieval questions, one after another. */
export const ordinaryQuery = (length: number, offset = 0) => joined(questions(), length, offset);

// Parts of German legal compounds; glued together they give long tokens with many split points
// whose right part is a known stem, the case that keeps the decompounder busiest.
const PARTS = [
  'beschäftigungs',
  'erlaubnis',
  'ausländer',
  'behörde',
  'aufenthalts',
  'gestattung',
  'duldung',
  'ausbildungs',
  'arbeits',
  'vertrag',
  'zustimmung',
  'agentur',
  'mindestlohn',
  'befristung',
];

/** Distinct tokens of exactly 40 letters, each a run of compound parts (rotated, so none repeats). */
function longCompounds(length: number): string {
  const tokens: string[] = [];
  for (let i = 0; tokens.join(' ').length < length; i++) {
    let token = '';
    for (let j = i; token.length < 40; j += 3) token += PARTS[(j * 7 + i) % PARTS.length];
    tokens.push(token.slice(0, 40));
  }
  return tokens.join(' ').slice(0, length);
}

/** Distinct words of eight letters or more, each once: the most expensive real words to look up. */
const distinctLongWords = (words: readonly string[], length: number) =>
  joined(
    [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w.length >= 8 && /^\p{L}+$/u.test(w)),
    length,
  );

export interface CostlyInput {
  name: string;
  text: string;
}

/**
 * The pathological shapes at `length` characters. `corpusWords` are the knowledge base's words (for
 * the most expensive real words); without them that shape is left out.
 */
export function costlyInputs(length: number, corpusWords: readonly string[] = []): CostlyInput[] {
  const shapes: CostlyInput[] = [
    { name: 'one letter repeated', text: 'a'.repeat(length) },
    { name: 'one compound repeated, no spaces', text: repeatTo('beschäftigungserlaubnis', length) },
    { name: 'one compound repeated', text: repeatTo('beschäftigungserlaubnis ', length) },
    { name: '40-letter compounds, all different', text: longCompounds(length) },
    { name: 'one-letter words', text: repeatTo('a ', length) },
    { name: 'digits', text: '1'.repeat(length) },
    { name: 'month and year repeated', text: repeatTo('12.2020', length) },
    { name: 'umlauts and ß', text: repeatTo('äöüß', length) },
    { name: 'ae/oe/ue spellings', text: repeatTo('aeoeue', length) },
  ];
  if (corpusWords.length > 0)
    shapes.push({ name: 'long real words, all different', text: distinctLongWords(corpusWords, length) });
  return shapes;
}
