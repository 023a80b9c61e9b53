import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackWebApi, SlackApiError } from '../../src/channels/slack/slack-api.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const POST_MESSAGE = 'https://slack.com/api/chat.postMessage';

function api(maxRetries = 3) {
  const waits: number[] = [];
  const client = createSlackWebApi({
    token: 'xoxb-1',
    maxRetries,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { client, waits };
}

describe('Slack Web API adapter', () => {
  it('posts JSON with the bot token as Bearer and returns the message ts', async () => {
    let seen: { auth: string | null; type: string | null; body: unknown } | undefined;
    server.use(
      http.post(POST_MESSAGE, async ({ request }) => {
        seen = {
          auth: request.headers.get('authorization'),
          type: request.headers.get('content-type'),
          body: await request.json(),
        };
        return HttpResponse.json({ ok: true, channel: 'C1', ts: '1.000001' });
      }),
    );
    const reply = await api().client.postMessage({ channel: 'C1', text: 'Hallo', thread_ts: '1.0' });
    expect(reply).toEqual({ ts: '1.000001' });
    expect(seen).toEqual({
      auth: 'Bearer xoxb-1',
      type: 'application/json; charset=utf-8',
      body: { channel: 'C1', text: 'Hallo', thread_ts: '1.0' },
    });
  });

  it('fails with Slack’s error code when the answer says ok: false (HTTP 200)', async () => {
    server.use(
      http.post('https://slack.com/api/chat.update', () =>
        HttpResponse.json({ ok: false, error: 'message_not_found' }),
      ),
    );
    await expect(api().client.update({ channel: 'C1', ts: '1.0', text: 'x' })).rejects.toEqual(
      new SlackApiError('chat.update', 'message_not_found'),
    );
  });

  it('waits Retry-After seconds after HTTP 429 and then succeeds', async () => {
    let calls = 0;
    server.use(
      http.post(POST_MESSAGE, () =>
        ++calls === 1
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } })
          : HttpResponse.json({ ok: true, ts: '2.0' }),
      ),
    );
    const { client, waits } = api();
    expect(await client.postMessage({ channel: 'C1', text: 'x' })).toEqual({ ts: '2.0' });
    expect(waits).toEqual([2000]);
    expect(calls).toBe(2);
  });

  it('gives up after a bounded number of 429 retries and caps each wait', async () => {
    let calls = 0;
    server.use(
      http.post(POST_MESSAGE, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '600' } });
      }),
    );
    const { client, waits } = api(2);
    await expect(client.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({ error: 'ratelimited' });
    expect(calls).toBe(3);
    expect(waits).toEqual([30_000, 30_000]);
  });

  it('answers privately through the response_url, and only to Slack’s host', async () => {
    let body: unknown;
    server.use(
      http.post('https://hooks.slack.com/actions/T1/2/abc', async ({ request }) => {
        body = await request.json();
        return new HttpResponse('ok');
      }),
    );
    const { client } = api();
    await client.respond('https://hooks.slack.com/actions/T1/2/abc', 'Nur für Sie');
    expect(body).toEqual({ response_type: 'ephemeral', replace_original: false, text: 'Nur für Sie' });
    await expect(client.respond('https://evil.example/hook', 'x')).rejects.toMatchObject({ error: 'untrusted_url' });
  });
});
