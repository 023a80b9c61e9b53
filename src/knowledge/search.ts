import MiniSearch from 'minisearch';
import { MAX_MESSAGE_LENGTH } from '../http/input-limits.js';
import { compoundParts, isStopWord, type Lang, stemToken, tokenize } from './analyse-text.js';
import type { KnowledgeEntry } from './entry.js';

export interface SearchHit {
  id: string;
  title: string;
  snippet: string;
  legalBasis: string[];
  reviewedAt: string;
  sources: { title: string; url: string }[];
  score: number;
}

export interface SearchOptions {
  lang: Lang;
  limit?: number;
  /** Only entries in force on this date are returned. */
  lawAsOf?: string;
}

export interface KnowledgeSearch {
  search(query: string, options: SearchOptions): SearchHit[];
}

interface IndexedDoc {
  id: string;
  entryId: string;
  title: string;
  summary: string;
  keywords: string;
  body: string;
}

const FIELDS = ['title', 'keywords', 'summary', 'body'] as const;
const BOOST = { title: 3, keywords: 2.5, summary: 1.5, body: 1 };

const inForce = (entry: KnowledgeEntry, date: string) =>
  entry.valid_from <= date && (entry.valid_until === null || date <= entry.valid_until);

function buildIndex(entries: KnowledgeEntry[], lang: Lang) {
  const docs: IndexedDoc[] = entries.map((e) => ({
    id: e.id,
    entryId: e.id,
    title: e.title,
    summary: e.summary,
    keywords: [...e.keywords, ...e.topics, ...e.legal_basis].join(' '),
    body: e.body,
  }));
  // The compound vocabulary is every stem the corpus of this language contains.
  const vocabulary = new Set<string>();
  for (const doc of docs)
    for (const field of FIELDS) for (const t of tokenize(doc[field])) vocabulary.add(stemToken(t, lang));

  const analyseToken = (token: string): string[] =>
    lang === 'de' ? [stemToken(token, lang), ...compoundParts(token, vocabulary)] : [stemToken(token, lang)];
  const analyse = (text: string): string[] => {
    // A repeated word is analysed once per text: repetition must not multiply the stemming work.
    const analysed = new Map<string, string[]>();
    const out: string[] = [];
    for (const token of tokenize(text)) {
      if (isStopWord(token, lang)) continue;
      let terms = analysed.get(token);
      if (!terms) {
        terms = analyseToken(token);
        analysed.set(token, terms);
      }
      out.push(...terms);
    }
    return out;
  };
  const index = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    storeFields: ['entryId'],
    tokenize: analyse,
    processTerm: (term) => term,
    searchOptions: {
      boost: BOOST,
      // Typos: allow one or two edits on longer stems only, so short legal terms stay exact.
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      // At most four edits even for the longest words (MiniSearch's default is six): the fuzzy walk
      // over the index grows steeply with the distance. Four leaves the top ten of every retrieval
      // question and NLU utterance unchanged (compared list by list).
      maxFuzzy: 4,
      prefix: (term) => term.length >= 5,
      combineWith: 'OR',
    },
  });
  index.addAll(docs);
  return { index, analyse };
}

/**
 * A query's terms, each once with how often it occurs. MiniSearch adds up the scores of repeated
 * terms, so weighting each distinct term by its count ranks exactly as before, while a query that
 * repeats a costly word a hundred times costs what it costs once.
 */
function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** In-memory BM25 search over the knowledge base, one index per language. Same code on Node and Workers. */
export function createKnowledgeSearch(entries: KnowledgeEntry[]): KnowledgeSearch {
  const byId = new Map<string, KnowledgeEntry>();
  const indexes = new Map<Lang, ReturnType<typeof buildIndex>>();
  for (const lang of ['de', 'en'] as const) {
    const ofLang = entries.filter((e) => e.lang === lang);
    for (const e of ofLang) byId.set(`${lang}:${e.id}`, e);
    indexes.set(lang, buildIndex(ofLang, lang));
  }
  return {
    search(query, { lang, limit = 5, lawAsOf }) {
      const built = indexes.get(lang);
      if (!built) return [];
      // Longer input is cut, whoever calls; the channels already refuse it with a readable 4xx.
      const counts = countTerms(built.analyse(query.slice(0, MAX_MESSAGE_LENGTH)));
      const hits: SearchHit[] = [];
      const results = built.index.search([...counts.keys()].join(' '), {
        tokenize: (terms) => terms.split(' '),
        boostTerm: (term) => counts.get(term) ?? 1,
      });
      for (const result of results) {
        const entry = byId.get(`${lang}:${result.id}`);
        if (!entry || (lawAsOf && !inForce(entry, lawAsOf))) continue;
        hits.push({
          id: entry.id,
          title: entry.title,
          snippet: entry.summary,
          legalBasis: entry.legal_basis,
          reviewedAt: entry.reviewed_at,
          sources: entry.sources,
          score: Math.round(result.score * 1000) / 1000,
        });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
