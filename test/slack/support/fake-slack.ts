import { HttpResponse, http } from 'msw';
import { RESPONSE_URL } from './signed-requests.js';

export interface PostedMessage {
  ts: string;
  channel: string;
  thread_ts?: string;
  text: string;
  blocks: Array<{ type: string; elements?: Array<Record<string, unknown>>; text?: { text: string } }>;
}
export interface Button {
  action_id: string;
  value: string;
  text: { type: 'plain_text'; text: string };
}

/**
 * Slack's Web API as msw handlers: chat.postMessage answers with a new ts, chat.update and the
 * response_url of the signed requests accept (any other URL is unhandled, and msw fails it). Every
 * call is recorded with its Authorization header; posts can be held back to look at what happens first.
 */
// Module-wide, so two fakes in one test file never hand out the same ts (threads are keyed on it).
let seq = 0;

export function createFakeSlack() {
  const posted: PostedMessage[] = [];
  const updates: Array<Record<string, unknown>> = [];
  const responses: Array<{ url: string; body: Record<string, unknown> }> = [];
  const auth: Array<string | null> = [];
  let postMessageError: string | undefined;
  let held: Promise<void> | undefined;

  const handlers = [
    http.post('https://slack.com/api/chat.postMessage', async ({ request }) => {
      auth.push(request.headers.get('authorization'));
      const body = (await request.json()) as Omit<PostedMessage, 'ts'>;
      await held;
      if (postMessageError) return HttpResponse.json({ ok: false, error: postMessageError });
      const ts = `1795000000.${String(++seq).padStart(6, '0')}`;
      posted.push({ ...body, ts });
      return HttpResponse.json({ ok: true, channel: body.channel, ts, message: {} });
    }),
    http.post('https://slack.com/api/chat.update', async ({ request }) => {
      auth.push(request.headers.get('authorization'));
      updates.push((await request.json()) as Record<string, unknown>);
      return HttpResponse.json({ ok: true });
    }),
    http.post(RESPONSE_URL, async ({ request }) => {
      responses.push({ url: request.url, body: (await request.json()) as Record<string, unknown> });
      return new HttpResponse('ok');
    }),
  ];

  const buttonsOf = (message: PostedMessage | undefined): Button[] =>
    (message?.blocks ?? [])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => (b.elements ?? []) as unknown as Button[]);

  return {
    handlers,
    posted,
    updates,
    responses,
    auth,
    failPostMessage: (error: string | undefined) => {
      postMessageError = error;
    },
    /** chat.postMessage calls wait (unrecorded) until the returned function is called. */
    holdPostMessage(): () => void {
      let release = () => {};
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
      return release;
    },
    buttonsOf,
    /** The most recent message that offers buttons. */
    lastWithButtons: () => [...posted].reverse().find((m) => buttonsOf(m).length > 0),
    textOf: (message: PostedMessage) => JSON.stringify(message.blocks),
  };
}

export type FakeSlack = ReturnType<typeof createFakeSlack>;
