import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/assess.js';
import { ENTRY_IDS } from '../../src/domain/citations.js';
import { createAssessmentKnowledge } from '../../src/knowledge/assessment-knowledge.js';
import type { KnowledgeEntry } from '../../src/knowledge/entry.js';
import { allCases } from './case-table.js';

/**
 * Runs the rules table against the real knowledge files: every id a rule cites must exist and be
 * in force on the case's lawAsOf. Skipped (with the reason) while the loader or the files are missing.
 */
const LOADER = fileURLToPath(new URL('../../src/knowledge/load-node.ts', import.meta.url));
const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const countMd = (lang: string) =>
  existsSync(`${KNOWLEDGE_DIR}/${lang}`)
    ? readdirSync(`${KNOWLEDGE_DIR}/${lang}`).filter((f) => f.endsWith('.md')).length
    : 0;

const skipReason = !existsSync(LOADER)
  ? 'src/knowledge/load-node.ts does not exist yet'
  : countMd('de') === 0
    ? 'knowledge/de has no entries yet'
    : undefined;

async function loadEntries(): Promise<KnowledgeEntry[]> {
  const mod = (await import(pathToFileURL(LOADER).href)) as { loadKnowledgeFromDir(dir: string): KnowledgeEntry[] };
  return mod.loadKnowledgeFromDir(KNOWLEDGE_DIR);
}

describe.skipIf(skipReason !== undefined)(
  `citations against the real knowledge files${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    it('has a German and an English entry for every id the rules may cite', async () => {
      const entries = await loadEntries();
      for (const lang of ['de', 'en'] as const) {
        const ids = new Set(entries.filter((e) => e.lang === lang).map((e) => e.id));
        const missing = ENTRY_IDS.filter((id) => !ids.has(id));
        expect(missing, `missing in knowledge/${lang}`).toEqual([]);
      }
    });

    it('cites in every case of the table only entries that exist and are in force on its law date', async () => {
      const knowledge = createAssessmentKnowledge(await loadEntries());
      const problems: string[] = [];
      for (const c of allCases()) {
        const draft = evaluate(c.facts, c.lawAsOf, c.unknown ?? []);
        const items = [
          ...draft.steps,
          ...draft.documents,
          ...draft.duties,
          ...draft.risks,
          ...draft.routes,
          ...draft.openPoints,
        ];
        for (const id of new Set(items.flatMap((i) => [...(i.cite ?? [])]))) {
          for (const lang of ['de', 'en'] as const) {
            if (!knowledge.citation(id, c.lawAsOf, lang))
              problems.push(`${c.name}: ${id} (${lang}) not in force on ${c.lawAsOf}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  },
);
