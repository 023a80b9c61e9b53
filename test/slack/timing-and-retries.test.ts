import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lotseWithSlack } from './support/lotse-with-slack.js';
import { CHANNEL, commandInit, eventInit, HUMAN } from './support/signed-requests.js';
import { createSlackDriver, isAnswer } from './support/slack-driver.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Building Lotse (knowledge index) takes seconds: one instance per file, each test in its own threads.
const lotse = lotseWithSlack();
const setup = () => createSlackDriver(lotse, server);

describe('Slack: timing, retries and the bot’s own messages', () => {
  it('acknowledges the slash command before any Slack API call has finished', async () => {
    const { slack } = setup();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post('https://slack.com/api/chat.postMessage', async () => {
        await gate;
        return HttpResponse.json({ ok: true, ts: '1795009999.000001' });
      }),
    );
    const deferred = lotse.deferred();
    const res = await lotse.app.request('/slack/commands', commandInit(''));
    expect(res.status).toBe(200);
    expect(lotse.deferred()).toBe(deferred + 1);
    release();
    await lotse.settle();
    expect(slack.posted).toHaveLength(0);
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

  it('never replies to its own or other bots’ messages, nor to edits', async () => {
    const { slack, ok } = setup();
    const root = '1795000500.000500';
    await ok(
      '/slack/events',
      eventInit('Ev-r', { type: 'app_mention', channel: CHANNEL, user: HUMAN, text: '<@U0BOT0001>', ts: root }),
    );
    const posted = slack.posted.length;
    const deferred = lotse.deferred();
    const inThread = { type: 'message', channel: CHANNEL, text: 'Duldung', thread_ts: root };
    await ok('/slack/events', eventInit('Ev-o1', { ...inThread, bot_id: 'B0LOTSE', user: 'U0BOT0001', ts: '1.1' }));
    await ok(
      '/slack/events',
      eventInit('Ev-o2', { ...inThread, subtype: 'bot_message', bot_id: 'B0OTHER', ts: '1.2' }),
    );
    await ok('/slack/events', eventInit('Ev-o3', { ...inThread, user: 'U0BOT0001', ts: '1.3' }));
    await ok('/slack/events', eventInit('Ev-o4', { ...inThread, subtype: 'message_changed', ts: '1.4' }));
    expect(lotse.deferred()).toBe(deferred);
    expect(slack.posted).toHaveLength(posted);
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
    expect(slack.responses.at(-1)?.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('nicht mehr offen'),
    });
    expect(lotse.slackConversations()).toHaveLength(conversations + 1);
  });

  it('asks to invite the app when it is not in the channel, and keeps no orphaned conversation', async () => {
    const { slack, ok } = setup();
    const conversations = lotse.slackConversations().length;
    slack.failPostMessage('not_in_channel');
    await ok('/slack/commands', commandInit(''));
    expect(slack.responses[0]?.body.text).toContain('/invite');
    expect(lotse.slackConversations()).toHaveLength(conversations);
  });
});
