import type { Lang } from '../../conversation/questions.js';
import { ApiError } from '../../http/errors.js';
import { MAX_MESSAGE_LENGTH } from '../../http/input-limits.js';
import type { Logger } from '../../logger.js';
import type { SlackStore, SlackThread } from '../../storage/ports.js';
import { DETAILS_KEY } from './assessment-blocks.js';
import { contexts, decodeActionId } from './block-kit.js';
import { answeredBlocks, renderMessage } from './message-blocks.js';
import { type BlockActions, cleanText, type MessageEvent, parseStart, type SlashCommand } from './payloads.js';
import { type SlackApi, SlackApiError } from './slack-api.js';
import { escapeMrkdwn, slackText } from './texts.js';
import { createThreadPoster, type SlackConversations, type ThreadPoster } from './thread-poster.js';

export interface SlackChannelDeps {
  conversations: SlackConversations;
  store: SlackStore;
  api: SlackApi;
  logger: Logger;
  /** ISO timestamp for stored rows. */
  now: () => string;
  command: string;
  /** Keeps work alive after the HTTP answer (Workers: ctx.waitUntil; Node: the promise just runs). */
  defer: (task: Promise<unknown>) => void;
  /**
   * Adapts the thread poster to the runtime. Node: none (turns and live follow-ups in this process).
   * Workers: turns, and following the conversation's live events, run in its Durable Object.
   */
  threads?: (poster: ThreadPoster) => ThreadPoster;
  /** The watch's buttons on its notices (issue 20): handed over with the thread, no conversation turn. */
  watch?: {
    handles(factKey: string): boolean;
    onClick(thread: SlackThread, factKey: string, value: string): Promise<void>;
  };
}

const NO_CHANNEL = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

const errorCode = (error: unknown) =>
  error instanceof ApiError ? error.code : error instanceof SlackApiError ? `slack_${error.error}` : 'internal';

/** What Slack events, commands and clicks do to conversations. Called after Slack has been answered. */
export function createSlackChannel(deps: SlackChannelDeps) {
  const poster = createThreadPoster(deps);
  const threads = deps.threads ? deps.threads(poster) : poster;
  const claim = (id: string) => deps.store.claim(id, deps.now());

  /** A failed turn tells the employer what to do, never why in detail; the log gets the code only. */
  async function guarded(thread: SlackThread, work: () => Promise<void>, responseUrl?: string) {
    try {
      await work();
    } catch (error) {
      const code = errorCode(error);
      deps.logger.warn('slack turn failed', { code, conversationId: thread.conversationId });
      const text =
        code === 'conversation_closed'
          ? slackText(thread.lang, 'closed', { command: deps.command })
          : slackText(thread.lang, code === 'invalid_request' ? 'stale' : 'failed');
      const notice = responseUrl
        ? deps.api.respond(responseUrl, text)
        : deps.api.postMessage({ channel: thread.channel, thread_ts: thread.threadTs, text });
      await notice.catch(() => undefined);
    }
  }

  /** Text over the limit of every channel is not worked on; the thread says why. */
  const tooLong = (text: string) => text.length > MAX_MESSAGE_LENGTH;
  const tooLongNotice = (lang: Lang) => slackText(lang, 'tooLong', { max: MAX_MESSAGE_LENGTH });

  /**
   * Opens a conversation bound to a thread. A slash command has no thread yet: the welcome becomes
   * the thread's root message. A mention's thread is the mention (or the thread it was written in).
   */
  async function start(input: { channel: string; threadTs?: string; lang: Lang; text: string; key: string }) {
    const created = await deps.conversations.create(input.lang, 'slack');
    // With a first sentence, the first question is skipped: the answer to the sentence follows.
    const initial = input.text ? created.messages.filter((m) => !m.options?.length) : created.messages;
    let threadTs = input.threadTs;
    let rest = initial;
    if (!threadTs) {
      const [root, ...others] = initial;
      if (!root) return;
      const rendered = renderMessage(root, input.lang, created.state);
      rendered.blocks.push(...contexts([escapeMrkdwn(slackText(input.lang, 'replyInThread'))]));
      try {
        threadTs = await threads.send(input.channel, undefined, rendered);
      } catch (error) {
        await deps.conversations.remove(created.id).catch(() => undefined);
        throw error;
      }
      rest = others;
    }
    const thread: SlackThread = { channel: input.channel, threadTs, conversationId: created.id, lang: input.lang };
    await deps.store.bindThread(thread, deps.now());
    threads.follow(thread);
    await threads.inThread(thread, () =>
      guarded(thread, async () => {
        await threads.post(thread, rest, created.state);
        if (input.text) await threads.turn(thread, { text: input.text, clientMessageId: `slack:${input.key}` });
      }),
    );
  }

  /** A human's message in a bound thread continues that conversation. */
  async function reply(event: MessageEvent, threadTs: string) {
    const thread = await deps.store.findThread(event.channel, threadTs);
    if (!thread) return;
    // One Slack message can arrive as both `message` and `app_mention`: it is one turn.
    const key = `msg:${event.channel}:${event.ts}`;
    if (!(await claim(key))) return;
    const text = cleanText(event.text);
    if (!text) return;
    if (tooLong(text)) {
      await threads.inThread(thread, () =>
        deps.api.postMessage({ channel: thread.channel, thread_ts: thread.threadTs, text: tooLongNotice(thread.lang) }),
      );
      return;
    }
    threads.follow(thread);
    await threads.inThread(thread, () =>
      guarded(thread, () => threads.turn(thread, { text, clientMessageId: `slack:${key}` })),
    );
  }

  return {
    async onEvent(event: MessageEvent) {
      if (event.type === 'message') {
        if (event.thread_ts) await reply(event, event.thread_ts);
        return;
      }
      if (event.thread_ts && (await deps.store.findThread(event.channel, event.thread_ts))) {
        await reply(event, event.thread_ts);
        return;
      }
      const key = `msg:${event.channel}:${event.ts}`;
      if (!(await claim(key))) return;
      const { lang, text } = parseStart(cleanText(event.text));
      const threadTs = event.thread_ts ?? event.ts;
      if (tooLong(text)) {
        await deps.api.postMessage({ channel: event.channel, thread_ts: threadTs, text: tooLongNotice(lang) });
        return;
      }
      await start({ channel: event.channel, threadTs, lang, text, key });
    },

    async onCommand(command: SlashCommand) {
      const { lang, text } = parseStart(cleanText(command.text));
      try {
        const key = `cmd:${command.channel_id}:${command.trigger_id ?? deps.now()}`;
        await start({ channel: command.channel_id, lang, text, key });
      } catch (error) {
        const code = errorCode(error);
        deps.logger.warn('slack command failed', { code });
        if (!command.response_url) return;
        const missing = error instanceof SlackApiError && NO_CHANNEL.has(error.error);
        await deps.api.respond(command.response_url, slackText(lang, missing ? 'notInChannel' : 'failed'));
      }
    },

    /** A button click answers the question it belongs to; the message keeps the answer, not the buttons. */
    async onClick(payload: BlockActions) {
      const [action] = payload.actions;
      const decoded = action ? decodeActionId(action.action_id) : undefined;
      if (!action || !decoded || action.value === undefined) return;
      const channel = payload.channel.id;
      const messageTs = payload.message.ts;
      const thread = await deps.store.findThread(channel, payload.message.thread_ts ?? messageTs);
      if (!thread) {
        if (payload.response_url)
          await deps.api.respond(payload.response_url, slackText('de', 'unknownThread', { command: deps.command }));
        return;
      }
      if (deps.watch?.handles(decoded.factKey)) {
        const watch = deps.watch;
        if (!(await claim(`watch:${channel}:${messageTs}:${decoded.factKey}`))) return;
        await threads.inThread(thread, () =>
          guarded(thread, () => watch.onClick(thread, decoded.factKey, action.value ?? '')),
        );
        return;
      }
      if (decoded.factKey === DETAILS_KEY) {
        // Details are read from the card stored with the verdict; the buttons stay, and no turn runs.
        if (!(await claim(`details:${channel}:${messageTs}`))) return;
        threads.follow(thread);
        await threads.inThread(thread, () => guarded(thread, () => threads.details(thread, action.value ?? '')));
        return;
      }
      if (!(await claim(`click:${channel}:${messageTs}`))) return;
      const value = action.value;
      const label = action.text?.text ?? value;
      threads.follow(thread);
      await threads.inThread(thread, async () => {
        const blocks = answeredBlocks(payload.message.blocks ?? [], label, thread.lang);
        const text = payload.message.text ?? slackText(thread.lang, 'chosen', { label });
        await deps.api.update({ channel, ts: messageTs, text, blocks }).catch((error: unknown) => {
          deps.logger.warn('slack update failed', { code: errorCode(error) });
        });
        const input = {
          choice: { factKey: decoded.factKey, value },
          pendingOnly: true,
          clientMessageId: `slack:click:${channel}:${messageTs}`,
        };
        await guarded(thread, () => threads.turn(thread, input), payload.response_url);
      });
    },
  };
}

export type SlackChannel = ReturnType<typeof createSlackChannel>;
