import type { SlackStore } from '../../storage/ports.js';
import type { SlackDeps } from './routes.js';
import { createSlackWebApi } from './slack-api.js';

/** What a runtime hands over to enable Slack: the two secrets from the config and the store. */
export interface SlackSetup {
  signingSecret: string;
  botToken: string;
  /** Default `/lotse`; must match the command registered in the Slack app. */
  command?: string;
  store: SlackStore;
  fetch?: typeof fetch;
  nowMs?: () => number;
  waitUntil?: (task: Promise<unknown>) => void;
  /** Replaces parts of the thread poster (Workers: turns and live follow-ups run in the conversation's Durable Object). */
  threads?: SlackDeps['threads'];
  /** The watch's buttons in a thread (pause, stop, details of a change; issue 20). */
  watch?: SlackDeps['watch'];
}

/** Builds the Slack channel's dependencies, including the fetch-based Web API adapter. */
export function slackDeps(setup: SlackSetup): SlackDeps {
  return {
    signingSecret: setup.signingSecret,
    command: setup.command ?? '/lotse',
    store: setup.store,
    api: createSlackWebApi({ token: setup.botToken, ...(setup.fetch ? { fetch: setup.fetch } : {}) }),
    ...(setup.nowMs ? { nowMs: setup.nowMs } : {}),
    ...(setup.waitUntil ? { waitUntil: setup.waitUntil } : {}),
    ...(setup.threads ? { threads: setup.threads } : {}),
    ...(setup.watch ? { watch: setup.watch } : {}),
  };
}
