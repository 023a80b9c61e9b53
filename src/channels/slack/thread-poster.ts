import { createKeyedLock } from '../../conversation/keyed-lock.js';
import type { ConversationService } from '../../conversation/service.js';
import type { ConversationStateView } from '../../conversation/types.js';
import type { Logger } from '../../logger.js';
import type { SlackThread, TranscriptMessage } from '../../storage/ports.js';
import { detailBlocks } from './assessment-blocks.js';
import { chunkBlocks } from './block-kit.js';
import { renderMessage, type SlackRendered } from './message-blocks.js';
import type { SlackApi } from './slack-api.js';

export type SlackConversations = Pick<ConversationService, 'create' | 'post' | 'subscribe' | 'remove' | 'get'>;

/**
 * Posts into threads, one task per thread at a time (Slack shows messages in the order they
 * arrive), and follows each bound conversation's live events so adviser replies, hand-backs and
 * closings reach the thread. Subscriptions live in this process: after a restart a thread is
 * followed again when its next Slack event arrives (documented limitation).
 */
export function createThreadPoster(deps: {
  api: SlackApi;
  conversations: SlackConversations;
  logger: Logger;
  defer: (task: Promise<unknown>) => void;
}) {
  const serial = createKeyedLock();
  const following = new Map<string, () => void>();
  // Turns started from Slack post their own messages (with the state the buttons and the assessment
  // need); the live events of those turns are skipped so nothing is posted twice.
  const ownTurns = new Map<string, number>();
  const key = (thread: SlackThread) => `${thread.channel}:${thread.threadTs}`;

  async function send(channel: string, threadTs: string | undefined, rendered: SlackRendered): Promise<string> {
    let first: string | undefined;
    for (const blocks of chunkBlocks(rendered.blocks)) {
      const message = { channel, text: rendered.text, blocks, ...(threadTs ? { thread_ts: threadTs } : {}) };
      const { ts } = await deps.api.postMessage(message);
      first ??= ts;
    }
    return first ?? '';
  }

  async function post(thread: SlackThread, messages: readonly TranscriptMessage[], state?: ConversationStateView) {
    for (const message of messages) {
      if (message.role === 'employer') continue;
      await send(thread.channel, thread.threadTs, renderMessage(message, thread.lang, state));
    }
  }

  function follow(thread: SlackThread) {
    const id = thread.conversationId;
    if (following.has(id)) return;
    const stop = deps.conversations.subscribe(id, (event) => {
      if (event.type === 'status') {
        if (event.status === 'closed') {
          following.get(id)?.();
          following.delete(id);
        }
        return;
      }
      // Where the case stands with the advisers is the widget's banner; the thread gets the adviser's words.
      if (event.type !== 'message') return;
      const { message } = event;
      if (message.role === 'employer') return;
      if (message.role !== 'adviser' && (ownTurns.get(id) ?? 0) > 0) return;
      deps.defer(serial(key(thread), () => post(thread, [message])));
    });
    following.set(id, stop);
  }

  /** Runs one employer turn from Slack and posts its answer into the thread. */
  async function turn(thread: SlackThread, input: Parameters<SlackConversations['post']>[1]) {
    const id = thread.conversationId;
    ownTurns.set(id, (ownTurns.get(id) ?? 0) + 1);
    let result: Awaited<ReturnType<SlackConversations['post']>>;
    try {
      result = await deps.conversations.post(id, input);
    } finally {
      const left = (ownTurns.get(id) ?? 1) - 1;
      if (left > 0) ownTurns.set(id, left);
      else ownTurns.delete(id);
    }
    await post(thread, result.messages, result.state);
  }

  /** Posts the sections of the verdict `messageId` in the thread ("Details" was clicked). */
  async function details(thread: SlackThread, messageId: string) {
    const { messages } = await deps.conversations.get(thread.conversationId);
    const card = messages.find((m) => m.id === messageId)?.answer;
    if (!card) return;
    await send(thread.channel, thread.threadTs, { text: card.headline, blocks: detailBlocks(card, thread.lang) });
  }

  return {
    send,
    post,
    details,
    follow,
    turn,
    /** Work on one thread, in order with everything else posted there. */
    inThread: <T>(thread: SlackThread, work: () => Promise<T>) => serial(key(thread), work),
  };
}

export type ThreadPoster = ReturnType<typeof createThreadPoster>;
