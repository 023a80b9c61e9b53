import { describe, expect, it } from 'vitest';
import { botUserId, EventCallback, isFromHuman, type MessageEvent } from '../../src/channels/slack/payloads.js';

// The filter on its own; test/slack/timing-and-retries.test.ts drives it through signed requests.
const envelope = (authorizations?: unknown) =>
  EventCallback.parse({
    type: 'event_callback',
    event_id: 'Ev1',
    event: { type: 'message' },
    ...(authorizations === undefined ? {} : { authorizations }),
  });
const message = (fields: Partial<MessageEvent>): MessageEvent => ({
  type: 'message',
  channel: 'C1',
  ts: '1.1',
  ...fields,
});

describe('which Slack messages Lotse acts on', () => {
  it('knows its own bot user from the authorization marked as bot, and does without one', () => {
    expect(
      botUserId(
        envelope([
          { user_id: 'U0HUMAN', is_bot: false },
          { user_id: 'U0BOT', is_bot: true },
        ]),
      ),
    ).toBe('U0BOT');
    expect(botUserId(envelope([{ user_id: 'U0HUMAN', is_bot: false }]))).toBeUndefined();
    expect(botUserId(envelope([]))).toBeUndefined();
    expect(botUserId(envelope())).toBeUndefined();
  });

  it('acts on a human even when the envelope names no bot user', () => {
    expect(isFromHuman(message({ user: 'U0HUMAN' }), undefined)).toBe(true);
    expect(isFromHuman(message({ user: 'U0HUMAN', subtype: 'thread_broadcast' }), 'U0BOT')).toBe(true);
  });

  it('ignores bots, its own user, edits and messages without a user', () => {
    expect(isFromHuman(message({ user: 'U0APP', bot_id: 'B0APP' }), 'U0BOT')).toBe(false);
    expect(isFromHuman(message({ user: 'U0BOT' }), 'U0BOT')).toBe(false);
    expect(isFromHuman(message({ user: 'U0HUMAN', subtype: 'message_changed' }), 'U0BOT')).toBe(false);
    expect(isFromHuman(message({ subtype: 'bot_message' }), 'U0BOT')).toBe(false);
    expect(isFromHuman(message({}), 'U0BOT')).toBe(false);
  });
});
