import type { D1Database, Fetcher } from '@cloudflare/workers-types/index.js';
import { createToday } from './clock.js';
import { type Config, parseConfig } from './config.js';
import { createLotse } from './core.js';
import { hardeningFromConfig } from './http/hardening-config.js';
import { knowledgeEntries } from './knowledge/knowledge-bundle.generated.js';
import { createLlmFromConfig } from './llm/create-llm.js';
import { createJsonLogger } from './logger.js';
import { createRetention } from './retention/retention.js';
import { createD1AdviserStorage } from './storage/d1/d1-adviser.js';
import { createD1Feedback } from './storage/d1/d1-feedback.js';
import { createD1RetentionStore } from './storage/d1/d1-retention.js';
import { D1Saver } from './storage/d1/d1-saver.js';
import { createD1SlackStore } from './storage/d1/d1-slack.js';
import { createD1Storage } from './storage/d1/d1-storage.js';

/** The Worker's bindings (wrangler.toml): D1, the static assets, and the configuration as text vars and secrets. */
export interface Env {
  DB: D1Database;
  /** dist/ (widget.js, inbox.js), read through the Worker so the routes answer exactly as on Node. */
  ASSETS: Fetcher;
  [variable: string]: unknown;
}

/** Thrown when the vars and secrets do not parse; every bad variable is named, as on Node. */
export class WorkerConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Lotse cannot start: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'WorkerConfigError';
  }
}

/** Vars and secrets are the string-valued bindings; the rest (D1, assets) are objects. */
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
 * Workers adapters, the counterpart of node-runtime.ts: D1 for the repositories and the checkpointer,
 * the knowledge base bundled at build time, logs as JSON lines on the console (Workers Logs).
 * `keepAlive` holds work that outlives the response (notifications, Slack posts) open: waitUntil.
 */
export function createWorkerRuntime(env: Env, keepAlive: (task: Promise<unknown>) => void) {
  const config = workerConfig(env);
  const logger = createJsonLogger(config.LOG_LEVEL, (line) => console.log(line));
  const checkpointer = new D1Saver(env.DB);
  const lotse = createLotse({
    entries: knowledgeEntries,
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
      publicUrl: config.LOTSE_PUBLIC_URL ?? 'http://localhost:8787',
      defer: keepAlive,
      ...(config.ADVISER_SLACK_WEBHOOK_URL ? { slackWebhookUrl: config.ADVISER_SLACK_WEBHOOK_URL } : {}),
    },
    // Cloudflare sets cf-connecting-ip on every request; there is no socket address to fall back to.
    hardening: hardeningFromConfig(config, 'cf-connecting-ip'),
    ...(config.SLACK_SIGNING_SECRET && config.SLACK_BOT_TOKEN
      ? {
          slack: {
            signingSecret: config.SLACK_SIGNING_SECRET,
            botToken: config.SLACK_BOT_TOKEN,
            command: config.SLACK_COMMAND,
            store: createD1SlackStore(env.DB),
            waitUntil: keepAlive,
          },
        }
      : {}),
  });
  const retention = createRetention({
    store: createD1RetentionStore(env.DB),
    erase: (id) => lotse.conversations.remove(id),
    deleteCheckpoints: (threadId) => checkpointer.deleteThread(threadId),
    retentionDays: config.RETENTION_DAYS,
    now: () => new Date(),
    logger,
  });
  return { ...lotse, retention, logger };
}
export type WorkerRuntime = ReturnType<typeof createWorkerRuntime>;
