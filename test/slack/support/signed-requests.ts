import { createHmac } from 'node:crypto';

export const SECRET = 'test-signing-secret-0123456789abcdef';
export const NOW_MS = Date.parse('2026-11-22T10:00:00.000Z');
export const NOW_S = Math.floor(NOW_MS / 1000);
export const CHANNEL = 'C0LOTSE01';
export const HUMAN = 'U0HR00001';
export const BOT_USER = 'U0BOT0001';
export const RESPONSE_URL = 'https://hooks.slack.com/commands/T0001/1234/abcdef';

/** Slack's documented v0 scheme, computed independently of the code under test (node:crypto). */
export const sign = (body: string, timestamp: number | string, secret = SECRET) =>
  `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;

interface SignOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
  /** Replaces the body after signing (a tampered request). */
  tamper?: (body: string) => string;
}

export function signedInit(body: string, contentType: string, options: SignOptions = {}): RequestInit {
  const timestamp = options.timestamp ?? NOW_S;
  return {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, options.secret),
      ...options.headers,
    },
    body: options.tamper ? options.tamper(body) : body,
  };
}

/** An Events API envelope (https://api.slack.com/apis/events-api#callback-field). */
export const eventBody = (eventId: string, event: Record<string, unknown>) =>
  JSON.stringify({
    token: 'legacy-token-unused',
    team_id: 'T0001',
    api_app_id: 'A0LOTSE',
    type: 'event_callback',
    event_id: eventId,
    event_time: NOW_S,
    event,
    authorizations: [{ enterprise_id: null, team_id: 'T0001', user_id: BOT_USER, is_bot: true }],
  });

export const eventInit = (eventId: string, event: Record<string, unknown>, options?: SignOptions) =>
  signedInit(eventBody(eventId, event), 'application/json', options);

// Slack gives every command and click its own trigger_id, so no two requests it signs are alike
// (Lotse drops an identical request as a replay); the fixtures do the same.
let triggers = 0;
const triggerId = () => `13345224609.738474920.${(++triggers).toString(16).padStart(28, '0')}`;

/** A slash command as Slack posts it (form-encoded). */
export const commandInit = (text: string, options?: SignOptions & { command?: string }) =>
  signedInit(
    new URLSearchParams({
      token: 'legacy-token-unused',
      team_id: 'T0001',
      channel_id: CHANNEL,
      channel_name: 'personal',
      user_id: HUMAN,
      user_name: 'hr',
      command: options?.command ?? '/lotse',
      text,
      api_app_id: 'A0LOTSE',
      response_url: RESPONSE_URL,
      trigger_id: triggerId(),
    }).toString(),
    'application/x-www-form-urlencoded',
    options,
  );

/** A block_actions payload for a button click on a message the bot posted. */
export function clickInit(
  message: { ts: string; thread_ts?: string; blocks: unknown[]; text?: string },
  button: { action_id: string; value: string; text: { type: 'plain_text'; text: string } },
  options?: SignOptions,
) {
  const payload = {
    type: 'block_actions',
    user: { id: HUMAN, username: 'hr', team_id: 'T0001' },
    api_app_id: 'A0LOTSE',
    token: 'legacy-token-unused',
    container: { type: 'message', message_ts: message.ts, channel_id: CHANNEL, is_ephemeral: false },
    trigger_id: triggerId(),
    team: { id: 'T0001', domain: 'example' },
    channel: { id: CHANNEL, name: 'personal' },
    message: { type: 'message', bot_id: 'B0LOTSE', ...message },
    response_url: RESPONSE_URL,
    actions: [{ type: 'button', block_id: 'b1', action_ts: String(NOW_S), ...button }],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return signedInit(body, 'application/x-www-form-urlencoded', options);
}
