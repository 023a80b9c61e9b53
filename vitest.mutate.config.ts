import { configDefaults, defineConfig } from 'vitest/config';
import TARGETS from './stryker.targets.json' with { type: 'json' };

// Used by StrykerJS only (stryker.conf.mjs): the node project of vitest.config.ts without the workerd
// project (its pool cannot load Stryker's instrumented code), limited to the test files of the
// target being mutated (MUTATE_TARGET). `skipTestFiles` leaves out tests that sweep every case (the
// generated-case properties, the citation sweeps): instrumented, each takes half a minute and covers
// every mutant, which made the domain run about 20 hours on two shared cores.
const target = (TARGETS as Record<string, { testFiles: string[]; skipTestFiles?: string[] }>)[
  process.env.MUTATE_TARGET ?? 'domain'
];
if (!target) throw new Error(`unknown MUTATE_TARGET ${process.env.MUTATE_TARGET}`);
// MUTATE_TEST_FILES=a,b narrows one run to some of the target's test files (e.g. the adviser's unit tests
// for password*.ts, whose every mutant otherwise starts the whole runtime in the integration tests). A
// later run with all of them re-tests whatever survived (its covering tests changed).
const narrowed = process.env.MUTATE_TEST_FILES?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    // Instrumented code runs several times slower than in npm test.
    testTimeout: 180_000,
    include: narrowed ?? target.testFiles,
    exclude: [...configDefaults.exclude, 'test/workers/**', ...(target.skipTestFiles ?? [])],
  },
});
