// The part of @cloudflare/vitest-pool-workers' `cloudflare:test` module these tests use. Its own
// declarations need workers-types as ambient globals, which would clash with the DOM lib of the
// shared tsconfig; the module-style workers-types imported here do not.
declare module 'cloudflare:test' {
  import type { D1Database, ExecutionContext, ScheduledController } from '@cloudflare/workers-types/index.js';
  import type { Env } from '../../../src/worker.js';

  interface D1Migration {
    name: string;
    queries: string[];
  }
  export const env: Env & { CHECKPOINT_DB: D1Database; TEST_MIGRATIONS: D1Migration[] };
  export const SELF: { fetch(input: string | Request, init?: RequestInit): Promise<Response> };
  export function applyD1Migrations(db: D1Database, migrations: D1Migration[], table?: string): Promise<void>;
  export function createExecutionContext(): ExecutionContext;
  export function waitOnExecutionContext(ctx: ExecutionContext): Promise<void>;
  export function createScheduledController(options?: { scheduledTime?: number; cron?: string }): ScheduledController;
}
