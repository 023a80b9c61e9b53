import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Set-up hooks build a whole runtime (SQLite file, knowledge index, graph); on two shared cores under
    // load that took over vitest's default 10 s. A hook that hangs still fails, after a minute.
    hookTimeout: 60_000,
    // Enforced by `npm test` (`vitest run --project node --coverage`): the pure legal core keeps 95 % of
    // its lines covered. Only the node project is run with coverage: workerd's node:inspector is a stub
    // without Session, so V8 coverage cannot start there (the workers project runs in a second,
    // coverage-free call).
    coverage: {
      provider: 'v8',
      include: ['src/domain/**'],
      reporter: ['text-summary'],
      thresholds: { 'src/domain/**': { lines: 95 } },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          // test/workers/ runs inside workerd (below); its shared suites also run here through test/conformance/.
          exclude: [...configDefaults.exclude, 'test/workers/**'],
        },
      },
      {
        extends: true,
        // The real Worker (wrangler.toml: src/worker.ts, D1, assets) inside workerd, the runtime of `wrangler dev`.
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // The test database of DB is local and starts empty; the checkpointer validation gets its own.
              d1Databases: { DB: 'lotse-test', CHECKPOINT_DB: 'checkpoints-test' },
              bindings: {
                LOG_LEVEL: 'silent',
                LOTSE_FIXED_DATE: '2026-11-22',
                SLACK_SIGNING_SECRET: 'test-signing-secret',
                SLACK_BOT_TOKEN: 'xoxb-test',
                TEST_MIGRATIONS: await readD1Migrations('src/storage/migrations'),
              },
            },
          })),
        ],
        test: {
          name: 'workers',
          include: ['test/workers/**/*.test.ts'],
          globalSetup: ['test/workers/support/build-bundles.ts'],
          setupFiles: ['test/workers/support/apply-migrations.ts'],
        },
      },
    ],
  },
});
