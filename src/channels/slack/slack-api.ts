import { z } from 'zod';

/** A message for chat.postMessage / chat.update; blocks are passed through as JSON. */
export interface SlackMessage {
  channel: string;
  text: string;
  blocks?: readonly object[];
  thread_ts?: string;
}

/** What Lotse needs from Slack's Web API; the fetch adapter below, a fake in tests. */
export interface SlackApi {
  postMessage(message: SlackMessage): Promise<{ ts: string }>;
  update(message: SlackMessage & { ts: string }): Promise<void>;
  /** An ephemeral note to the one user who acted, via the interaction's response_url. */
  respond(responseUrl: string, text: string): Promise<void>;
}

export class SlackApiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
  ) {
    super(`Slack ${method} failed: ${error}`);
  }
}

export interface SlackWebApiOptions {
  token: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Retries after HTTP 429 before giving up; Slack asks to wait Retry-After seconds each time. */
  maxRetries?: number;
  /** Upper bound for one wait, so a background task never hangs for minutes. */
  maxWaitSeconds?: number;
  baseUrl?: string;
}

const Reply = z.object({ ok: z.boolean(), error: z.string().optional(), ts: z.string().optional() });
// response_url comes from a signed payload, but it is still a URL we POST to: only Slack's host.
const RESPONSE_URL = /^https:\/\/hooks\.slack\.com\//;

/** Slack's Web API over fetch (Node and Workers): Bearer token, JSON bodies, `ok` checked, 429 retried. */
export function createSlackWebApi(options: SlackWebApiOptions): SlackApi {
  // Resolved per call, so a test's fetch interceptor (msw) installed later is honoured.
  const doFetch: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxRetries = options.maxRetries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 30;
  const baseUrl = options.baseUrl ?? 'https://slack.com/api';

  async function send(url: string, label: string, init: RequestInit): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const res = await doFetch(url, init);
      if (res.status !== 429) return res;
      await res.body?.cancel().catch(() => undefined);
      if (attempt >= maxRetries) throw new SlackApiError(label, 'ratelimited');
      const seconds = Number(res.headers.get('retry-after'));
      await sleep(Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds : 1, maxWait) * 1000);
    }
  }

  async function call(method: string, body: object): Promise<z.infer<typeof Reply>> {
    const res = await send(`${baseUrl}/${method}`, method, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new SlackApiError(method, `http_${res.status}`);
    const parsed = Reply.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) throw new SlackApiError(method, 'invalid_response');
    if (!parsed.data.ok) throw new SlackApiError(method, parsed.data.error ?? 'unknown_error');
    return parsed.data;
  }

  return {
    async postMessage(message) {
      const reply = await call('chat.postMessage', message);
      if (!reply.ts) throw new SlackApiError('chat.postMessage', 'missing_ts');
      return { ts: reply.ts };
    },
    async update(message) {
      await call('chat.update', message);
    },
    async respond(responseUrl, text) {
      if (!RESPONSE_URL.test(responseUrl)) throw new SlackApiError('response_url', 'untrusted_url');
      const res = await send(responseUrl, 'response_url', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
      });
      if (!res.ok) throw new SlackApiError('response_url', `http_${res.status}`);
    },
  };
}
