import { DurableObject } from 'cloudflare:workers';
import type { Request as WorkerRequest, Response as WorkerResponse } from '@cloudflare/workers-types/index.js';
import { type AdviserEvent, createInMemoryAdviserEvents } from '../adviser/events.js';
import { createWorkerRuntime, type Env, type WorkerRuntime } from '../worker-runtime.js';

/**
 * The advisers' desk on Cloudflare: the inboxes' live streams (`GET /api/v1/adviser/events`,
 * forwarded here by the Worker) are held by this one object, and every change to the queue or a
 * case is published to it, from the Worker's isolates (claims, replies, notes) and from the
 * conversation objects (hand-offs, employers writing to an adviser). Its event bus is the in-memory
 * one of Node, so the route is served by the same app, with the same session check and stream limits.
 */
export class AdviserDeskObject extends DurableObject<Env> {
  readonly #events = createInMemoryAdviserEvents();
  #runtime: WorkerRuntime | undefined;

  async publish(event: AdviserEvent): Promise<void> {
    this.#events.publish(event);
  }

  override async fetch(request: WorkerRequest): Promise<WorkerResponse> {
    this.#runtime ??= createWorkerRuntime(this.env, () => undefined, 'edge', this.#events);
    // workers-types and the DOM lib (which Hono is typed against) describe the same Request/Response.
    return (await this.#runtime.app.fetch(request as unknown as Request)) as unknown as WorkerResponse;
  }
}
