import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeSlack } from './support/fake-slack.js';
import { lotseWithSlack } from './support/lotse-with-slack.js';
import { commandInit, eventInit, NOW_S, signedInit } from './support/signed-requests.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Building Lotse (knowledge index) takes seconds: one instance for the file. No request here may
// reach the background, so `deferred()` stays 0 throughout.
const lotse = lotseWithSlack();

const mention = {
  type: 'app_mention',
  user: 'U0HR00001',
  text: '<@U0BOT0001> Hallo',
  ts: '1795000100.000100',
  channel: 'C0LOTSE01',
};

describe('Slack endpoints: security', () => {
  it('answers the url_verification challenge of a signed request', async () => {
    const body = JSON.stringify({
      token: 'x',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const res = await lotse.app.request('/slack/events', signedInit(body, 'application/json'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('rejects a tampered body with 401 and acts on nothing', async () => {
    const init = eventInit('Ev-tampered', mention, { tamper: (b) => b.replace('Hallo', 'Hallo!') });
    const res = await lotse.app.request('/slack/events', init);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(lotse.deferred()).toBe(0);
    expect(await lotse.store.claim('Ev-tampered', '2026-11-22T10:00:00.000Z')).toBe(true);
  });

  it('rejects a request whose timestamp is more than five minutes old, even when correctly signed', async () => {
    const res = await lotse.app.request('/slack/commands', commandInit('', { timestamp: NOW_S - 6 * 60 }));
    expect(res.status).toBe(401);
    expect(lotse.deferred()).toBe(0);
  });

  it('rejects requests without the signature or the timestamp header', async () => {
    for (const drop of ['x-slack-signature', 'x-slack-request-timestamp']) {
      const init = commandInit('');
      const headers = new Headers(init.headers);
      headers.delete(drop);
      const res = await lotse.app.request('/slack/commands', { ...init, headers });
      expect(res.status).toBe(401);
    }
    const unsigned = await lotse.app.request('/slack/interactions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'payload=%7B%7D',
    });
    expect(unsigned.status).toBe(401);
    expect(lotse.deferred()).toBe(0);
  });

  it('rejects a request signed with another secret', async () => {
    const res = await lotse.app.request('/slack/events', eventInit('Ev-1', mention, { secret: 'not-our-secret' }));
    expect(res.status).toBe(401);
  });

  it('answers 404 on the Slack routes when Slack is not configured, and the rest runs', async () => {
    const withoutSlack = lotseWithSlack({ slack: false });
    const res = await withoutSlack.app.request('/slack/events', eventInit('Ev-1', mention));
    expect(res.status).toBe(404);
    expect((await withoutSlack.app.request('/healthz')).status).toBe(200);
  });

  it('acknowledges an unknown slash command with a hint and starts nothing', async () => {
    const slack = createFakeSlack();
    server.use(...slack.handlers);
    const res = await lotse.app.request('/slack/commands', commandInit('', { command: '/other' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/lotse') });
    expect(lotse.deferred()).toBe(0);
  });

  it('acknowledges event types it does not handle without doing anything', async () => {
    const res = await lotse.app.request('/slack/events', eventInit('Ev-2', { type: 'reaction_added', user: 'U1' }));
    expect(res.status).toBe(200);
    expect(lotse.deferred()).toBe(0);
  });
});
