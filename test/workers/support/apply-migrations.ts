import { applyD1Migrations, env } from 'cloudflare:test';

// The migrations of the Node default (src/storage/migrations), applied as `wrangler d1 migrations apply` would.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.CHECKPOINT_DB, env.TEST_MIGRATIONS);
