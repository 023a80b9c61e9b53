import { z } from 'zod';
import { unescapeSlack } from './texts.js';

/**
 * The parts of Slack's payloads Lotse reads (unknown fields are dropped). See
 * https://api.slack.com/apis/events-api, /interactivity/slash-commands and
 * /reference/interaction-payloads/block-actions.
 */
export const UrlVerification = z.object({ type: z.literal('url_verification'), challenge: z.string().max(500) });

export const MessageEvent = z.object({
  type: z.enum(['message', 'app_mention']),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  text: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
});
export type MessageEvent = z.infer<typeof MessageEvent>;

export const EventCallback = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1),
  event: z.object({ type: z.string() }).loose(),
  authorizations: z.array(z.object({ user_id: z.string().optional(), is_bot: z.boolean().optional() })).optional(),
});
export type EventCallback = z.infer<typeof EventCallback>;

export const SlashCommand = z.object({
  command: z.string(),
  text: z.string().default(''),
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
  response_url: z.string().optional(),
  trigger_id: z.string().optional(),
});
export type SlashCommand = z.infer<typeof SlashCommand>;

export const BlockActions = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }),
  container: z.object({ message_ts: z.string().optional() }).optional(),
  message: z.object({
    ts: z.string(),
    thread_ts: z.string().optional(),
    text: z.string().optional(),
    blocks: z.array(z.object({ type: z.string() }).loose()).optional(),
  }),
  response_url: z.string().optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        value: z.string().optional(),
        text: z.object({ text: z.string() }).optional(),
      }),
    )
    .min(1),
});
export type BlockActions = z.infer<typeof BlockActions>;

/** `application/x-www-form-urlencoded` → plain object (slash commands, and the interaction wrapper). */
export const formFields = (rawBody: string) => Object.fromEntries(new URLSearchParams(rawBody));

/** Parses JSON without throwing: an unparsable body is just "not a payload we handle". */
export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The bot's own user id, from the envelope's authorizations (to ignore its own messages). */
export const botUserId = (envelope: EventCallback) => envelope.authorizations?.find((a) => a.is_bot)?.user_id;

/** Messages from bots (including Lotse itself) and edits, joins, deletions are never acted on. */
export function isFromHuman(event: MessageEvent, botUser: string | undefined): boolean {
  if (event.bot_id || event.subtype === 'bot_message') return false;
  if (event.subtype !== undefined && event.subtype !== 'thread_broadcast') return false;
  return Boolean(event.user) && event.user !== botUser;
}

/** A mention's text without `<@U…>` tags, HTML entities decoded, trimmed. */
export const cleanText = (text: string | undefined) =>
  unescapeSlack((text ?? '').replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** `/lotse en We want to hire…` → English and the rest as the first message; German by default. */
export function parseStart(text: string): { lang: 'de' | 'en'; text: string } {
  const match = /^(de|en)\b\s*/i.exec(text);
  if (!match) return { lang: 'de', text };
  return { lang: match[1]?.toLowerCase() === 'en' ? 'en' : 'de', text: text.slice(match[0].length) };
}
