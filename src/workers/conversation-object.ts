import { DurableObject } from 'cloudflare:workers';
import type { Request as WorkerRequest, Response as WorkerResponse } from '@cloudflare/workers-types/index.js';
import { createSlackWebApi } from '../channels/slack/slack-api.js';
import { createThreadPoster, type ThreadPoster } from '../channels/slack/thread-poster.js';
import type { EmployerInput } from '../conversation/types.js';
import type { SlackThread } from '../storage/ports.js';
import { createWorkerRuntime, type Env, type WorkerRuntime } from '../worker-runtime.js';
import type { ConversationRpc } from './routed-conversations.js';
import { type RpcResult, settle } from './rpc-result.js';

/**
 * One conversation on Cloudflare (named by its id): the platform guarantees a single instance
 * worldwide, so this is where the conversation's turns are serialised (the conversation service's
 * per-conversation lock, as on Node, now holds for every isolate), where its live event streams are
 * held (an adviser's reply reaches the employer wherever they connected) and where its Slack thread
 * is followed. D1 stays the store of record: transcript, checkpoints and idempotency log are read
 * from it and written to it on every turn, so an evicted object resumes from D1 with nothing lost.
 */
export class ConversationObject extends DurableObject<Env> implements ConversationRpc {
  #runtime: WorkerRuntime | undefined;
  #poster: ThreadPoster | undefined;
  #threadLookup: Promise<void> | undefined;
  /** Work started by a call that outlives it (Slack posts, adviser notifications), finished before the call returns. */
  readonly #pending = new Set<Promise<unknown>>();

  #keep = (task: Promise<unknown>) => {
    const tracked = task.catch(() => undefined).finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  };

  /** Built on first use, like the Worker's runtime; it lives as long as this instance. */
  #rt(): WorkerRuntime {
    if (this.#runtime) return this.#runtime;
    const runtime = createWorkerRuntime(this.env, this.#keep, 'object');
    const { SLACK_BOT_TOKEN: token } = runtime.config;
    if (token && runtime.config.SLACK_SIGNING_SECRET) {
      this.#poster = createThreadPoster({
        api: createSlackWebApi({ token }),
        conversations: runtime.conversations,
        logger: runtime.logger,
        defer: this.#keep,
      });
    }
    this.#runtime = runtime;
    return runtime;
  }

  /**
   * A conversation bound to a Slack thread is followed from the object's first call, so adviser
   * replies, hand-backs and closings reach the thread also after the object was evicted.
   */
  #followThread(id: string): Promise<void> {
    this.#threadLookup ??= (async () => {
      const runtime = this.#rt();
      if (!this.#poster) return;
      const thread = await runtime.slackStore.threadOf(id);
      if (thread) this.#poster.follow(thread);
    })();
    return this.#threadLookup;
  }

  async #call<T>(id: string, work: (runtime: WorkerRuntime) => Promise<T>): Promise<RpcResult<T>> {
    const runtime = this.#rt();
    await this.#followThread(id);
    const result = await settle(() => work(runtime));
    // The caller waits for what the call started: the object then stays alive until it is done.
    await Promise.all([...this.#pending]);
    return result;
  }

  post(id: string, input: EmployerInput) {
    return this.#call(id, (rt) => rt.conversations.post(id, input));
  }
  adviserReply(id: string, text: string) {
    return this.#call(id, (rt) => rt.conversations.adviserReply(id, text));
  }
  handBack(id: string) {
    return this.#call(id, (rt) => rt.conversations.handBack(id));
  }
  close(id: string) {
    return this.#call(id, (rt) => rt.conversations.close(id));
  }
  remove(id: string) {
    return this.#call(id, (rt) => rt.conversations.remove(id));
  }
  handoffChanged(id: string) {
    return this.#call(id, (rt) => rt.conversations.handoffChanged(id));
  }

  /** A turn from Slack: run and posted here, so the object's own live follow-up does not post it twice. */
  slackTurn(thread: SlackThread, input: EmployerInput) {
    return this.#call(thread.conversationId, async () => {
      if (!this.#poster) throw new Error('Slack is not configured');
      this.#poster.follow(thread);
      await this.#poster.turn(thread, input);
    });
  }

  /** The conversation's live event stream (GET …/events), forwarded here by the Worker, served by the same app. */
  override async fetch(request: WorkerRequest): Promise<WorkerResponse> {
    // workers-types and the DOM lib (which Hono is typed against) describe the same Request/Response.
    return (await this.#rt().app.fetch(request as unknown as Request)) as unknown as WorkerResponse;
  }
}
