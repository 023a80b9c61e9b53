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

/** The compound vocabulary is every stem the corpus of this language contains. */
function vocabularyOf(docs: readonly IndexedDoc[], lang: Lang): Set<string> {
  const vocabulary = new Set<string>();
  for (const doc of docs)
    for (const field of FIELDS) for (const t of tokenize(doc[field])) vocabulary.add(stemToken(t, lang));
  return vocabulary;
}

/** Text → index terms: the one analyser for documents and queries, on every runtime. */
function analyserFor(lang: Lang, vocabulary: ReadonlySet<string>) {
  const analyseToken = (token: string): string[] =>
    lang === 'de' ? [stemToken(token, lang), ...compoundParts(token, vocabulary)] : [stemToken(token, lang)];
  return (text: string): string[] => {
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
}

function indexOptions(analyse: (text: string) => string[]) {
  return {
    fields: [...FIELDS],
    storeFields: ['entryId'],
    tokenize: analyse,
    processTerm: (term: string) => term,
    searchOptions: {
      boost: BOOST,
      // Typos: allow one or two edits on longer stems only, so short legal terms stay exact.
      fuzzy: (term: string) => (term.length >= 6 ? 0.2 : false),
      // At most four edits even for the longest words (MiniSearch's default is six): the fuzzy walk
      // over the index grows steeply with the distance. Four leaves the top ten of every retrieval
      // question and NLU utterance unchanged (compared list by list).
      maxFuzzy: 4,
      prefix: (term: string) => term.length >= 5,
      combineWith: 'OR' as const,
    },
  };
}

const toDocs = (entries: readonly KnowledgeEntry[]): IndexedDoc[] =>
  entries.map((e) => ({
    id: e.id,
    entryId: e.id,
    title: e.title,
    summary: e.summary,
    keywords: [...e.keywords, ...e.topics, ...e.legal_basis].join(' '),
    body: e.body,
  }));

function buildIndex(entries: KnowledgeEntry[], lang: Lang) {
  const docs = toDocs(entries);
  const vocabulary = vocabularyOf(docs, lang);
  const analyse = analyserFor(lang, vocabulary);
  const index = new MiniSearch<IndexedDoc>(indexOptions(analyse));
  index.addAll(docs);
  return { index, analyse, vocabulary };
}

/**
 * The search index in serialised form, built ahead of time (the Worker's build) so that a runtime
 * loads it instead of analysing the whole knowledge base on its first request. Per language: the
 * MiniSearch index (its `toJSON`), the compound vocabulary the query analyser needs, and a probe:
 * what the analyser made of a fixed text when the index was built.
 */
export type SerialisedSearch = Record<Lang, { index: string; vocabulary: string[]; probe: string[] }>;

/** Words that exercise the analyser: stemming, folding, spelling variants, decompounding, numbers. */
const PROBE = {
  de: 'Beschäftigungserlaubnis Ausländerbehörde Duldungen Fluechtlinge Zeitarbeitsfirma Straße § 60d',
  en: 'employment permissions tolerated persons immigration offices agency work § 60d',
};

export function serialiseKnowledgeSearch(entries: KnowledgeEntry[]): SerialisedSearch {
  const serialise = (lang: Lang) => {
    const { index, analyse, vocabulary } = buildIndex(
      entries.filter((e) => e.lang === lang),
      lang,
    );
    return { index: JSON.stringify(index), vocabulary: [...vocabulary], probe: analyse(PROBE[lang]) };
  };
  return { de: serialise('de'), en: serialise('en') };
}

/**
 * Loads a serialised index. Query and index must be analysed alike: when the analyser of this
 * build tokenises the probe differently from the one that built the index (the index is stale),
 * the index is built afresh here instead: slower, never wrong.
 */
function loadIndex(entries: KnowledgeEntry[], lang: Lang, prebuilt: SerialisedSearch[Lang]) {
  const analyse = analyserFor(lang, new Set(prebuilt.vocabulary));
  if (JSON.stringify(analyse(PROBE[lang])) !== JSON.stringify(prebuilt.probe)) return buildIndex(entries, lang);
  return { index: MiniSearch.loadJSON<IndexedDoc>(prebuilt.index, indexOptions(analyse)), analyse };
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

/**
 * In-memory BM25 search over the knowledge base, one index per language. Same code on Node and
 * Workers: Node builds the index at start; the Worker loads the one serialised at build time.
 */
export function createKnowledgeSearch(entries: KnowledgeEntry[], prebuilt?: SerialisedSearch): KnowledgeSearch {
  const byId = new Map<string, KnowledgeEntry>();
  const indexes = new Map<Lang, { index: MiniSearch<IndexedDoc>; analyse: (text: string) => string[] }>();
  const ofLang = (lang: Lang) => entries.filter((e) => e.lang === lang);
  for (const e of entries) byId.set(`${e.lang}:${e.id}`, e);
  // Built now (at start-up, not in a user's first request), or loaded on a language's first search
  // (loading is cheap, and a fresh isolate often serves only one language).
  if (!prebuilt) for (const lang of ['de', 'en'] as const) indexes.set(lang, buildIndex(ofLang(lang), lang));
  const indexOf = (lang: Lang) => {
    let index = indexes.get(lang);
    if (!index && prebuilt?.[lang]) {
      index = loadIndex(ofLang(lang), lang, prebuilt[lang]);
      indexes.set(lang, index);
    }
    return index;
  };
  return {
    search(query, { lang, limit = 5, lawAsOf }) {
      const built = indexOf(lang);
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
