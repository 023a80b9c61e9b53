/**
 * `npm run kb:check`: validates knowledge/ (schema, ids, de/en pairs, related ids, dates, sources,
 * ids cited by the rules engine). Exits 1 listing every problem with file and field.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readKnowledgeFiles } from '../src/knowledge/load-node.js';
import { validateKnowledge } from '../src/knowledge/validate-knowledge.js';

async function citedIds(): Promise<readonly string[]> {
  const path = resolve('src/domain/citations.ts');
  if (!existsSync(path)) return [];
  const mod = (await import(pathToFileURL(path).href)) as { ENTRY_IDS?: readonly string[] };
  return mod.ENTRY_IDS ?? [];
}

const today = process.env.LOTSE_FIXED_DATE ?? new Date().toISOString().slice(0, 10);
const maxReviewAgeDays = Number(process.env.LOTSE_KB_MAX_REVIEW_AGE_DAYS ?? 365);
const { files, problems } = readKnowledgeFiles(resolve('knowledge'));
problems.push(...validateKnowledge(files, { today, maxReviewAgeDays, citedIds: await citedIds() }));

if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
  console.error(`kb:check: ${problems.length} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
const ids = new Set(files.map((f) => f.entry.id));
console.log(`kb:check: ${ids.size} entries, ${files.length} files (de + en), all valid`);
