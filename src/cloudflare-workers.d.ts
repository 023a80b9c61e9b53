// The part of the runtime module `cloudflare:workers` the Worker uses. workers-types declares it
// only among its ambient globals, which would clash with the DOM lib of the shared tsconfig; the
// module-style declarations imported here do not (as test/workers/support/cloudflare-test.d.ts).
declare module 'cloudflare:workers' {
  import type { CloudflareWorkersModule } from '@cloudflare/workers-types/index.js';

  export const DurableObject: typeof CloudflareWorkersModule.DurableObject;
  export type DurableObject<Env = unknown> = CloudflareWorkersModule.DurableObject<Env>;
}
