import { describe, expect, it } from 'vitest';
import { BOT_USER, CHANNEL, commandInit, eventInit, HUMAN, RESPONSE_URL } from './support/signed-requests.js';
import { isAnswer } from './support/slack-driver.js';
import { slackSuite } from './support/slack-suite.js';

const { lotse, setup } = slackSuite();
let tsSeq = 0;

describe('Slack: timing, retries and the bot’s own messages', () => {
  it('acknowledges the slash command before any Slack API call has finished', async () => {
    const { slack } = setup();
    const release = slack.holdPostMessage();
    const handedOver = lotse.deferred();
    // Were the work done before the answer, this request would wait for the held post forever.
    const res = await lotse.app.request('/slack/commands', commandInit(''));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Thread') });
    expect(lotse.deferred()).toBe(handedOver + 1);
    expect(slack.posted).toHaveLength(0);
    release();
    await lotse.settle();
    // The welcome opens the thread; the first question follows in it.
    const [welcome, ...inThread] = slack.posted;
    expect(welcome).toMatchObject({ channel: CHANNEL });
    expect(welcome?.thread_ts).toBeUndefined();
    expect(inThread.length).toBeGreaterThan(0);
    for (const message of inThread) expect(message.thread_ts).toBe(welcome?.ts);
  });

  it('processes an event that Slack retries exactly once', async () => {
    const { slack, ok } = setup();
    const conversations = lotse.slackConversations().length;
    const event = {
      type: 'app_mention',
      channel: CHANNEL,
      user: HUMAN,
      text: '<@U0BOT0001> Duldung',
      ts: '1795000300.000300',
    };
    await ok('/slack/events', eventInit('Ev-retry', event));
    const posted = slack.posted.length;
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    await ok('/slack/events', eventInit('Ev-retry', event, { headers: retry }));
    await ok('/slack/events', eventInit('Ev-retry', event, { headers: { ...retry, 'x-slack-retry-num': '2' } }));
    expect(lotse.slackConversations()).toHaveLength(conversations + 1);
    expect(slack.posted).toHaveLength(posted);
  });

  it('takes a message that arrives as both app_mention and message as one turn', async () => {
    const { ok, conversationOf } = setup();
    const root = '1795000400.000400';
    await ok(
      '/slack/events',
      eventInit('Ev-a', { type: 'app_mention', channel: CHANNEL, user: HUMAN, text: '<@U0BOT0001>', ts: root }),
    );
    const reply = {
      channel: CHANNEL,
      user: HUMAN,
      text: '<@U0BOT0001> Duldung',
      ts: '1795000401.000401',
      thread_ts: root,
    };
    await ok('/slack/events', eventInit('Ev-b', { type: 'message', ...reply }));
    await ok('/slack/events', eventInit('Ev-c', { type: 'app_mention', ...reply }));
    const view = await lotse.conversations.get(await conversationOf(root));
    expect(view.messages.filter((m) => m.role === 'employer')).toHaveLength(1);
  });

  // Each message below is turned away by exactly one condition of the event filter, so dropping any
  // one of them lets a message through; the two controls show the same thread answers a human.
  const root = '1795000500.000500';
  const inThread = { type: 'message', channel: CHANNEL, text: 'Duldung', thread_ts: root };
  const startThread = async (ok: ReturnType<typeof setup>['ok']) => {
    if (await lotse.store.findThread(CHANNEL, root)) return;
    await ok(
      '/slack/events',
      eventInit('Ev-r', { type: 'app_mention', channel: CHANNEL, user: HUMAN, text: '<@U0BOT0001>', ts: root }),
    );
  };

  it.each([
    ['another app’s message with a user id (the bot-to-bot loop)', { user: 'U0OTHERAPP', bot_id: 'B0OTHER' }],
    ['Lotse’s own message as its bot user', { user: BOT_USER }],
    ['an edit by a human', { user: HUMAN, subtype: 'message_changed' }],
    ['a message without a user', {}],
  ])('never replies to %s', async (_name, fields) => {
    const { slack, ok } = setup();
    await startThread(ok);
    const posted = slack.posted.length;
    const handedOver = lotse.deferred();
    const ts = `1795000501.${String(++tsSeq).padStart(6, '0')}`;
    await ok('/slack/events', eventInit(`Ev-bot-${ts}`, { ...inThread, ...fields, ts }));
    expect(lotse.deferred()).toBe(handedOver);
    expect(slack.posted).toHaveLength(posted);
  });

  it.each([
    ['a human’s reply', {}],
    ['a human’s reply also sent to the channel', { subtype: 'thread_broadcast' }],
  ])('answers %s in the same thread', async (_name, fields) => {
    const { slack, ok } = setup();
    await startThread(ok);
    const posted = slack.posted.length;
    const handedOver = lotse.deferred();
    const ts = `1795000502.${String(++tsSeq).padStart(6, '0')}`;
    await ok('/slack/events', eventInit(`Ev-human-${ts}`, { ...inThread, user: HUMAN, ...fields, ts }));
    expect(lotse.deferred()).toBe(handedOver + 1);
    expect(slack.posted.length).toBeGreaterThan(posted);
    expect(slack.posted.at(-1)?.thread_ts).toBe(root);
  });

  it('counts a double click on the same question once', async () => {
    const { slack, click, pick, conversationOf } = setup();
    await lotse.app.request('/slack/commands', commandInit(''));
    await lotse.settle();
    const [message, button] = pick(slack.lastWithButtons(), isAnswer);
    await click(message, button);
    await click(message, button);
    const view = await lotse.conversations.get(await conversationOf(slack.posted[0]?.ts ?? ''));
    expect(view.messages.filter((m) => m.role === 'employer')).toHaveLength(1);
  });

  it('tells the user privately when a clicked question is no longer open', async () => {
    const { slack, ok, click, pick } = setup();
    const conversations = lotse.slackConversations().length;
    await ok('/slack/commands', commandInit(''));
    const [question, button] = pick(slack.lastWithButtons(), isAnswer);
    await ok(
      '/slack/events',
      eventInit('Ev-typed', {
        type: 'message',
        channel: CHANNEL,
        user: HUMAN,
        text: 'Duldung',
        ts: '1795000600.000600',
        thread_ts: slack.posted[0]?.ts,
      }),
    );
    await click(question, button);
    expect(slack.responses.at(-1)).toMatchObject({
      url: RESPONSE_URL,
      body: { response_type: 'ephemeral', text: expect.stringContaining('nicht mehr offen') },
    });
    expect(lotse.slackConversations()).toHaveLength(conversations + 1);
  });

  it('asks to invite the app when it is not in the channel, and keeps no orphaned conversation', async () => {
    const { slack, ok } = setup();
    const conversations = lotse.slackConversations().length;
    slack.failPostMessage('not_in_channel');
    await ok('/slack/commands', commandInit(''));
    expect(slack.responses).toHaveLength(1);
    expect(slack.responses[0]?.url).toBe(RESPONSE_URL);
    expect(slack.responses[0]?.body.text).toContain('/invite');
    expect(lotse.slackConversations()).toHaveLength(conversations);
  });
});
