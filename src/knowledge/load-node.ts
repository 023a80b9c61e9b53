import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { KnowledgeEntry } from './entry.js';
import { type EntryProblem, parseEntry } from './parse-entry.js';
import type { KnowledgeFile } from './validate-knowledge.js';

const LANGS = ['de', 'en'] as const;

/** Reads and parses every `knowledge/<lang>/*.md`. Problems are returned, not thrown. */
export function readKnowledgeFiles(dir: string): { files: KnowledgeFile[]; problems: EntryProblem[] } {
  const files: KnowledgeFile[] = [];
  const problems: EntryProblem[] = [];
  for (const lang of LANGS) {
    const langDir = join(dir, lang);
    let names: string[];
    try {
      names = readdirSync(langDir).filter((name) => name.endsWith('.md'));
    } catch {
      problems.push({ file: relative(process.cwd(), langDir), field: '(folder)', message: 'folder is missing' });
      continue;
    }
    for (const name of names.sort()) {
      const path = join(langDir, name);
      const file = relative(process.cwd(), path) || path;
      const result = parseEntry(file, readFileSync(path, 'utf8'));
      if (!result.ok) problems.push(...result.problems);
      else if (result.entry.lang !== lang)
        problems.push({ file, field: 'lang', message: `lang "${result.entry.lang}" but the file is in ${lang}/` });
      else files.push({ file, entry: result.entry });
    }
  }
  return { files, problems };
}

/** Loads the knowledge base or throws one error listing every problem (start-up must fail fast). */
export function loadKnowledgeFromDir(dir: string): KnowledgeEntry[] {
  const { files, problems } = readKnowledgeFiles(dir);
  if (problems.length > 0) {
    throw new Error(
      `knowledge base is invalid:\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n')}`,
    );
  }
  return files.map((f) => f.entry);
}
