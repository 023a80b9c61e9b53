import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH } from '../../src/http/input-limits.js';
import { lotseWithSlack } from '../slack/support/lotse-with-slack.js';
import { CHANNEL, commandInit, eventInit, HUMAN } from '../slack/support/signed-requests.js';
import { createSlackDriver } from '../slack/support/slack-driver.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Building Lotse (knowledge index) takes seconds: one instance for the file, each test in its own threads.
const lotse = lotseWithSlack();
const setup = () => createSlackDriver(lotse, server);
const tooLong = 'a'.repeat(MAX_MESSAGE_LENGTH + 1);

describe('Slack: the one length limit of every channel', () => {
  it('answers an over-long slash command at once and opens no conversation', async () => {
    const { ok, slack } = setup();
    const before = lotse.slackConversations().length;
    const ack = await ok('/slack/commands', commandInit(`de ${tooLong}`));
    expect(await ack.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('2000 Zeichen'),
    });
    expect(lotse.slackConversations()).toHaveLength(before);
    expect(slack.posted).toHaveLength(0);
  });

  it('does not work on an over-long thread message, and says so in the thread', async () => {
    const { ok, slack, conversationOf } = setup();
    await ok('/slack/commands', commandInit(''));
    const rootTs = slack.posted[0]?.ts ?? '';
    const id = await conversationOf(rootTs);
    const before = (await lotse.conversations.get(id)).messages.length;
    const posted = slack.posted.length;
    await ok(
      '/slack/events',
      eventInit('Ev-long-1', {
        type: 'message',
        channel: CHANNEL,
        user: HUMAN,
        text: tooLong,
        ts: '1795000300.000100',
        thread_ts: rootTs,
      }),
    );
    expect((await lotse.conversations.get(id)).messages).toHaveLength(before);
    expect(slack.posted).toHaveLength(posted + 1);
    expect(slack.posted.at(-1)).toMatchObject({ thread_ts: rootTs, text: expect.stringContaining('zu lang') });
  });

  it('does not open a conversation for an over-long mention', async () => {
    const { ok, slack } = setup();
    const before = lotse.slackConversations().length;
    await ok(
      '/slack/events',
      eventInit('Ev-long-2', {
        type: 'app_mention',
        channel: CHANNEL,
        user: HUMAN,
        text: `<@U0BOT0001> ${tooLong}`,
        ts: '1795000400.000100',
      }),
    );
    expect(lotse.slackConversations()).toHaveLength(before);
    expect(slack.posted.at(-1)?.text).toContain('zu lang');
  });
});
