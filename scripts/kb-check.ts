/**
 * `npm run kb:check [-- <dir>]`: validates a knowledge folder (default `knowledge/`): schema, ids, de/en
 * pairs, related ids, dates, sources, ids cited by the rules engine, and the editorial rules listed in
 * the folder's README.md (allowed source hosts, terms English entries must not use, the opening of
 * every body). Exits 1 listing every problem with file and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseKnowledgePolicy } from '../src/knowledge/knowledge-policy.js';
import { readKnowledgeFiles } from '../src/knowledge/load-node.js';
import type { EntryProblem } from '../src/knowledge/parse-entry.js';
import { validateKnowledge } from '../src/knowledge/validate-knowledge.js';

async function citedIds(): Promise<readonly string[]> {
  const path = resolve('src/domain/citations.ts');
  if (!existsSync(path)) return [];
  const mod = (await import(pathToFileURL(path).href)) as { ENTRY_IDS?: readonly string[] };
  return mod.ENTRY_IDS ?? [];
}

const dir = resolve(process.argv[2] ?? 'knowledge');
const readmePath = join(dir, 'README.md');
const readmeFile = relative(process.cwd(), readmePath) || readmePath;
const today = process.env.LOTSE_FIXED_DATE ?? new Date().toISOString().slice(0, 10);
const maxReviewAgeDays = Number(process.env.LOTSE_KB_MAX_REVIEW_AGE_DAYS ?? 365);

const problems: EntryProblem[] = [];
const policyResult = existsSync(readmePath)
  ? parseKnowledgePolicy(readFileSync(readmePath, 'utf8'), readmeFile)
  : ({ ok: false, problems: [{ file: readmeFile, field: '(file)', message: 'README.md is missing' }] } as const);
if (!policyResult.ok) problems.push(...policyResult.problems);

const { files, problems: parseProblems } = readKnowledgeFiles(dir);
problems.push(...parseProblems);
problems.push(
  ...validateKnowledge(files, {
    today,
    maxReviewAgeDays,
    citedIds: await citedIds(),
    ...(policyResult.ok ? { policy: policyResult.policy } : {}),
  }),
);

if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
  console.error(`kb:check: ${problems.length} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
const ids = new Set(files.map((f) => f.entry.id));
console.log(`kb:check: ${ids.size} entries, ${files.length} files (de + en), all valid`);
