import type { Lang } from '../../conversation/questions.js';
import { formatMessage } from '../../domain/messages.js';
import { type SlackTextKey, slackDe } from './texts.de.js';
import { slackEn } from './texts.en.js';

/** A Slack text in the thread's language, placeholders filled (dates in the language's format). */
export function slackText(lang: Lang, key: SlackTextKey, params?: Record<string, string | number>): string {
  return formatMessage((lang === 'de' ? slackDe : slackEn)[key], params, lang);
}

/** Slack's mrkdwn treats &, < and > as control characters; everything we did not author is escaped. */
export const escapeMrkdwn = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The reverse, for text Slack sends us (employers' messages arrive HTML-escaped). */
export const unescapeSlack = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Cuts to Slack's field limits (button 75, header 150, section 3000 characters). */
export const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
