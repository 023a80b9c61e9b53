import type { SetupServer } from 'msw/node';
import { expect } from 'vitest';
import { type Button, createFakeSlack, type PostedMessage } from './fake-slack.js';
import type { lotseWithSlack } from './lotse-with-slack.js';
import { CHANNEL, clickInit } from './signed-requests.js';

/** A real answer option (not an action, not "don't know"). */
export const isAnswer = (b: Button) =>
  !b.action_id.startsWith('lotse:action:') && !b.action_id.startsWith('lotse:details:') && b.value !== 'unknown';

/**
 * Drives Lotse the way Slack does: signed requests in, Web API calls recorded by a fresh fake
 * Slack per test. `ok` waits until the work done after the acknowledgement has finished.
 */
export function createSlackDriver(lotse: ReturnType<typeof lotseWithSlack>, server: SetupServer) {
  const slack = createFakeSlack();
  server.use(...slack.handlers);
  const ok = async (path: string, init: RequestInit) => {
    const res = await lotse.app.request(path, init);
    expect(res.status).toBe(200);
    await lotse.settle();
    return res;
  };
  const click = (message: PostedMessage, button: Button) => ok('/slack/interactions', clickInit(message, button));
  const pick = (message: PostedMessage | undefined, match: (b: Button) => boolean) => {
    const button = slack.buttonsOf(message).find(match);
    if (!message || !button) throw new Error(`no such button in ${JSON.stringify(message?.blocks)}`);
    return [message, button] as const;
  };
  const conversationOf = async (threadTs: string) => {
    const thread = await lotse.store.findThread(CHANNEL, threadTs);
    if (!thread) throw new Error('thread not bound');
    return thread.conversationId;
  };
  return { slack, ok, click, pick, conversationOf };
}
