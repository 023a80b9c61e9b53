import {
  actions,
  type Block,
  type Button,
  contexts,
  encodeActionId,
  LIMITS,
  sections,
} from '../channels/slack/block-kit.js';
import { clip, escapeMrkdwn } from '../channels/slack/texts.js';
import type { Notice } from './store.js';
import { watchText } from './texts.js';

/** Pseudo fact keys of the watch's buttons (the Slack channel hands their clicks to slack-actions.ts). */
export const WATCH_ACTIONS = { details: 'watch_details', snooze: 'watch_snooze', stop: 'watch_stop' } as const;
export type WatchAction = (typeof WATCH_ACTIONS)[keyof typeof WATCH_ACTIONS];
export const isWatchAction = (factKey: string): factKey is WatchAction =>
  (Object.values(WATCH_ACTIONS) as string[]).includes(factKey);

const button = (text: string, action: WatchAction, value: string): Button => ({
  type: 'button',
  text: { type: 'plain_text', text: clip(text, LIMITS.buttonText) },
  action_id: encodeActionId(action, 0),
  value,
});

/**
 * A notice in the case's thread: a change leads with what changed and the new headline and offers "Details";
 * both kinds let HR pause or stop these messages for the thread (issue 20: on by default, with a stop button).
 */
export function noticeBlocks(notice: Notice): { text: string; blocks: Block[] } {
  const { lang } = notice.payload;
  const say = (key: Parameters<typeof watchText>[1], params?: Record<string, string | number>) =>
    watchText(lang, key, params);
  const buttons = [
    button(say('slack.snooze'), WATCH_ACTIONS.snooze, notice.id),
    button(say('slack.stop'), WATCH_ACTIONS.stop, notice.id),
  ];
  if (notice.kind === 'reminder') {
    const title = say('reminder.title', { label: notice.payload.label });
    const blocks = [
      ...sections([`:bell: *${escapeMrkdwn(title)}*`, escapeMrkdwn(notice.payload.text)]),
      ...actions(buttons),
    ];
    return { text: escapeMrkdwn(title), blocks };
  }
  const p = notice.payload;
  const headline = say('notice.headline', { headline: p.headline });
  const blocks = [
    ...sections([`:warning: *${escapeMrkdwn(p.text)}*`, escapeMrkdwn(headline)]),
    ...contexts([escapeMrkdwn(say('slack.footer', { date: notice.detectedOn }))]),
    ...actions([button(say('slack.details'), WATCH_ACTIONS.details, notice.id), ...buttons]),
  ];
  return { text: escapeMrkdwn(`${say('slack.change_title')}: ${p.text}`), blocks };
}
