import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH } from '../../src/http/input-limits.js';
import type { PostedMessage } from '../slack/support/fake-slack.js';
import { CHANNEL, commandInit, eventInit, HUMAN, NOW_S } from '../slack/support/signed-requests.js';
import { isAnswer } from '../slack/support/slack-driver.js';
import { slackSuite } from '../slack/support/slack-suite.js';

const { lotse, setup } = slackSuite();
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

describe('Slack: replays and mentions', () => {
  it('handles a signed slash command once: its replay within the five minutes opens no second thread', async () => {
    const { ok, slack } = setup();
    const before = lotse.slackConversations().length;
    const command = commandInit('Wir möchten einen Koch mit Duldung einstellen');
    await ok('/slack/commands', command);
    const roots = slack.posted.filter((m) => m.thread_ts === undefined).length;
    expect(roots).toBe(1);
    // The same request again, byte for byte (the signature also in upper case: the same MAC).
    await ok('/slack/commands', command);
    const headers = new Headers(command.headers);
    headers.set('x-slack-signature', (headers.get('x-slack-signature') ?? '').replace(/^v0=/, '').toUpperCase());
    headers.set('x-slack-signature', `v0=${headers.get('x-slack-signature')}`);
    await ok('/slack/commands', { ...command, headers });
    expect(lotse.slackConversations()).toHaveLength(before + 1);
    expect(slack.posted.filter((m) => m.thread_ts === undefined)).toHaveLength(1);
    // A new command (Slack signs each one anew) opens its own thread.
    await ok('/slack/commands', commandInit('Wir möchten einen Koch mit Duldung einstellen', { timestamp: NOW_S + 1 }));
    expect(lotse.slackConversations()).toHaveLength(before + 2);
  });

  it('marks every mrkdwn text it sends verbatim, so "@channel" in a reply notifies nobody', async () => {
    const { ok, slack, click, pick, conversationOf } = setup();
    await ok('/slack/commands', commandInit(''));
    const rootTs = slack.posted[0]?.ts ?? '';
    for (let i = 0; i < 12 && !slack.posted.some((m) => m.blocks.some((b) => b.type === 'header')); i++)
      await click(...pick(slack.lastWithButtons(), isAnswer));
    const id = await conversationOf(rootTs);
    const asked = await lotse.conversations.post(id, { choice: { factKey: 'action', value: 'handoff' } });
    if (asked.state.pendingQuestion?.factKey === 'handoffConsent')
      await lotse.conversations.post(id, { choice: { factKey: 'handoffConsent', value: 'yes' } });
    await lotse.conversations.adviserReply(id, '@channel @here <!everyone> bitte alle lesen');
    await lotse.settle();

    const texts = [
      ...slack.posted.flatMap((m: PostedMessage) => m.blocks),
      ...slack.updates.flatMap((u) => u.blocks as object[]),
    ].flatMap((block) => mrkdwnTexts(block));
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => t.verbatim !== true)).toEqual([]);
    expect(JSON.stringify(slack.posted.at(-1))).not.toContain('<!everyone>');
  });
});

/** Every mrkdwn text object inside a block (section text and fields, context elements). */
function mrkdwnTexts(value: unknown): Array<{ text: string; verbatim?: boolean }> {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  if (object.type === 'mrkdwn') return [object as { text: string; verbatim?: boolean }];
  return Object.values(object).flatMap(mrkdwnTexts);
}
