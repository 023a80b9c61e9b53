import { configDefaults, defineConfig } from 'vitest/config';
import TARGETS from './stryker.targets.json' with { type: 'json' };

// Used by StrykerJS only (stryker.conf.mjs): the node project of vitest.config.ts without the workerd
// project (its pool cannot load Stryker's instrumented code), limited to the test files of the
// target being mutated (MUTATE_TARGET).
const target = (TARGETS as Record<string, { testFiles: string[] }>)[process.env.MUTATE_TARGET ?? 'domain'];
if (!target) throw new Error(`unknown MUTATE_TARGET ${process.env.MUTATE_TARGET}`);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    include: target.testFiles,
    exclude: [...configDefaults.exclude, 'test/workers/**'],
  },
});
