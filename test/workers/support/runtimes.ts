import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import worker, { type Env } from '../../../src/worker.js';
import type { LotseFetch } from '../conformance/client.js';

/**
 * The Worker as Cloudflare calls it (SELF: its fetch handler, the bindings of wrangler.toml).
 * Inside the test pool every Worker and Durable Object shares one isolate, so "another isolate" is
 * the Worker with a fresh bindings object: it builds its own runtime (own memory: lock, event bus,
 * rate-limit counters, as a second isolate has) over the same D1 and the same Durable Object namespaces.
 */
export const deployed: LotseFetch = (request) => SELF.fetch(request);

export function anotherIsolate(vars: Record<string, string> = {}): LotseFetch {
  const bindings: Env = { ...env, ...vars };
  return async (request) => {
    const ctx = createExecutionContext();
    const response = await worker.fetch(request as never, bindings as never, ctx);
    await waitOnExecutionContext(ctx);
    return response as unknown as Response;
  };
}
