// @ts-check
// Mutation testing with StrykerJS (`npm run mutate`, see README "Mutation testing"). One target per
// run, chosen by MUTATE_TARGET; scripts/mutate.ts runs the targets one after another. Each target
// mutates one area and runs only the test files that guard it (vitest.mutate.config.ts reads them
// from here), so a run fits on two shared cores.
import { readFileSync } from 'node:fs';

/**
 * The lines of one exported function (`export function name(` or `export const name =`, to the line
 * that closes it at column 0, or that one line), so the target follows the code when lines move.
 * @param {string} file
 * @param {string} name
 */
function functionLines(file, name) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`export function ${name}(`) || l.startsWith(`export const ${name} =`));
  const oneLine = lines[start]?.trimEnd().endsWith(';');
  const end = oneLine ? start : lines.findIndex((l, i) => i > start && l.startsWith('}'));
  if (start < 0 || end < 0) throw new Error(`stryker.conf.mjs: ${name} not found in ${file}`);
  return `${file}:${start + 1}-${end + 1}`;
}

/**
 * What each target mutates and which test files guard it (stryker.targets.json, shared with
 * vitest.mutate.config.ts and scripts/mutate.ts). `file#name` mutates one exported function only:
 * domain = the rules engine (not its message catalogues); retention; slack = the signature check and
 * the event filter (which messages Lotse acts on); adviser = how an adviser signs in.
 * @type {Record<string, { mutate: string[]; testFiles: string[] }>}
 */
const TARGETS = JSON.parse(readFileSync(new URL('./stryker.targets.json', import.meta.url), 'utf8'));

const name = process.env.MUTATE_TARGET ?? 'domain';
const target = TARGETS[name];
if (!target) throw new Error(`MUTATE_TARGET must be one of ${Object.keys(TARGETS).join(', ')}, not ${name}`);
const mutate = target.mutate.map((pattern) => {
  const [file, fn] = pattern.split('#');
  return fn && file ? functionLines(file, fn) : pattern;
});

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The node project only: workerd runs the same code, and has no place for Stryker's instrumentation.
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  // The target's test files are chosen in vitest.mutate.config.ts (Stryker 9.6's `testFiles` names the
  // files outside its sandbox, where vitest then finds none).
  mutate,
  coverageAnalysis: 'perTest',
  // Results are kept per target; a run re-tests only mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true },
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  // Two cores shared with other work: a slow test is not a hanging mutant.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  tempDirName: '.stryker-tmp',
  // Root folders only (a bare 'data' would also drop src/domain/data).
  ignorePatterns: ['/dist', '/coverage', '/reports', '/test-artifacts', '/.wrangler', '/data'],
  cleanTempDir: true,
};
