/**
 * `npm run mutate [target…]`: StrykerJS over the targets of stryker.conf.mjs (all by default), one after
 * another, then one line per target with its mutation score. Incremental: results are kept in
 * reports/mutation/<target>.incremental.json, so a second run re-tests only what changed
 * (`-- --force` re-tests everything). Not part of `npm test`: too slow for two cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import TARGETS from '../stryker.targets.json' with { type: 'json' };

interface Report {
  files: Record<string, { mutants: Array<{ status: string }> }>;
}

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const chosen = args.filter((a) => !a.startsWith('--'));
const unknown = chosen.filter((t) => !(t in TARGETS));
if (unknown.length > 0) {
  console.error(`unknown target(s) ${unknown.join(', ')}; choose from ${Object.keys(TARGETS).join(', ')}`);
  process.exit(2);
}
const targets = chosen.length > 0 ? chosen : Object.keys(TARGETS);

/** Stryker's own definition: detected (killed, timeout) over all valid mutants (no coverage counts as survived). */
function summary(target: string): string {
  const file = `reports/mutation/${target}.json`;
  if (!existsSync(file)) return `${target}: no report`;
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const count: Record<string, number> = {};
  for (const { mutants } of Object.values(report.files))
    for (const m of mutants) count[m.status] = (count[m.status] ?? 0) + 1;
  const n = (status: string) => count[status] ?? 0;
  const detected = n('Killed') + n('Timeout');
  const valid = detected + n('Survived') + n('NoCoverage');
  const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)} %`;
  return (
    `${target}: mutation score ${score} (${valid} mutants: ${n('Killed')} killed, ${n('Timeout')} timeout, ` +
    `${n('Survived')} survived, ${n('NoCoverage')} without coverage; ${n('CompileError') + n('RuntimeError')} errors, ${n('Ignored')} ignored)`
  );
}

let failed = false;
for (const target of targets) {
  console.log(`\n## mutate ${target}`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.conf.mjs', ...flags], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_TARGET: target },
  });
  if (run.status !== 0) failed = true;
}
console.log('\n## mutation scores');
for (const target of targets) console.log(summary(target));
process.exit(failed ? 1 : 0);
