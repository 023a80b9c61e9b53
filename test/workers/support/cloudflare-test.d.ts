// The part of @cloudflare/vitest-pool-workers' `cloudflare:test` module these tests use. Its own
// declarations need workers-types as ambient globals, which would clash with the DOM lib of the
// shared tsconfig; the module-style workers-types imported here do not.
declare module 'cloudflare:test' {
  import type {
    D1Database,
    DurableObjectState,
    DurableObjectStub,
    ExecutionContext,
    ScheduledController,
  } from '@cloudflare/workers-types/index.js';
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
  /** Runs `callback` inside the object `stub` points to, with its instance (test and objects share one isolate here). */
  export function runInDurableObject<R>(
    stub: DurableObjectStub,
    callback: (instance: unknown, state: DurableObjectState) => R | Promise<R>,
  ): Promise<R>;
  /** Ends every Durable Object instance (as an eviction does) and keeps their storage; stubs made before are broken. */
  export function abortAllDurableObjects(): Promise<void>;
  export function createScheduledController(options?: { scheduledTime?: number; cron?: string }): ScheduledController;
}
