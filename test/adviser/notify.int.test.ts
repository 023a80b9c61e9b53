import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { escalateByButton, escalateUrgentCase } from './support/employer.js';
import { startLotse, type TestLotse } from './support/lotse.js';

const WEBHOOK = 'https://hooks.slack.example/services/T000/B000/secret';
const PUBLIC = 'https://lotse.example.org';

interface SlackMessage {
  text: string;
  blocks: {
    type: string;
    text?: { type: string; text: string; verbatim?: boolean };
    fields?: { type: string; text: string; verbatim?: boolean }[];
    elements?: { url: string }[];
  }[];
}

const received: SlackMessage[] = [];
let answer = () => HttpResponse.text('ok');
const slack = setupServer(
  http.post(WEBHOOK, async ({ request }) => {
    received.push((await request.json()) as SlackMessage);
    return answer();
  }),
);

let lotse: TestLotse;
beforeAll(async () => {
  slack.listen({ onUnhandledRequest: 'error' });
  lotse = await startLotse({ ADVISER_SLACK_WEBHOOK_URL: WEBHOOK, LOTSE_PUBLIC_URL: PUBLIC });
}, 60_000);
afterEach(() => {
  received.length = 0;
  answer = () => HttpResponse.text('ok');
});
afterAll(async () => {
  await lotse?.stop();
  slack.close();
});

const allText = (m: SlackMessage) => JSON.stringify(m);

describe('Slack notification of new cases', () => {
  it('posts the case summary and a link to the case in the inbox', async () => {
    const conversationId = await escalateUrgentCase(lotse.conversations);
    await expect.poll(() => received.length).toBe(1);
    const [message] = received;
    if (!message) throw new Error('no message');
    expect(message.text).toContain('DRINGEND');
    expect(allText(message)).toContain('Dringlichkeit');
    expect(allText(message)).toContain('Tunesien');
    const link = message.blocks.flatMap((b) => b.elements ?? []).map((e) => e.url)[0] ?? '';
    expect(link).toMatch(new RegExp(`^${PUBLIC}/inbox#case=[0-9a-f-]{36}$`));
    // The link names the escalation, not the conversation; no transcript text goes to Slack.
    expect(link).not.toContain(conversationId);
    expect(allText(message)).not.toContain('Küchenhilfe einstellen');
    // Every mrkdwn text is verbatim: Slack turns nothing in it into a mention such as @channel.
    const texts = message.blocks.flatMap((b) => [b.text, ...(b.fields ?? [])]).filter((t) => t?.type === 'mrkdwn');
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.every((t) => t?.verbatim === true)).toBe(true);
  });

  it('does not break the employer’s hand-off when Slack fails', async () => {
    answer = () => HttpResponse.text('no_service', { status: 500 });
    const conversationId = await escalateByButton(lotse.conversations);
    await expect.poll(() => received.length).toBe(1);
    expect((await lotse.conversations.get(conversationId)).state.status).toBe('with_adviser');
    expect(lotse.count('escalations', 'conversation_id = ?', conversationId)).toBe(1);
  });
});
