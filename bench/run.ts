/**
 * `npm run bench`: prints every benchmark of the project. Speed targets live here, never in tests.
 * Each section is a module exporting an async function that returns report lines.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SECTIONS: Array<[file: string, exportName: string, title: string]> = [
  ['bench/retrieval.ts', 'benchRetrieval', 'Knowledge search'],
  ['bench/assess.ts', 'benchAssess', 'Rules engine'],
  ['bench/nlu.ts', 'benchNlu', 'Free-text understanding'],
  ['bench/conversation-sets.ts', 'benchConversationSets', 'Employer conversations (held-out sets, HTTP API)'],
  ['bench/conversation.ts', 'benchConversation', 'Conversation turns (real server)'],
  ['bench/storage-scale.ts', 'benchStorageScale', 'Stored conversations: turn latency and memory (real server)'],
  ['bench/input-cost.ts', 'benchInputCost', 'Worst inputs against ordinary ones of the same length'],
  ['bench/cold-start.ts', 'benchColdStart', 'Cold start: first search of a fresh process (Node) and isolate (Worker)'],
];

const only = process.argv.slice(2);
for (const [file, exportName, title] of SECTIONS) {
  if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
  if (!existsSync(file)) continue;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, () => Promise<string[]>>;
  const run = mod[exportName];
  if (!run) throw new Error(`${file} does not export ${exportName}`);
  console.log(`\n## ${title}`);
  for (const line of await run()) console.log(line);
}
