import { AsyncLocalStorage } from 'node:async_hooks';
import type { ExecutionContext, ExportedHandler, Response as WorkerResponse } from '@cloudflare/workers-types/index.js';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import { createWorkerRuntime, type Env, type WorkerRuntime } from './worker-runtime.js';
import { ADVISER_EVENTS_PATH, deskStub } from './workers/adviser-desk.js';
import { conversationStub, liveEventsOf } from './workers/routed-conversations.js';

export type { Env } from './worker-runtime.js';
// The Durable Object classes must be exported by the Worker's main module (wrangler.toml binds them).
export { AdviserDeskObject } from './workers/adviser-desk-object.js';
export { ConversationObject } from './workers/conversation-object.js';
export { RateLimitObject } from './workers/rate-limit-object.js';

// The bundler resolves LangGraph's web entry, which registers no AsyncLocalStorage; without one,
// interrupt() throws "Called interrupt() outside the context of a graph". The one documented
// piece of module state: it must exist before the first graph runs.
AsyncLocalStorageProviderSingleton.initializeGlobalInstance(new AsyncLocalStorage());

/** wrangler.toml's cron that only delivers the watch's outbox (every other cron runs the hourly pass). */
const WATCH_DELIVERY_CRON = '*/5 * * * *';

/**
 * The request being served, so that work started for it (a Slack post, an adviser notification)
 * is kept alive with its own ctx.waitUntil; outside a request the promise just runs on.
 */
const requests = new AsyncLocalStorage<ExecutionContext>();
const keepAlive = (task: Promise<unknown>) => requests.getStore()?.waitUntil(task);

/**
 * One runtime per isolate and bindings object, built on the first request and reused by the
 * requests the isolate serves. Nothing in it is shared state of a conversation: turns, live events
 * and rate limits live in Durable Objects. Keyed weakly on `env`, so new bindings get a new runtime.
 */
const runtimes = new WeakMap<Env, WorkerRuntime>();
const runtimeFor = (env: Env): WorkerRuntime => {
  const existing = runtimes.get(env);
  if (existing) return existing;
  const created = createWorkerRuntime(env, keepAlive, 'edge');
  runtimes.set(env, created);
  return created;
};

export default {
  async fetch(request, env, ctx) {
    // A conversation's live events are streamed by its Durable Object, where every change to the
    // conversation happens; the object runs the same app, so the request is handled as on Node.
    const live = liveEventsOf(request);
    if (live) return conversationStub(env.CONVERSATIONS, live).fetch(request);
    // The inboxes' live stream is held by the one desk object, where every queue change is published.
    if (request.method === 'GET' && new URL(request.url).pathname === ADVISER_EVENTS_PATH)
      return deskStub(env.ADVISER_DESK).fetch(request);
    // workers-types and the DOM lib (which Hono is typed against) describe the same Request/Response.
    const app = runtimeFor(env).app;
    const response = await requests.run(ctx, () => app.fetch(request as unknown as Request, env, ctx));
    return response as unknown as WorkerResponse;
  },
  async scheduled(controller, env, ctx) {
    const runtime = runtimeFor(env);
    // The hourly cron sweeps retention, then keeps watch over what is left (issue 20); the frequent one only
    // sends what is due in the watch's outbox, so a retry does not wait an hour.
    if (controller.cron !== WATCH_DELIVERY_CRON) {
      ctx.waitUntil(
        (async () => {
          try {
            await runtime.retention.sweep();
          } finally {
            await runtime.watch?.tick();
          }
        })(),
      );
    } else ctx.waitUntil(runtime.watch?.deliver() ?? Promise.resolve());
  },
} satisfies ExportedHandler<Env>;
