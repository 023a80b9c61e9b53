import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { createKnowledgeSearch, serialiseKnowledgeSearch } from '../../src/knowledge/search.js';

// The Worker loads the search index serialised at build time instead of building it on an isolate's
// first request. Loaded, it must answer exactly as the index built at start-up (Node) does.
const entries = loadKnowledgeFromDir('knowledge');
const built = createKnowledgeSearch(entries);
const serialised = serialiseKnowledgeSearch(entries);

const questions = ['test/knowledge/retrieval-questions.yaml', 'test/knowledge/retrieval-fresh.yaml'].flatMap(
  (file) => parse(readFileSync(file, 'utf8')) as Array<{ q: string; lang: 'de' | 'en'; lawAsOf?: string }>,
);

describe('the serialised search index', () => {
  it('ranks every retrieval question exactly as the index built from the entries', () => {
    const loaded = createKnowledgeSearch(entries, serialised);
    expect(questions.length).toBeGreaterThan(100);
    for (const { q, lang, lawAsOf } of questions) {
      const options = { lang, limit: 10, lawAsOf: lawAsOf ?? '2026-11-22' };
      expect(loaded.search(q, options), q).toEqual(built.search(q, options));
    }
  });

  it('survives its trip through the generated module (JSON text)', () => {
    const shipped = JSON.parse(JSON.stringify(serialised)) as typeof serialised;
    const loaded = createKnowledgeSearch(entries, shipped);
    const options = { lang: 'de' as const, lawAsOf: '2026-11-22' };
    expect(loaded.search('Zeitarbeit mit Duldung', options)).toEqual(built.search('Zeitarbeit mit Duldung', options));
  });

  it('is not used when the analyser that built it no longer analyses text the same way', () => {
    // An index built by another version of the tokeniser (its probe differs): the query analyser of
    // this build would not find its terms, so the index is built afresh and the answers stay right.
    const stale = {
      de: { ...serialised.de, index: serialised.en.index, probe: ['something', 'else'] },
      en: serialised.en,
    };
    const loaded = createKnowledgeSearch(entries, stale);
    const options = { lang: 'de' as const, lawAsOf: '2026-11-22' };
    expect(loaded.search('Zeitarbeit mit Duldung', options)).toEqual(built.search('Zeitarbeit mit Duldung', options));
    expect(loaded.search('Zeitarbeit mit Duldung', options)[0]?.id).toBe('ba.agency-work');
  });
});
