import type { D1Database, DurableObjectNamespace, Fetcher } from '@cloudflare/workers-types/index.js';
import type { AdviserEvents } from './adviser/events.js';
import { SCRYPT_COSTS } from './adviser/password.js';
import { adviserRateLimitsFromConfig } from './channels/adviser/limits.js';
import type { ThreadPoster } from './channels/slack/thread-poster.js';
import { createToday } from './clock.js';
import { type Config, parseConfig } from './config.js';
import { createLotse } from './core.js';
import { hardeningFromConfig } from './http/hardening-config.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge/knowledge-base.js';
import { knowledgeEntries } from './knowledge/knowledge-bundle.generated.js';
import { searchIndex } from './knowledge/search-index.generated.js';
import { createLlmFromConfig } from './llm/create-llm.js';
import { createJsonLogger } from './logger.js';
import { createRetention } from './retention/retention.js';
import { createD1AdviserStorage } from './storage/d1/d1-adviser.js';
import { createD1Feedback } from './storage/d1/d1-feedback.js';
import { createD1RetentionStore } from './storage/d1/d1-retention.js';
import { D1Saver } from './storage/d1/d1-saver.js';
import { createD1SlackStore } from './storage/d1/d1-slack.js';
import { createD1Storage } from './storage/d1/d1-storage.js';
import { d1Runner } from './storage/sql-runner.js';
import { createSqlWatchStore } from './watch/sql-store.js';
import { deskEvents } from './workers/adviser-desk.js';
import { createDurableRateLimitStore } from './workers/rate-limit-object.js';
import { conversationObject, routeConversations } from './workers/routed-conversations.js';
import { unwrap } from './workers/rpc-result.js';

/** The Worker's bindings (wrangler.toml): D1, the static assets, the Durable Objects, and the configuration as text vars and secrets. */
export interface Env {
  DB: D1Database;
  /** dist/ (widget.js, inbox.js), read through the Worker so the routes answer exactly as on Node. */
  ASSETS: Fetcher;
  /** One ConversationObject per conversation: its turns, live events and Slack follow-ups. */
  CONVERSATIONS: DurableObjectNamespace;
  /** One RateLimitObject per rate-limit counter. */
  RATE_LIMITS: DurableObjectNamespace;
  /** The one AdviserDeskObject: the inboxes' live streams. */
  ADVISER_DESK: DurableObjectNamespace;
  [variable: string]: unknown;
}

/** Thrown when the vars and secrets do not parse; every bad variable is named, as on Node. */
export class WorkerConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Lotse cannot start: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'WorkerConfigError';
  }
}

/** Vars and secrets are the string-valued bindings; the rest (D1, assets, namespaces) are objects. */
export function workerConfig(env: Env): Config {
  const vars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const parsed = parseConfig(vars);
  if (!parsed.ok) throw new WorkerConfigError(parsed.errors);
  return parsed.config;
}

/** A static asset's text through the ASSETS binding (the host is ignored); missing: undefined, like Node's loader. */
const assetText = (assets: Fetcher, path: string) => async () => {
  const response = await assets.fetch(`https://assets.invalid/${path}`);
  return response.ok ? response.text() : undefined;
};

/**
 * The knowledge base is immutable data compiled into the Worker, its search index serialised at
 * build time (scripts/build-knowledge-bundle.ts), so one index serves every runtime of an isolate
 * (the Worker's and those of the Durable Objects it hosts): a constant, not mutable state.
 *
 * Loaded when the isolate starts (global scope) rather than in its first request: Cloudflare starts
 * an isolate while the client's TLS handshake is still going on, so this CPU is not spent while an
 * employer waits. Measured in a fresh isolate (`npm run bench -- cold-start`): loaded in the first
 * request, a first request that is a search cost ~110 ms of CPU (~40 ms any first request, 40-60 ms
 * loading its language's index in cold code and searching); loaded here, well under 100 ms.
 */
const sharedKnowledge: KnowledgeBase = createKnowledgeBase(knowledgeEntries, searchIndex);
const knowledgeBase = (): KnowledgeBase => sharedKnowledge;

/**
 * Where a runtime runs. `edge`: the Worker's fetch and cron handlers; what changes a conversation
 * goes to the conversation's Durable Object. `object`: inside that Durable Object, where the
 * conversation service runs in-process, exactly as on Node, serialised by its lock.
 */
export type Placement = 'edge' | 'object';

/** On the edge, a Slack turn and following the conversation's live events happen in its Durable Object. */
const threadsInObjects =
  (objects: DurableObjectNamespace) =>
  (poster: ThreadPoster): ThreadPoster => ({
    ...poster,
    // The object follows the thread itself: it looks the thread up when it starts (conversation-object.ts).
    follow: () => {},
    turn: async (thread, input) =>
      unwrap(await conversationObject(objects, thread.conversationId).slackTurn(thread, input)),
  });

/**
 * Workers adapters, the counterpart of node-runtime.ts: D1 for the repositories and the checkpointer,
 * the knowledge base bundled at build time, rate limits in Durable Objects, logs as JSON lines on the
 * console (Workers Logs). `keepAlive` holds work that outlives the response (notifications, Slack
 * posts) open: the request's waitUntil on the edge, the object's own bookkeeping in an object.
 */
export function createWorkerRuntime(
  env: Env,
  keepAlive: (task: Promise<unknown>) => void,
  placement: Placement,
  /** The desk object passes its own bus; everywhere else changes are sent to the desk. */
  adviserEvents: AdviserEvents = deskEvents(env.ADVISER_DESK, keepAlive),
) {
  const config = workerConfig(env);
  const logger = createJsonLogger(config.LOG_LEVEL, (line) => console.log(line));
  const checkpointer = new D1Saver(env.DB);
  const slackStore = createD1SlackStore(env.DB);
  const onEdge = placement === 'edge';
  const slack =
    config.SLACK_SIGNING_SECRET && config.SLACK_BOT_TOKEN
      ? {
          signingSecret: config.SLACK_SIGNING_SECRET,
          botToken: config.SLACK_BOT_TOKEN,
          command: config.SLACK_COMMAND,
          store: slackStore,
          waitUntil: keepAlive,
          ...(onEdge ? { threads: threadsInObjects(env.CONVERSATIONS) } : {}),
        }
      : undefined;
  const lotse = createLotse({
    entries: knowledgeEntries,
    knowledge: knowledgeBase(),
    storage: createD1Storage(env.DB),
    checkpointer,
    deleteCheckpoints: (threadId) => checkpointer.deleteThread(threadId),
    today: createToday(config.LOTSE_FIXED_DATE),
    logger,
    llm: createLlmFromConfig(config),
    web: {
      feedback: createD1Feedback(env.DB),
      widgetScript: assetText(env.ASSETS, 'widget.js'),
      // Cloudflare compresses responses for the client (gzip or brotli, as it accepts).
      compressWidget: false,
    },
    adviser: {
      storage: createD1AdviserStorage(env.DB),
      loadInboxScript: assetText(env.ASSETS, 'inbox.js'),
      publicUrl: config.LOTSE_PUBLIC_URL ?? 'http://127.0.0.1:8788',
      defer: keepAlive,
      ...(config.ADVISER_SLACK_WEBHOOK_URL ? { slackWebhookUrl: config.ADVISER_SLACK_WEBHOOK_URL } : {}),
      passwordCost: SCRYPT_COSTS[config.ADVISER_PASSWORD_COST],
      rateLimits: adviserRateLimitsFromConfig(config),
      events: adviserEvents,
    },
    // Cloudflare sets cf-connecting-ip on every request; there is no socket address to fall back to.
    hardening: hardeningFromConfig(config, 'cf-connecting-ip', createDurableRateLimitStore(env.RATE_LIMITS)),
    ...(slack ? { slack } : {}),
    // E-mail needs SMTP over TCP (nodemailer, Node only): on Workers reminders go to Slack and the widget.
    watch: {
      store: createSqlWatchStore(d1Runner(env.DB)),
      publicUrl: config.LOTSE_PUBLIC_URL ?? 'http://127.0.0.1:8788',
      retentionDays: config.RETENTION_DAYS,
      retryBaseMs: config.WATCH_RETRY_SECONDS * 1000,
    },
    ...(onEdge ? { routeConversations: (local) => routeConversations(local, env.CONVERSATIONS) } : {}),
  });
  const retention = createRetention({
    store: createD1RetentionStore(env.DB),
    erase: (id) => lotse.conversations.remove(id),
    deleteCheckpoints: (threadId) => checkpointer.deleteThread(threadId),
    retentionDays: config.RETENTION_DAYS,
    now: () => new Date(),
    logger,
  });
  return { ...lotse, retention, logger, config, slackStore };
}
export type WorkerRuntime = ReturnType<typeof createWorkerRuntime>;
