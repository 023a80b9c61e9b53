import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/assess.js';
import { ENTRY_IDS } from '../../src/domain/citations.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import { loadKnowledgeFromDir } from '../../src/knowledge/load-node.js';
import { allCases } from './case-table.js';
import { citedIds } from './cited-ids.js';

/**
 * Runs the rules table against the real knowledge files: every id a rule cites must exist and be
 * in force on the case's lawAsOf. Imported statically and never skipped: if the loader or the
 * files move, this fails instead of passing with nothing checked.
 */
const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const loadEntries = () => loadKnowledgeFromDir(KNOWLEDGE_DIR);

describe('citations against the real knowledge files', () => {
  it('finds the knowledge files where the loader reads them', () => {
    for (const lang of ['de', 'en'] as const) {
      const files = readdirSync(`${KNOWLEDGE_DIR}/${lang}`).filter((f) => f.endsWith('.md'));
      expect(files.length, `knowledge/${lang}`).toBeGreaterThan(0);
      expect(loadEntries().filter((e) => e.lang === lang)).toHaveLength(files.length);
    }
  });

  it('has a German and an English entry for every id the rules may cite', () => {
    const entries = loadEntries();
    for (const lang of ['de', 'en'] as const) {
      const ids = new Set(entries.filter((e) => e.lang === lang).map((e) => e.id));
      const missing = ENTRY_IDS.filter((id) => !ids.has(id));
      expect(missing, `missing in knowledge/${lang}`).toEqual([]);
    }
  });

  it('cites in every case of the table only entries that exist and are in force on its law date', () => {
    const knowledge = createAssessmentKnowledge(loadEntries());
    const problems: string[] = [];
    for (const c of allCases()) {
      for (const id of new Set(citedIds(evaluate(c.facts, c.lawAsOf, c.unknown ?? [])))) {
        for (const lang of ['de', 'en'] as const) {
          if (!knowledge.citation(id, c.lawAsOf, lang))
            problems.push(`${c.name}: ${id} (${lang}) not in force on ${c.lawAsOf}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
