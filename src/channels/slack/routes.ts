import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import { MAX_MESSAGE_LENGTH } from '../../http/input-limits.js';
import type { Logger } from '../../logger.js';
import type { SlackStore } from '../../storage/ports.js';
import {
  BlockActions,
  botUserId,
  cleanText,
  EventCallback,
  formFields,
  isFromHuman,
  MessageEvent,
  parseJson,
  parseStart,
  SlashCommand,
  UrlVerification,
} from './payloads.js';
import type { SlackApi } from './slack-api.js';
import { createSlackChannel, type SlackChannelDeps } from './slack-channel.js';
import { slackText } from './texts.js';
import type { SlackConversations } from './thread-poster.js';
import { MAX_SKEW_SECONDS, verifySlackRequest } from './verify-signature.js';

/** What the Slack channel needs; present only when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set. */
export interface SlackDeps {
  signingSecret: string;
  /** The slash command as configured in the Slack app, e.g. `/lotse`. */
  command: string;
  store: SlackStore;
  api: SlackApi;
  /** Wall clock in ms, injected so the signature's time window is testable. */
  nowMs?: () => number;
  /** Keeps background work alive after the response (Workers: ctx.waitUntil); default: detached. */
  waitUntil?: (task: Promise<unknown>) => void;
  /** See SlackChannelDeps.threads. */
  threads?: SlackChannelDeps['threads'];
  /** See SlackChannelDeps.watch. */
  watch?: SlackChannelDeps['watch'];
}

// Slack's payloads are a few KiB; an interaction echoes its message's blocks, still far below this.
const MAX_BODY_BYTES = 512 * 1024;

/**
 * POST /slack/events, /slack/commands, /slack/interactions. Each request is verified over its raw
 * body, answered at once (Slack allows 3 seconds) and worked on afterwards.
 */
export function slackRoutes(deps: SlackDeps & { conversations: SlackConversations; logger: Logger }) {
  const { logger } = deps;
  const nowMs = deps.nowMs ?? Date.now;
  const nowIso = () => new Date(nowMs()).toISOString();

  const background = (c: Context | undefined, task: Promise<unknown>) => {
    const safe = task.catch((error: unknown) => {
      logger.error('slack background task failed', { error: error instanceof Error ? error.name : 'unknown' });
    });
    if (deps.waitUntil) return deps.waitUntil(safe);
    try {
      c?.executionCtx.waitUntil(safe);
    } catch {
      // Node has no ExecutionContext: the promise runs on by itself.
    }
  };

  const channel = createSlackChannel({
    ...deps,
    now: nowIso,
    defer: (task) => background(undefined, task),
  });

  const app = new Hono<AppEnv>();
  app.use(
    '/slack/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(new ApiError('payload_too_large', 'Slack payload too large').toBody(), 413),
    }),
  );
  // Nothing is parsed, stored or acted on before the signature over the raw body checks out.
  app.use('/slack/*', async (c, next) => {
    const result = await verifySlackRequest({
      signingSecret: deps.signingSecret,
      timestamp: c.req.header('x-slack-request-timestamp'),
      signature: c.req.header('x-slack-signature'),
      rawBody: await c.req.text(),
      nowMs: nowMs(),
    });
    if (!result.ok) {
      logger.warn('slack request rejected', { reason: result.reason, path: c.req.path });
      return c.json(new ApiError('unauthorized', 'invalid Slack request signature').toBody(), 401);
    }
    // A valid signature stays valid for its whole window: the same request sent again (a replayed
    // slash command would open a new thread each time) is acknowledged and not acted on.
    const first = await deps.store.claimRequest(
      result.signature,
      new Date((result.timestamp + MAX_SKEW_SECONDS) * 1000).toISOString(),
      nowIso(),
    );
    if (!first) {
      logger.info('slack replay ignored', { path: c.req.path });
      return c.body(null, 200);
    }
    await next();
  });

  app.post('/slack/events', async (c) => {
    const body = parseJson(await c.req.text());
    const challenge = UrlVerification.safeParse(body);
    if (challenge.success) return c.json({ challenge: challenge.data.challenge });
    const envelope = EventCallback.safeParse(body);
    const event = envelope.success ? MessageEvent.safeParse(envelope.data.event) : undefined;
    // Everything else (other event types, app_rate_limited, bots' messages) is acknowledged and dropped.
    if (!envelope.success || !event?.success || !isFromHuman(event.data, botUserId(envelope.data))) {
      return c.body(null, 200);
    }
    if (!(await deps.store.claim(envelope.data.event_id, nowIso()))) {
      logger.info('slack retry ignored', {
        retryNum: c.req.header('x-slack-retry-num'),
        retryReason: c.req.header('x-slack-retry-reason'),
      });
      return c.body(null, 200);
    }
    background(c, channel.onEvent(event.data));
    return c.body(null, 200);
  });

  app.post('/slack/commands', async (c) => {
    const parsed = SlashCommand.safeParse(formFields(await c.req.text()));
    if (!parsed.success) return c.json(new ApiError('invalid_request', 'not a slash command payload').toBody(), 400);
    const { lang, text } = parseStart(cleanText(parsed.data.text));
    if (parsed.data.command !== deps.command) {
      return c.json({ response_type: 'ephemeral', text: slackText(lang, 'unknownCommand', { command: deps.command }) });
    }
    if (text.length > MAX_MESSAGE_LENGTH)
      return c.json({ response_type: 'ephemeral', text: slackText(lang, 'tooLong', { max: MAX_MESSAGE_LENGTH }) });
    background(c, channel.onCommand(parsed.data));
    return c.json({ response_type: 'ephemeral', text: slackText(lang, 'commandAck') });
  });

  app.post('/slack/interactions', async (c) => {
    const parsed = BlockActions.safeParse(parseJson(formFields(await c.req.text()).payload));
    if (parsed.success) background(c, channel.onClick(parsed.data));
    return c.body(null, 200);
  });

  return app;
}
