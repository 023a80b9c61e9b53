import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_MESSAGE_LENGTH } from '../../src/http/input-limits.js';
import { compoundParts, MAX_TOKEN_LENGTH, stemToken, tokenize } from '../../src/knowledge/analyse-text.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { createKnowledgeSearch } from '../../src/knowledge/search.js';
import { costlyInputs, ordinaryMessage, ordinaryQuery, realGermanTexts } from './support/costly-inputs.js';
import { lotseOnFile } from './support/lotse-on-file.js';

/**
 * What one input costs, counted in work units instead of time (timings belong in `npm run bench`,
 * which measures the same inputs: bench/input-cost.ts). The unit is the stemmer's: every call of
 * the Snowball stemmer and the letters it is given, counted by wrapping the library.
 */
const stemming = vi.hoisted(() => ({ calls: 0, letters: 0 }));
vi.mock('snowball-stemmers', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof import('snowball-stemmers') }).default;
  const newStemmer = (algorithm: string) => {
    const stemmer = real.newStemmer(algorithm);
    return {
      stem(word: string) {
        stemming.calls++;
        stemming.letters += word.length;
        return stemmer.stem(word);
      },
    };
  };
  return { default: { ...real, newStemmer }, newStemmer };
});

const entries = loadKnowledgeFromDir(resolve('knowledge'));
const corpusWords = entries.filter((e) => e.lang === 'de').flatMap((e) => tokenize(`${e.title} ${e.body}`));
const search = createKnowledgeSearch(entries);

/** Letters stemmed by one search; ordinary texts are averaged over three stretches of real text. */
function lettersStemmed(text: string): number {
  stemming.letters = 0;
  search.search(text, { lang: 'de', limit: 5 });
  return stemming.letters;
}
const ordinaryWork = (make: (length: number, offset: number) => string, length: number) =>
  [0, 40, 80].map((offset) => lettersStemmed(make(length, offset))).reduce((a, b) => a + b) / 3;

describe('the cost of one input is bounded like that of an ordinary input of the same length', () => {
  it('never hands a token longer than MAX_TOKEN_LENGTH to stemming, decompounding or the fuzzy match', () => {
    expect(MAX_TOKEN_LENGTH).toBeGreaterThanOrEqual(31); // the longest word of the knowledge base
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3000 }), fc.stringMatching(/^[a-zäöüß0-9 ]{0,3000}$/)), (text) => {
        for (const token of tokenize(text)) expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
      }),
      { numRuns: 200 },
    );
    expect(tokenize('a'.repeat(2000))).toEqual(['a'.repeat(MAX_TOKEN_LENGTH)]);
  });

  for (const [length, make, what] of [
    [500, ordinaryQuery, 'a search query (the API allows 500 characters)'],
    [MAX_MESSAGE_LENGTH, ordinaryMessage, 'a message (follow-up questions are searched)'],
  ] as const) {
    it(`stems at most five times the letters of an ordinary text for ${what}`, () => {
      const ordinary = ordinaryWork(make, length);
      expect(ordinary).toBeGreaterThan(length / 2); // the count is real: ordinary text is stemmed
      const ratios = costlyInputs(length, corpusWords).map(({ name, text }) => {
        expect(text).toHaveLength(length);
        return { name, ratio: lettersStemmed(text) / ordinary };
      });
      expect(ratios.filter((r) => r.ratio > 5)).toEqual([]);
    });
  }
});

/** Decompounding as it was before its work was bounded: every split point stemmed. */
function unboundedCompoundParts(token: string, vocabulary: ReadonlySet<string>): string[] {
  if (token.length < 9) return [];
  for (let i = token.length - 4; i >= 4; i--) {
    const right = stemToken(token.slice(i), 'de');
    if (!vocabulary.has(right)) continue;
    const rawLeft = token.slice(0, i);
    for (const left of [rawLeft, rawLeft.endsWith('s') ? rawLeft.slice(0, -1) : undefined]) {
      if (!left || left.length < 4) continue;
      const leftStem = stemToken(left, 'de');
      if (vocabulary.has(leftStem)) return [leftStem, right];
    }
  }
  return [];
}

describe('German decompounding with bounded work', () => {
  it('splits every real word exactly as the unbounded splitter did', () => {
    const german = entries.filter((e) => e.lang === 'de');
    const vocabulary = new Set(
      german.flatMap((e) =>
        tokenize([e.title, e.summary, e.body, ...e.keywords, ...e.topics, ...e.legal_basis].join(' ')).map((t) =>
          stemToken(t, 'de'),
        ),
      ),
    );
    const words = [...new Set([...corpusWords, ...realGermanTexts().flatMap(tokenize)])];
    const split = words.filter((w) => unboundedCompoundParts(w, vocabulary).length > 0);
    expect(split.length).toBeGreaterThan(300); // the comparison covers many real compounds
    for (const word of words)
      expect([word, compoundParts(word, vocabulary)]).toEqual([word, unboundedCompoundParts(word, vocabulary)]);
  });
});

describe('one length limit for every way text comes in', () => {
  let lotse: ReturnType<typeof lotseOnFile>;
  beforeAll(() => {
    lotse = lotseOnFile();
  });
  afterAll(() => lotse.close());

  it('the conversation service refuses a message over the limit, whichever channel calls it', async () => {
    const { id } = await lotse.conversations.create('de');
    await expect(lotse.conversations.post(id, { text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) })).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining(String(MAX_MESSAGE_LENGTH)),
    });
    const ok = await lotse.conversations.post(id, { text: `${'a'.repeat(MAX_MESSAGE_LENGTH - 1)}?` });
    expect(ok.messages.length).toBeGreaterThan(0);
  });

  it('the API answers an over-long message and search query with a readable 400', async () => {
    const { id } = (await (await lotse.request('/api/v1/conversations', { body: {} })).json()) as { id: string };
    const message = await lotse.request(`/api/v1/conversations/${id}/messages`, {
      body: { text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) },
    });
    expect(message.status).toBe(400);
    expect(await message.json()).toMatchObject({ error: { message: expect.stringContaining('2000') } });
    const query = await lotse.request(`/api/v1/knowledge/search?q=${'a'.repeat(501)}`);
    expect(query.status).toBe(400);
  });
});
